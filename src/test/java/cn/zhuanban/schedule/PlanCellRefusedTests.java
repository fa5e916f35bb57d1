package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A cell of the plan table whose value is refused (a duration that is no number or out of range, an unknown link, a
 * date that is none …) comes back as the user typed it, marked as not saved, with the Chinese reason in its row and
 * the input pointing to it, so the user corrects it rather than typing it again; the plan itself is unchanged.
 */
@IntegrationTest
class PlanCellRefusedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    private long plan() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2045-03-01", "2045-12-29");
        edit(id, "/rows", "key", "S1", "name", "前期手续", "kind", "STAGE");
        edit(id, "/rows", "key", "A01", "name", "用地预审", "kind", "TASK", "duration", "5", "parentKey", "S1");
        edit(id, "/rows", "key", "M1", "name", "开工", "kind", "MILESTONE", "targetDate", "2045-06-30");
        return id;
    }

    private String edit(long id, String path, String... params) throws Exception {
        return PlanFixtures.edit(mvc, dispatch, id, path, params)
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The table row of {@code key} in the answered sheet. */
    private static String row(String sheet, String key) {
        int at = sheet.indexOf("id=\"row-" + key + "\"");
        assertThat(at).as("row " + key).isNotNegative();
        return sheet.substring(at, sheet.indexOf("</tr>", at));
    }

    /** The row's reason the cell was not saved. */
    private static String reason(String row) {
        int at = row.indexOf("class=\"plan-unsaved-error\"");
        assertThat(at).as("a refused cell's reason").isNotNegative();
        return row.substring(at, row.indexOf("</span>", at));
    }

    @Test
    void aRefusedDurationComesBackAsTypedWithItsReasonBesideIt() throws Exception {
        long id = plan();
        for (String typed : new String[] {"abc", "-5", "10001"}) {
            String a01 = row(edit(id, "/rows/A01/duration", "duration", typed), "A01");
            assertThat(reason(a01)).contains("未保存：A01 的工期未能保存").contains("工期须在0到10000个工作日之间");
            assertThat(a01)
                    .containsPattern("<input[^>]*name=\"duration\"[^>]*value=\"" + typed + "\"")
                    .containsPattern("<input[^>]*is-invalid plan-unsaved[^>]*name=\"duration\"")
                    .contains("aria-describedby=\"unsaved-A01\"")
                    .contains("hx-post=\"/projects/" + id + "/plan/rows/A01/duration\"")
                    .contains(">再次保存<");
        }
        // a number input would show "abc" as empty: it is shown as text; a number stays a number input
        assertThat(row(edit(id, "/rows/A01/duration", "duration", "abc"), "A01"))
                .containsPattern("type=\"text\"[^>]*name=\"duration\"");
        assertThat(row(edit(id, "/rows/A01/duration", "duration", "-5"), "A01"))
                .containsPattern("type=\"number\"[^>]*name=\"duration\"");

        String saved = edit(id, "/rows/A01/duration", "duration", "7");
        assertThat(saved).doesNotContain("plan-unsaved");
        assertThat(row(saved, "A01")).containsPattern("name=\"duration\"[^>]*value=\"7\"");
    }

    @Test
    void aRefusedLinkNameOrDepartmentComesBackAsTyped() throws Exception {
        long id = plan();
        String a01 = row(edit(id, "/rows/A01/predecessors", "predecessors", "ZZ9"), "A01");
        assertThat(reason(a01)).contains("A01 的前置任务未能保存").contains("无法识别前置任务“ZZ9”");
        assertThat(a01).containsPattern("name=\"predecessors\"[^>]*value=\"ZZ9\"");

        a01 = row(edit(id, "/rows/A01/department", "department", "不存在的部门"), "A01");
        assertThat(reason(a01)).contains("A01 的责任部门未能保存").contains("“不存在的部门”不是本区的部门");
        assertThat(a01).contains("<option value=\"不存在的部门\" selected=\"selected\">不存在的部门</option>");

        a01 = row(edit(id, "/rows/A01/stage", "parentKey", "X9"), "A01");
        assertThat(reason(a01)).contains("A01 的阶段未能保存").contains("X9 不是计划中的阶段");
        assertThat(a01).contains("<option value=\"X9\" selected=\"selected\">X9</option>");

        String name = edit(id, "/rows/A01/name", "name", "  ");
        assertThat(reason(row(name, "A01"))).contains("A01 的名称未能保存");
        assertThat(row(name, "A01")).contains("is-invalid plan-unsaved");
    }

    @Test
    void aRefusedDateOrConstraintComesBackAsTyped() throws Exception {
        long id = plan();
        String m1 = row(edit(id, "/rows/M1/target", "targetDate", "2045-02-30"), "M1");
        assertThat(reason(m1)).contains("M1 的目标日期未能保存").contains("“2045-02-30”不是有效的日期");
        assertThat(m1).containsPattern("type=\"text\"[^>]*name=\"targetDate\"[^>]*value=\"2045-02-30\"");

        String a01 =
                row(edit(id, "/rows/A01/constraint", "constraintType", "MFO", "constraintDate", "2045-13-01"), "A01");
        assertThat(reason(a01)).contains("A01 的限制条件未能保存").contains("“2045-13-01”不是有效的日期");
        assertThat(a01)
                .contains("<option value=\"MFO\" selected=\"selected\">")
                .containsPattern("type=\"text\"[^>]*name=\"constraintDate\"[^>]*value=\"2045-13-01\"");

        a01 = row(edit(id, "/rows/A01/constraint", "constraintType", "XYZ", "constraintDate", "2045-05-02"), "A01");
        assertThat(reason(a01)).contains("无法识别的限制类型“XYZ”");
        assertThat(a01)
                .contains("<option value=\"XYZ\" selected=\"selected\">XYZ</option>")
                .containsPattern("type=\"date\"[^>]*name=\"constraintDate\"[^>]*value=\"2045-05-02\"");
    }
}

package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plan sheet's edits as a reviewer found them: the audit log reads a plan's week and constraints in Chinese, a
 * change to nothing is not audited, an unknown week or a value that is no date is refused above the sheet with the
 * field's Chinese name (answered as htmx swaps it), a constraint's defaulted date is said, a stage's deletion names
 * the rows that lose it.
 */
@IntegrationTest
class PlanSheetReviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient audit;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    private long plan() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-12-31");
        edit(id, "/rows", "key", "S1", "name", "前期手续", "kind", "STAGE");
        edit(id, "/rows", "key", "A01", "name", "用地预审与选址意见书", "kind", "TASK", "duration", "5", "parentKey", "S1");
        edit(id, "/rows", "key", "A02", "name", "施工许可", "kind", "TASK", "duration", "3", "parentKey", "S1");
        return id;
    }

    private String edit(long id, String path, String... params) throws Exception {
        return PlanFixtures.edit(mvc, dispatch, id, path, params)
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String error(String sheet) {
        int at = sheet.indexOf("id=\"plan-error\"");
        return at < 0 ? "" : sheet.substring(at, sheet.indexOf("</div>", at));
    }

    @Test
    void theAuditLogReadsAPlansWeekAndConstraintInChinese() throws Exception {
        long id = plan();
        edit(id, "/calendar", "sevenDayWeek", "true");
        edit(id, "/rows/A02/constraint", "constraintType", "MFO", "constraintDate", "2027-10-29");
        String entity = Long.toString(id);
        AuditTrail.awaitRecord(audit, "plan.calendar-changed", entity, "calendar: 5-day week → 7-day week");
        AuditTrail.awaitRecord(audit, "plan.constraint-changed", entity, "A02 constraint: — → MFO 2027-10-29");

        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        String log = mvc.perform(get("/audit")
                        .param("entityType", "project-plan")
                        .param("entityId", entity)
                        .session(auditor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(log).contains("日历：每周5天 → 每周7天（施工）").contains("A02 限制条件：— → 必须于2027-10-29完成");
    }

    @Test
    void aChangeToNothingIsNotAuditedAndAnUnknownWeekIsRefused() throws Exception {
        long id = plan();
        String entity = Long.toString(id);
        edit(id, "/calendar", "sevenDayWeek", "false"); // the plan works five days already
        edit(id, "/rows/A01/duration", "duration", "5"); // as it was
        edit(id, "/rows/A01/name", "name", "用地预审与选址意见书");

        String refused = edit(id, "/calendar", "calendar", "XYZ");
        assertThat(error(refused)).contains("请选择工作日历");
        refused = edit(id, "/calendar", "sevenDayWeek", "XYZ");
        assertThat(error(refused)).contains("工作日历填写有误：“XYZ”不是可选的值");

        edit(id, "/rows/A01/duration", "duration", "6"); // a real change, audited after the others
        AuditTrail.awaitRecord(audit, "plan.duration-changed", entity, "A01 duration: 5 → 6");
        assertThat(AuditTrail.count(audit, "plan.calendar-changed", entity, null))
                .isZero();
        assertThat(AuditTrail.count(audit, "plan.duration-changed", entity, "A01 duration: 5 → 5"))
                .isZero();
        assertThat(AuditTrail.count(audit, "plan.row-renamed", entity, null)).isZero();
    }

    @Test
    void aValueThatIsNoDateIsRefusedAboveTheSheetWithTheFieldsChineseName() throws Exception {
        long id = plan();
        assertThat(error(edit(id, "/rows", "key", "M1", "name", "开工", "kind", "MILESTONE", "targetDate", "notadate")))
                .contains("目标日期填写有误：“notadate”不是有效的日期");
        assertThat(error(edit(id, "/calendar-days", "date", "2026-13-45", "working", "false")))
                .contains("日期填写有误：“2026-13-45”不是有效的日期");
        assertThat(error(edit(id, "/calendar-days", "date", "2027-05-06", "working", "maybe")))
                .contains("本项目日历例外填写有误：“maybe”不是可选的值");
        assertThat(error(edit(id, "/rows/A02/constraint", "constraintType", "SNET", "constraintDate", "x")))
                .contains("A02 的限制日期填写有误");
        assertThat(edit(id, "/rows/A01/duration", "duration", "7")).contains("id=\"plan-sheet\"");
    }

    @Test
    void aConstraintWithoutADateSaysWhichDateItTook() throws Exception {
        long id = plan();
        String sheet = edit(id, "/rows/A02/constraint", "constraintType", "MFO");
        int at = sheet.indexOf("id=\"plan-notice\"");
        assertThat(at).isPositive();
        assertThat(sheet.substring(at, sheet.indexOf("</div>", at)))
                .contains("A02 未填写限制日期，“必须于…完成”已按当前计划日期 2027-03-")
                .contains("如需其他日期，请修改限制日期");
        assertThat(edit(id, "/rows/A02/constraint", "constraintType", "MFO", "constraintDate", "2027-10-29"))
                .doesNotContain("id=\"plan-notice\"");
    }

    @Test
    void deletingAStageSaysAndAuditsWhichRowsLoseIt() throws Exception {
        long id = plan();
        String page = mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("hx-confirm=\"删除阶段 S1“前期手续”？其下的行（A01、A02）将不再属于任何阶段，列入“无阶段”。\"")
                .contains("hx-confirm=\"删除此行及其依赖关系？\"");
        edit(id, "/rows/S1/delete");
        AuditTrail.awaitRecord(audit, "plan.row-removed", Long.toString(id), "S1 name: 前期手续; children: A01, A02");
    }

    @Test
    void theSheetShowsWholeNamesAndTheVariancesUnit() throws Exception {
        long id = plan();
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/projects/" + id + "/plan/baselines")
                                .param("name", "批复")
                                .session(dispatch)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("title=\"用地预审与选址意见书\"").contains(">用地预审与选址意见书</textarea>");
        assertThat(page).contains(">开始/完成偏差（工作日）</th>");
    }

    /**
     * Two users on one plan: an edit sent with the version the page showed, after someone else changed another cell,
     * is not applied on a plan the user did not see, but the typed value stays in its cell, marked as not saved, with
     * the stored plan around it; sent again on the version shown now it is saved.
     */
    @Test
    void aCellEditMeetingAChangeMeanwhileKeepsWhatWasTypedInItsCell() throws Exception {
        long id = plan();
        String seen = PlanFixtures.version(mvc, dispatch, id);
        edit(id, "/rows/A02/duration", "duration", "4"); // the other user

        String sheet = edit(id, "/rows/A01/name", "version", seen, "name", "用地预审（改）");
        assertThat(error(sheet)).contains("数据在您打开页面后已被修改");
        assertThat(sheet)
                .contains(">用地预审（改）</textarea>")
                .contains("is-invalid plan-unsaved")
                .contains("未保存：A01 的名称")
                .contains("hx-post=\"/projects/" + id + "/plan/rows/A01/name\"")
                .containsPattern("name=\"duration\"[^>]*value=\"4\"");
        sheet = edit(id, "/rows/A01/duration", "version", seen, "duration", "9");
        assertThat(sheet).containsPattern("is-invalid plan-unsaved\"[^>]*name=\"duration\"\\s*value=\"9\"");

        sheet = edit(id, "/rows/A01/name", "name", "用地预审（改）");
        assertThat(error(sheet)).isEmpty();
        assertThat(sheet).contains(">用地预审（改）</textarea>").doesNotContain("plan-unsaved");
    }

    /**
     * A row added without its kind (a crafted or broken post) is refused above the sheet like a wrong kind, not as a
     * JSON bad-request that htmx would not show; a duration's limit is the scheduling API's (ScheduleApiTests).
     */
    @Test
    void aRowWithoutItsKindIsRefusedAboveTheSheetAndADurationHasTheApisLimit() throws Exception {
        long id = plan();
        String sheet = edit(id, "/rows", "key", "A09", "name", "无类型");
        assertThat(error(sheet)).contains("行的类型须为任务、里程碑或阶段");
        assertThat(sheet).contains("id=\"plan-sheet\"").doesNotContain("row-A09");
        assertThat(error(edit(id, "/rows/A01/duration", "duration", "10001"))).contains("工期须在0到10000个工作日之间");
    }
}

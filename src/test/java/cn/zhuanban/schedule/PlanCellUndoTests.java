package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plan table through the web layer: a row's responsible department is chosen in the row from the district's
 * departments, and the last change a user made to a row's cell can be taken back once, through the cell's own edit,
 * while the plan has not changed since.
 */
@IntegrationTest
class PlanCellUndoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    JdbcClient audit;

    MockHttpSession dispatch;
    long enterpriseId;
    String naturalResources;
    String power;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        naturalResources = departments.findByCode("ZRZY").orElseThrow().name();
        power = departments.findByCode("GD").orElseThrow().name();
    }

    @Test
    void aRowsDepartmentIsChosenFromTheDistrictsDepartmentsAndAudited() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(dispatch, id, "/rows", "key", "S", "name", "前期", "kind", "STAGE");
        // a template's short name, kept as it was given until it is changed
        edit(dispatch, id, "/rows", "key", "A", "name", "用地预审", "kind", "TASK", "duration", "3");
        keptFromBefore(id, "A", "自然资源");
        String sheet = edit(dispatch, id, "/rows/A/department", "department", naturalResources);
        assertThat(cell(sheet, "A"))
                .contains("<option value=\"" + naturalResources + "\" selected=\"selected\">")
                .contains("<option value=\"" + power + "\">")
                .doesNotContain("自然资源<");
        assertThat(sheet).contains("id=\"undo-A\"").contains("已修改责任部门");

        assertThat(edit(dispatch, id, "/rows/A/department", "department", "某某局"))
                .contains("“某某局”不是本区的部门，请从列表中选择责任部门")
                .doesNotContain("id=\"undo-A\"");
        assertThat(edit(dispatch, id, "/rows/S/department", "department", power))
                .contains("S 是阶段，阶段本身没有责任部门");
        assertThat(cell(edit(dispatch, id, "/rows/A/department", "department", ""), "A"))
                .doesNotContain("selected=\"selected\"");

        AuditTrail.awaitRecord(
                audit, "plan.department-changed", Long.toString(id), "A department: 自然资源 → " + naturalResources);
        AuditTrail.awaitRecord(
                audit, "plan.department-changed", Long.toString(id), "A department: " + naturalResources + " → —");

        // as the other row edits: a plan outside the user's scope is not found
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        mvc.perform(post("/projects/" + id + "/plan/rows/A/department")
                        .session(lead)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("department", power))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLastChangeToACellIsUndoneThroughTheSameEditRescheduledAndAuditedAsAnUndo() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(dispatch, id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3");
        keptFromBefore(id, "A", "发改");
        edit(dispatch, id, "/rows", "key", "B", "name", "施工", "kind", "TASK", "duration", "2");
        edit(dispatch, id, "/rows/B/predecessors", "predecessors", "A");

        String changed = edit(dispatch, id, "/rows/A/duration", "duration", "5");
        assertThat(changed).contains("id=\"undo-A\"").contains("已修改工期").doesNotContain("id=\"undo-B\"");
        String undone = undo(dispatch, id, "A");
        assertThat(cell(undone, "A")).contains("name=\"duration\"").contains("value=\"3\"");
        assertThat(undone).doesNotContain("id=\"undo-A\"").doesNotContain("plan-error");
        // the audit log tells the undo from the change it took back
        AuditTrail.awaitRecord(audit, "plan.duration-changed", Long.toString(id), "A duration: 3 → 5");
        AuditTrail.awaitRecord(audit, "plan.duration-changed", Long.toString(id), "撤销：A duration: 5 → 3");
        assertThat(AuditTrail.count(audit, "plan.duration-changed", Long.toString(id), "A duration: 5 → 3"))
                .isZero();
        // once only: the undo is no change of a cell to take back in turn
        assertThat(undo(dispatch, id, "A")).contains("无法撤销：没有您对 A 的最近一次修改可供撤销");

        // a department given before (no name of the district's) comes back as it was
        edit(dispatch, id, "/rows/A/department", "department", power);
        assertThat(cell(undo(dispatch, id, "A"), "A")).contains("<option value=\"发改\" selected=\"selected\">");
        AuditTrail.awaitRecord(
                audit, "plan.department-changed", Long.toString(id), "撤销：A department: " + power + " → 发改");
        // the next ordinary change is not marked
        edit(dispatch, id, "/rows/A/name", "name", "审批手续");
        AuditTrail.awaitRecord(audit, "plan.row-renamed", Long.toString(id), "A name: 审批 → 审批手续");

        // links and constraints go back through their own cells, and the plan is rescheduled
        edit(dispatch, id, "/rows/B/predecessors", "predecessors", "");
        assertThat(cell(undo(dispatch, id, "B"), "B")).contains("value=\"A\"");
        edit(dispatch, id, "/rows/B/constraint", "constraintType", "SNET", "constraintDate", "2027-03-15");
        assertThat(cell(undo(dispatch, id, "B"), "B"))
                .doesNotContain("<option value=\"SNET\" selected")
                .contains("<td class=\"plan-col-extra plan-date\">2027-03-04</td>");
    }

    @Test
    void anUndoneStageChangePutsTheRowBackWhereItStoodInItsOldStage() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(dispatch, id, "/rows", "key", "S1", "name", "前期", "kind", "STAGE");
        for (String key : new String[] {"A", "B", "C"}) {
            edit(
                    dispatch,
                    id,
                    "/rows",
                    "key",
                    key,
                    "name",
                    "任务" + key,
                    "kind",
                    "TASK",
                    "duration",
                    "2",
                    "parentKey",
                    "S1");
        }
        edit(dispatch, id, "/rows", "key", "S2", "name", "施工", "kind", "STAGE");
        edit(dispatch, id, "/rows", "key", "D", "name", "任务D", "kind", "TASK", "duration", "2", "parentKey", "S2");

        assertThat(order(edit(dispatch, id, "/rows/B/stage", "parentKey", "S2"), "S1", "A", "B", "C", "S2", "D"))
                .containsExactly("S1", "A", "C", "S2", "D", "B");
        String undone = undo(dispatch, id, "B");
        assertThat(undone).doesNotContain("plan-error");
        // not at the end of S1's rows (after C), where giving it S1 anew would put it
        assertThat(order(undone, "S1", "A", "B", "C", "S2", "D")).containsExactly("S1", "A", "B", "C", "S2", "D");
        AuditTrail.awaitRecord(audit, "plan.row-moved", Long.toString(id), "撤销：B stage: S2 → S1");
    }

    /** The keys of the sheet's rows in the order the sheet shows them. */
    private static java.util.List<String> order(String sheet, String... keys) {
        return java.util.Arrays.stream(keys)
                .sorted(java.util.Comparator.comparingInt(k -> sheet.indexOf("id=\"row-" + k + "\"")))
                .toList();
    }

    @Test
    void anUndoAfterThePlanChangedSinceIsRefusedInChineseAndChangesNothing() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(dispatch, id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3");
        edit(dispatch, id, "/rows", "key", "B", "name", "施工", "kind", "TASK", "duration", "2");
        edit(dispatch, id, "/rows/A/name", "name", "施工许可审批");
        edit(dispatch, id, "/rows/B/duration", "duration", "4");
        // the user's last change in the plan is B's: A's before it is not offered, and would be stale anyway
        assertThat(undo(dispatch, id, "A")).contains("无法撤销：没有您对 A 的最近一次修改").contains(">施工许可审批</textarea>");

        edit(dispatch, id, "/rows/A/name", "name", "许可");
        MockHttpSession elsewhere = WebTestSupport.login(mvc, "dispatch");
        edit(elsewhere, id, "/rows/B/duration", "duration", "7");
        String version = PlanFixtures.version(mvc, dispatch, id);
        assertThat(undo(dispatch, id, "A")).contains("无法撤销对 A 的修改：此后计划已有其他修改").contains(">许可</textarea>");
        assertThat(PlanFixtures.version(mvc, dispatch, id)).isEqualTo(version);
    }

    @Test
    void aRowIsAddedWithOrWithoutADepartmentOfTheDistrictsAndTheAddIsAuditedWithIt() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        String sheet = edit(dispatch, id, "/rows", "key", "S", "name", "前期", "kind", "STAGE");
        assertThat(sheet.substring(sheet.indexOf("id=\"plan-add-department\"")))
                .contains("<option value=\"" + power + "\">");

        sheet = edit(
                dispatch, id, "/rows", "key", "A", "name", "接电", "kind", "TASK", "duration", "3", "department", power);
        assertThat(cell(sheet, "A")).contains("<option value=\"" + power + "\" selected=\"selected\">");
        AuditTrail.awaitRecord(audit, "plan.row-added", Long.toString(id), "A 接电 department: " + power);
        sheet = edit(
                dispatch, id, "/rows", "key", "B", "name", "施工", "kind", "TASK", "duration", "2", "department", "");
        assertThat(cell(sheet, "B")).doesNotContain("selected=\"selected\"");
        AuditTrail.awaitRecord(audit, "plan.row-added", Long.toString(id), "B 施工");

        assertThat(edit(dispatch, id, "/rows", "key", "C", "name", "审批", "kind", "TASK", "department", "发改"))
                .contains("“发改”不是本区的部门，请从列表中选择责任部门")
                .doesNotContain("id=\"row-C\"");
        assertThat(edit(dispatch, id, "/rows", "key", "T", "name", "施工阶段", "kind", "STAGE", "department", power))
                .contains("T 是阶段，阶段本身没有责任部门")
                .doesNotContain("id=\"row-T\"");
    }

    /** A department a row was given before the table offered only the district's (a template's short name). */
    private void keptFromBefore(long id, String key, String department) {
        audit.sql("""
                        update plan_task set department = :d where task_key = :k
                        and project_plan = (select id from project_plan where project_id = :p)""").param("d", department).param("k", key).param("p", id).update();
    }

    /** A project led by {@code lead} too, so that two users with the plan in scope can edit it. */
    private long ledProject() throws Exception {
        long lead = directory.findByUsername("lead").orElseThrow().id();
        String body = """
                {"name": "%s", "projectCode": null, "enterpriseId": %d, "level": "DISTRICT", "stage": "PRE_CONSTRUCTION",
                 "totalInvestment": 5000, "start": "2027-03-01", "targetFinish": "2027-06-30", "leadOfficialId": %d}""".formatted(TestCodes.unique("撤销测试项目"), enterpriseId, lead);
        String created = mvc.perform(post("/api/v1/projects")
                        .session(dispatch)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void anotherUsersChangeCannotBeUndone() throws Exception {
        long id = ledProject();
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        edit(dispatch, id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3");
        assertThat(edit(dispatch, id, "/rows/A/duration", "duration", "8")).contains("id=\"undo-A\"");
        assertThat(undo(lead, id, "A")).contains("无法撤销：没有您对 A 的最近一次修改").contains("value=\"8\"");
        assertThat(cell(undo(dispatch, id, "A"), "A")).contains("value=\"3\"");
    }

    /** The HTML of row {@code key} in a sheet. */
    private static String cell(String sheet, String key) {
        int start = sheet.indexOf("id=\"row-" + key + "\"");
        assertThat(start).as("row " + key).isNotNegative();
        int end = sheet.indexOf("</tr>", start);
        return sheet.substring(start, end);
    }

    private String undo(MockHttpSession session, long id, String key) throws Exception {
        return mvc.perform(post("/projects/" + id + "/plan/rows/" + key + "/undo")
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", PlanFixtures.version(mvc, session, id)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String edit(MockHttpSession session, long id, String path, String... params) throws Exception {
        var request = post("/projects/" + id + "/plan" + path)
                .session(session)
                .with(csrf())
                .header("HX-Request", "true")
                .param("version", PlanFixtures.version(mvc, session, id));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

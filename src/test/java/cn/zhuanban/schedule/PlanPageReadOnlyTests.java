package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plan page offers its editing controls only to those with the permission the plan controller asks for: the
 * inspection office, the departments and the enterprise contact read durations, predecessors, target dates and stages
 * as text, instead of inputs that post on change and answer 403. Progress stays offered where the server takes it.
 */
@IntegrationTest
class PlanPageReadOnlyTests {

    /** Every control of the plan page that posts to a change only the plan's editors may make. */
    private static final List<String> EDIT_CONTROLS = List.of(
            "/plan/calendar\"",
            "/plan/calendar-days",
            "/duration\"",
            "/predecessors\"",
            "/target\"",
            "/stage\"",
            "/delete\"",
            "name=\"duration\"",
            "name=\"predecessors\"",
            "name=\"targetDate\"",
            "name=\"parentKey\"",
            "id=\"plan-add\"",
            "/plan/baselines\"",
            "id=\"plan-template\"",
            "/plan/import\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    ServiceFixtures fx;
    MockHttpSession dispatch;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = WebTestSupport.login(mvc, "dispatch");
    }

    @Test
    void whoMayNotEditThePlanReadsItsTableAsTextAndSeesNoEditingControl() throws Exception {
        long id = plan();

        for (String reader : List.of("supervisor", "handler", "handler-power", "enterprise")) {
            String page = WebTestSupport.page(mvc, reader, "/projects/" + id + "/plan");
            assertThat(page)
                    .as(reader)
                    .doesNotContain(EDIT_CONTROLS.toArray(String[]::new))
                    .contains("<span>45</span>", "<span>A</span>", "<span>2026-12-01</span>", "<span>土建阶段</span>")
                    .containsPattern("<select[^>]*id=\"plan-calendar\"[^>]*disabled")
                    // the way to a row's progress stays: reading it is everyone's, reporting the server decides
                    .contains("id=\"progress-A\"");
        }
        String editor = WebTestSupport.page(mvc, "dispatch", "/projects/" + id + "/plan");
        assertThat(editor)
                .contains(EDIT_CONTROLS.toArray(String[]::new))
                .doesNotContainPattern("<select[^>]*id=\"plan-calendar\"[^>]*disabled");
    }

    @Test
    void theSheetAnsweredAfterAnEditKeepsTheEditorsControls() throws Exception {
        long id = plan();

        String sheet = PlanFixtures.edit(mvc, dispatch, id, "/rows/A/duration", "duration", "50")
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(sheet)
                .contains("name=\"duration\"", "name=\"predecessors\"", "/delete\"", "id=\"plan-add\"")
                .contains("value=\"50\"");
    }

    @Test
    void progressIsOfferedToTheEnterpriseContactButNotToTheInspectionOffice() throws Exception {
        long id = plan();

        assertThat(WebTestSupport.page(mvc, "enterprise", "/projects/" + id + "/plan/rows/A/progress"))
                .contains("id=\"progress-form\"");
        assertThat(WebTestSupport.page(mvc, "supervisor", "/projects/" + id + "/plan/rows/A/progress"))
                .doesNotContain("id=\"progress-form\"");
    }

    /**
     * A plan of the demo enterprise's own project that the two demo departments serve: a stage, a task of 45 working
     * days in it, a milestone after the task with its target date.
     */
    private long plan() throws Exception {
        long zrzy = departments.findByCode("ZRZY").orElseThrow().id();
        long power = departments.findByCode("GD").orElseThrow().id();
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of(zrzy, power));
        long enterprise = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long id = fx.project(enterprise, taskForce);
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "S", "name", "土建阶段", "kind", "STAGE");
        PlanFixtures.edit(
                mvc,
                dispatch,
                id,
                "/rows",
                "key",
                "A",
                "name",
                "主体施工",
                "kind",
                "TASK",
                "duration",
                "45",
                "parentKey",
                "S");
        PlanFixtures.edit(
                mvc,
                dispatch,
                id,
                "/rows",
                "key",
                "M",
                "name",
                "主体封顶",
                "kind",
                "MILESTONE",
                "targetDate",
                "2026-12-01");
        PlanFixtures.edit(mvc, dispatch, id, "/rows/M/predecessors", "predecessors", "A");
        return id;
    }
}

package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every write under a project's plan, the investment report's confirmation and the project's investment forms check the
 * project (or report) before the form: a user with the permission who does not see the project gets 404 for an empty
 * post, not the 400 naming the missing fields nor the 409 of a missing version; an unknown number is a 404 alike. Who
 * sees the project still gets the 400 of an invalid post.
 */
@IntegrationTest
class PlanAndReportScopeBeforeBindingTests {

    /** Every POST under {@code /projects/{id}/plan} (and the API's import), with an empty form. */
    static final List<String> PLAN_POSTS = List.of(
            "/projects/%d/plan/baselines",
            "/projects/%d/plan/calendar",
            "/projects/%d/plan/calendar-days",
            "/projects/%d/plan/calendar-days/2033-01-03/delete",
            "/projects/%d/plan/rows",
            "/projects/%d/plan/rows/K1/duration",
            "/projects/%d/plan/rows/K1/stage",
            "/projects/%d/plan/rows/K1/predecessors",
            "/projects/%d/plan/rows/K1/target",
            "/projects/%d/plan/rows/K1/delete",
            "/projects/%d/plan/rows/K1/name",
            "/projects/%d/plan/rows/K1/department",
            "/projects/%d/plan/rows/K1/undo",
            "/projects/%d/plan/rows/K1/constraint",
            "/projects/%d/plan/rows/K1/progress",
            "/projects/%d/plan/template",
            "/projects/%d/plan/targets",
            "/investment-reports/projects/%d/reports",
            "/investment-reports/projects/%d/plan");

    /** Posted as a file upload, which a missing file or version refused (400, 409) before the project was looked at. */
    static final List<String> PLAN_UPLOADS = List.of("/projects/%d/plan/import", "/api/v1/projects/%d/plan/import");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    long project;
    long report;

    @BeforeEach
    void aProjectWithAReport() {
        project = InvestmentFixtures.project(
                projects,
                InvestmentFixtures.enterprise(enterprises),
                ProjectLevel.DISTRICT,
                ProjectStage.UNDER_CONSTRUCTION,
                "900");
        // written directly: a month of the test year 2033 lies in the future, which the report form refuses
        jdbc.sql("""
                        insert into investment_report (project_id, report_year, report_month, this_month, year_to_date,
                               since_start, status, reported_by, reported_at)
                        values (:project, 2033, 1, 1, 1, 1, 'SUBMITTED', 1, current_timestamp)""").param("project", project).update();
        report = jdbc.sql("select id from investment_report where project_id = :project")
                .param("project", project)
                .query(Long.class)
                .single();
    }

    @Test
    void anEmptyPostUnderAPlanTheUserDoesNotSeeIsNotFound() throws Exception {
        // every permission of these forms, in the scope of the projects he leads: none
        MockHttpSession outsider = WebTestSupport.login(mvc, outsider());
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        for (String path : PLAN_POSTS) {
            mvc.perform(post(path.formatted(project)).session(outsider).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path.formatted(999_999_999)).session(dispatch).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        for (String path : PLAN_UPLOADS) {
            mvc.perform(multipart(path.formatted(project)).session(outsider).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(multipart(path.formatted(999_999_999)).session(dispatch).with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void anInvalidPostUnderAPlanTheUserSeesStillNamesWhatIsMissing() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        // The sheet again with its error above it (no version, no kind), not a 404: the user sees this plan.
        assertThat(mvc.perform(post("/projects/" + project + "/plan/rows")
                                .session(dispatch)
                                .with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"plan-error\"");
        mvc.perform(post("/investment-reports/projects/" + project + "/plan")
                        .session(dispatch)
                        .with(csrf())
                        .param("year", "not-a-year"))
                .andExpect(status().isOk()); // the form again, with its errors: nothing stored
    }

    @Test
    void aConfirmationOfAReportOutOfScopeIsNotFoundBeforeItsMonthIsRead() throws Exception {
        MockHttpSession outsider = WebTestSupport.login(mvc, outsider());
        mvc.perform(post("/investment-reports/reports/" + report + "/confirm")
                        .session(outsider)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/investment-reports/reports/" + report + "/confirm")
                        .session(outsider)
                        .with(csrf())
                        .param("month", "not-a-month"))
                .andExpect(status().isNotFound());
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/investment-reports/reports/999999999/confirm")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/investment-reports/reports/not-a-number/confirm")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // who sees it is told the month is missing, and the report stays submitted
        mvc.perform(post("/investment-reports/reports/" + report + "/confirm")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select status from investment_report where id = :id")
                        .param("id", report)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
    }

    private String outsider() {
        return new CustomRoleAccounts(roles, identity, directory)
                .create(
                        DataScope.LED_PROJECTS,
                        null,
                        Set.of(
                                Permissions.PLAN_VIEW,
                                Permissions.PLAN_EDIT,
                                Permissions.PLAN_PROGRESS,
                                Permissions.INVESTMENT_VIEW,
                                Permissions.INVESTMENT_CONFIRM,
                                Permissions.INVESTMENT_REPORT,
                                Permissions.INVESTMENT_PLAN));
    }
}

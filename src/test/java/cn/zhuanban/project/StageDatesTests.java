package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A stage of construction or production says work has started: refused while the start date (开工日期) lies ahead,
 * and production dated before the start is refused too, whichever way the project is registered or edited.
 */
@IntegrationTest
class StageDatesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long enterprise;
    LocalDate today;
    String name;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        enterprise = fx.enterprise();
        today = LocalDate.now(clock);
        name = TestCodes.unique("开工日期测试项目");
    }

    @Test
    void aProjectCannotBeRegisteredInProductionBeforeItsStart() {
        assertRefused(
                () -> projects.create(form(ProjectStage.IN_PRODUCTION, today.plusDays(30), null), dispatch),
                ErrorCode.PROJECT_NOT_STARTED,
                "start");
        assertRefused(
                () -> projects.create(form(ProjectStage.UNDER_CONSTRUCTION, today.plusDays(1), null)),
                ErrorCode.PROJECT_NOT_STARTED,
                "start");
        assertThat(projects.create(form(ProjectStage.UNDER_CONSTRUCTION, today, null), dispatch))
                .isPositive();
        assertThat(projects.create(form(ProjectStage.PRE_CONSTRUCTION, today.plusDays(30), null), dispatch))
                .isPositive();
    }

    @Test
    void theFormRefusesToMoveAProjectWhoseStartLiesAheadIntoProductionSayingWhy() throws Exception {
        LocalDate start = today.plusDays(30);
        long id = projects.create(form(ProjectStage.PRE_CONSTRUCTION, start, null), dispatch);

        assertRefused(
                () -> projects.edit(id, form(ProjectStage.IN_PRODUCTION, start, version(id)), today, dispatch),
                ErrorCode.PROJECT_NOT_STARTED,
                "start");
        mvc.perform(post("/projects/" + id)
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("name", projectReads.find(id, dispatch).name())
                        .param("enterpriseId", Long.toString(enterprise))
                        .param("level", "DISTRICT")
                        .param("stage", "IN_PRODUCTION")
                        .param("totalInvestment", "1000")
                        .param("start", start.toString())
                        .param("targetFinish", start.plusYears(2).toString())
                        .param("leadOfficialId", Long.toString(fx.userId("lead")))
                        .param("stageOn", today.toString())
                        .param("confirmOpen", "true")
                        .param("version", Integer.toString(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("开工日期 " + start + " 还没到")));
        assertThat(projectReads.find(id, dispatch).stage()).isEqualTo(ProjectStage.PRE_CONSTRUCTION);
    }

    @Test
    void productionIsNotDatedBeforeTheStart() {
        LocalDate start = today.minusDays(100);
        long id = projects.create(form(ProjectStage.PRE_CONSTRUCTION, start, null), dispatch);

        assertRefused(
                () -> projects.edit(
                        id, form(ProjectStage.IN_PRODUCTION, start, version(id)), start.minusDays(1), dispatch),
                ErrorCode.PROJECT_PRODUCTION_BEFORE_START,
                "stageOn");
        projects.edit(id, form(ProjectStage.IN_PRODUCTION, start, version(id)), start.plusDays(10), dispatch);

        assertThat(projectReads.find(id, dispatch).stage()).isEqualTo(ProjectStage.IN_PRODUCTION);
    }

    @Test
    void aProjectEnteredBeforeTheRuleKeepsBeingEditableUntilItsStageOrStartIsTouched() {
        long id = projects.create(form(ProjectStage.UNDER_CONSTRUCTION, today.minusDays(10), null), dispatch);
        LocalDate ahead = today.plusDays(60);
        jdbc.sql("update project set start_date = ? where id = ?")
                .params(ahead, id)
                .update();

        projects.edit(id, form(ProjectStage.UNDER_CONSTRUCTION, ahead, version(id), "改了描述"), null, dispatch);

        assertRefused(
                () -> projects.edit(
                        id, form(ProjectStage.UNDER_CONSTRUCTION, ahead.plusDays(1), version(id)), null, dispatch),
                ErrorCode.PROJECT_NOT_STARTED,
                "start");
    }

    private int version(long id) {
        return projectReads.find(id, dispatch).version();
    }

    private static void assertRefused(Runnable action, ErrorCode code, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private ProjectForm form(ProjectStage stage, LocalDate start, Integer version) {
        return form(stage, start, version, null);
    }

    private ProjectForm form(ProjectStage stage, LocalDate start, Integer version, String description) {
        return new ProjectForm(
                name,
                null,
                enterprise,
                ProjectLevel.DISTRICT,
                stage,
                new BigDecimal("1000"),
                start,
                start.plusYears(2),
                fx.userId("lead"),
                null,
                null,
                description,
                version);
    }
}

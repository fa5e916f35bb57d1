package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.investment.InvestmentReports.CohortReport;
import cn.zhuanban.investment.InvestmentViews.CohortRow;
import cn.zhuanban.investment.InvestmentViews.StageMoveView;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After signing, a lead follows its key project's stage: dated with the day the project changed,
 * audited, one stage at a time, and the quarterly cohorts count it where it happened.
 */
@IntegrationTest
class LeadStageSyncTests {

    @Autowired
    InvestmentManagement investment;

    @Autowired
    LeadConversion conversion;

    @Autowired
    InvestmentReports reports;

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

    @Autowired
    MockMvc mvc;

    @Test
    void aSignedLeadFollowsItsKeyProjectIntoConstructionAndProductionWithExactCohorts() throws Exception {
        CurrentUser dispatch = dispatch();
        LocalDate today = LocalDate.now(clock);
        String company = TestCodes.unique("随项目推进企业");
        long lead = signedToday(dispatch, company);
        long project = conversion.createKeyProject(
                dispatch,
                lead,
                keyProject(company + "项目", investment.lead(dispatch, lead).version()));
        Quarter quarter = Quarter.of(today);
        CohortFigures before = figures(dispatch, today, quarter);
        assertThat(investment.lead(dispatch, lead).stage()).isEqualTo(LeadStage.SIGNED);

        setStage(dispatch, project, ProjectStage.UNDER_CONSTRUCTION);
        awaitStage(dispatch, lead, LeadStage.STARTED);
        setStage(dispatch, project, ProjectStage.COMPLETED);
        setStage(dispatch, project, ProjectStage.IN_PRODUCTION);
        awaitStage(dispatch, lead, LeadStage.IN_PRODUCTION);

        List<StageMoveView> history = investment.lead(dispatch, lead).history();
        assertThat(history)
                .extracting(StageMoveView::stage)
                .containsExactly(
                        LeadStage.LEAD,
                        LeadStage.CONTACTED,
                        LeadStage.NEGOTIATING,
                        LeadStage.SIGNED,
                        LeadStage.REGISTERED,
                        LeadStage.STARTED,
                        LeadStage.IN_PRODUCTION);
        assertThat(history).allSatisfy(m -> assertThat(m.movedOn()).isEqualTo(today));
        assertThat(history.subList(4, 7))
                .allSatisfy(m -> assertThat(m.movedBy()).isEqualTo("system"));
        AuditTrail.awaitRecord(jdbc, "investment.lead.synced", Long.toString(lead), null);
        // the stored note is language-free; the page puts it into words with the project's name and says who moved it
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead))
                .contains("随重点项目“" + company + "项目”进入在建阶段", "随重点项目“" + company + "项目”进入投产阶段", "系统（随项目阶段）")
                .doesNotContain("project " + project, ">system<");

        CohortReport report = reports.cohorts(dispatch, today.getYear());
        CohortRow row = report.leads().stream()
                .filter(r -> r.leadId() == lead)
                .findFirst()
                .orElseThrow();
        assertThat(List.of(row.signedOn(), row.startedOn(), row.inProductionOn()))
                .containsOnly(today);
        CohortFigures after = figures(dispatch, today, quarter);
        assertThat(after.signed()).isEqualTo(before.signed());
        assertThat(after.started()).isEqualTo(before.started() + 1);
        assertThat(after.inProduction()).isEqualTo(before.inProduction() + 1);
    }

    @Test
    void aProjectThatIsOnlyPlannedLeavesTheLeadSignedAndAStageChangeIsAuditedOnce() {
        CurrentUser dispatch = dispatch();
        String company = TestCodes.unique("储备项目企业");
        long lead = signedToday(dispatch, company);
        long project = conversion.createKeyProject(
                dispatch,
                lead,
                keyProject(company + "项目", investment.lead(dispatch, lead).version()));

        setStage(dispatch, project, ProjectStage.PRE_CONSTRUCTION);
        awaitStage(dispatch, lead, LeadStage.REGISTERED);
        setStage(dispatch, project, ProjectStage.PLANNED);
        setStage(dispatch, project, ProjectStage.PRE_CONSTRUCTION);
        setStage(dispatch, project, ProjectStage.UNDER_CONSTRUCTION);
        awaitStage(dispatch, lead, LeadStage.STARTED);

        assertThat(investment.lead(dispatch, lead).history())
                .extracting(StageMoveView::stage)
                .containsOnlyOnce(LeadStage.REGISTERED, LeadStage.STARTED)
                .doesNotContain(LeadStage.IN_PRODUCTION);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> AuditTrail.count(jdbc, "investment.lead.synced", Long.toString(lead), null) == 2);
    }

    /**
     * A project moved from 前期 straight to 投产 passed 开工 on the way: the lead dates 开工 by the project's start
     * (开工日期) and 投产 by the actual date given, not both by the day of production, and its page says which entry was
     * dated by the start.
     */
    @Test
    void aJumpFromPreConstructionToProductionDatesTheStartByTheProjectsStartDate() throws Exception {
        CurrentUser dispatch = dispatch();
        LocalDate today = LocalDate.now(clock);
        String company = TestCodes.unique("跨阶段投产企业");
        long lead = SignedLeads.signedOn(investment, dispatch, company, today.minusDays(60));
        KeyProjectForm planned =
                keyProject(company + "项目", investment.lead(dispatch, lead).version());
        long project = conversion.createKeyProject(
                dispatch,
                lead,
                new KeyProjectForm(
                        planned.name(),
                        null,
                        null,
                        planned.newEnterpriseName(),
                        planned.newEnterpriseCreditCode(),
                        planned.level(),
                        planned.stage(),
                        planned.totalInvestment(),
                        today.minusDays(40),
                        planned.targetFinish(),
                        null,
                        null,
                        planned.location(),
                        planned.leadVersion()));

        setStage(dispatch, project, ProjectStage.PRE_CONSTRUCTION, today.minusDays(50));
        awaitStage(dispatch, lead, LeadStage.REGISTERED);
        setStage(dispatch, project, ProjectStage.IN_PRODUCTION, today.minusDays(5));
        awaitStage(dispatch, lead, LeadStage.IN_PRODUCTION);

        assertThat(investment.lead(dispatch, lead).history().subList(4, 7))
                .extracting(StageMoveView::stage, StageMoveView::movedOn)
                .containsExactly(
                        tuple(LeadStage.REGISTERED, today.minusDays(50)),
                        tuple(LeadStage.STARTED, today.minusDays(40)),
                        tuple(LeadStage.IN_PRODUCTION, today.minusDays(5)));
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead))
                .contains("随重点项目“" + company + "项目”进入投产阶段（按项目开工日期记）");
    }

    private long signedToday(CurrentUser user, String company) {
        return SignedLeads.signedOn(investment, user, company, LocalDate.now(clock));
    }

    private KeyProjectForm keyProject(String name, int leadVersion) {
        LocalDate today = LocalDate.now(clock);
        return new KeyProjectForm(
                name,
                null,
                null,
                name,
                TestCodes.creditCode(),
                ProjectLevel.DISTRICT,
                ProjectStage.PLANNED,
                new BigDecimal("20000"),
                today,
                today.plusYears(2),
                null,
                null,
                "示范区",
                leadVersion);
    }

    private void setStage(CurrentUser user, long project, ProjectStage stage) {
        setStage(user, project, stage, null);
    }

    /** The project moved to {@code stage}, reached {@code on} as the project form's 阶段实际日期 gives it. */
    private void setStage(CurrentUser user, long project, ProjectStage stage, LocalDate on) {
        ProjectForm current = ProjectForm.of(projectReads.find(project, user));
        projects.edit(
                project,
                new ProjectForm(
                        current.name(),
                        current.projectCode(),
                        current.enterpriseId(),
                        current.level(),
                        stage,
                        current.totalInvestment(),
                        current.start(),
                        current.targetFinish(),
                        current.leadOfficialId(),
                        current.taskForceId(),
                        current.location(),
                        current.description(),
                        current.version()),
                on,
                user);
    }

    private void awaitStage(CurrentUser user, long lead, LeadStage stage) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> investment.lead(user, lead).stage() == stage);
    }

    private CohortFigures figures(CurrentUser user, LocalDate today, Quarter quarter) {
        return reports.cohorts(user, today.getYear()).quarters().get(quarter.quarter() - 1);
    }

    private CurrentUser dispatch() {
        UserView u = directory.findByUsername("dispatch").orElseThrow();
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                u.dataScope(),
                Set.copyOf(u.roles()),
                Set.copyOf(Permissions.ALL));
    }
}

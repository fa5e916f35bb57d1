package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanProgress;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTableEditing;
import cn.zhuanban.schedule.PlanTemplating;
import cn.zhuanban.schedule.ProgressReport;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The checklist and the plan are one record of a project's approvals: the template's items take the plan rows' latest
 * finishes as targets and stand as far along as the rows, an item done in the checklist finishes its plan row (also
 * when the department that does it cannot otherwise see the project), and a row finished on the plan closes its item.
 */
@IntegrationTest
class ServiceChecklistPlanTests {

    /** The standard plan's rows of the checklist template's items, in the template's order (V118). */
    private static final List<String> KEYS = List.of(
            "A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11", "B02", "B03", "B04", "B06");

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

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
    PlanTemplating templating;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanTableEditing table;

    @Autowired
    PlanProgress progress;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ItemsFollowThePlan following;

    @Autowired
    Clock clock;

    @Autowired
    CalendarManagement calendar;

    ServiceFixtures fx;
    CurrentUser dispatch;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        today = LocalDate.now(clock);
    }

    @Test
    void templateItemsTakeTheirPlanRowsMustFinishByAndStandAsFarAlongAsThePlan() throws Exception {
        long project = plannedProject();
        progress.reportAll(
                project,
                dispatch,
                Map.of(
                        "A01",
                                new ProgressReport(
                                        null, 100, today.minusDays(60), today.minusDays(58), null, null, null),
                        "A02", new ProgressReport(null, 30, today.minusDays(20), null, null, null, null)));
        PlanSheet sheet = plans.sheet(project, dispatch);

        assertThat(checklists.applyTemplate(project, dispatch)).isEqualTo(15);

        List<ServiceItemView> items = checklists.checklist(project, dispatch);
        assertThat(items).hasSize(KEYS.size());
        for (int i = 0; i < KEYS.size(); i++) {
            assertThat(items.get(i).targetDate())
                    .as(
                            "%s takes the latest finish of plan row %s",
                            items.get(i).name(), KEYS.get(i))
                    .isEqualTo(sheet.row(KEYS.get(i)).lateFinish())
                    .isNotNull();
        }
        ServiceItemView filing = item(items, "项目备案");
        assertThat(filing.status()).isEqualTo(ServiceItemStatus.DONE);
        assertThat(filing.doneOn()).isEqualTo(today.minusDays(58));
        assertThat(item(items, "用地预审与选址意见书").status()).isEqualTo(ServiceItemStatus.IN_PROGRESS);
        assertThat(item(items, "用地预审与选址意见书").departmentName()).isEqualTo("区自然资源局");
        assertThat(item(items, "节能审查").status()).isEqualTo(ServiceItemStatus.PENDING);
        assertThat(item(items, "节能审查").due())
                .as("an item not yet accepted has no 办理时限 running: its plan date is its target, not a due date")
                .isNull();
        assertThat(item(items, "节能审查").targetDate()).isEqualTo(sheet.row("A09").lateFinish());
        assertThat(item(items, "燃气接入").departmentName())
                .as("the gas connection goes to the gas company, not 待指定")
                .isEqualTo("区燃气热力公司");

        String page = mvc.perform(
                        get("/projects/" + project + "/checklist").session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("待指定");
    }

    /**
     * The checklist applied before the plan: its items had no plan to read and stayed without a target while the plan
     * applied next scheduled the same approvals. They follow the plan once it is there, as if applied after it.
     */
    @Test
    void itemsAppliedBeforeThePlanTakeItsDatesWhenThePlanIsApplied() {
        long project = projects.create(new ProjectForm(
                TestCodes.unique("先清单后计划测试项目"),
                null,
                fx.enterprise(),
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                new BigDecimal("1000"),
                today,
                today.plusDays(700),
                fx.userId("lead"),
                null,
                null,
                null,
                null));
        assertThat(checklists.applyTemplate(project, dispatch)).isEqualTo(15);
        assertThat(checklists.checklist(project, dispatch))
                .extracting(ServiceItemView::targetDate)
                .containsOnlyNulls();

        templating.apply(project, dispatch, null, PlanTemplating.INDUSTRIAL);
        awaitPlanEventsHandled(project, PlanRescheduleListener.ID);

        PlanSheet sheet = plans.sheet(project, dispatch);
        List<ServiceItemView> items = checklists.checklist(project, dispatch);
        for (int i = 0; i < KEYS.size(); i++) {
            assertThat(items.get(i).targetDate())
                    .as(
                            "%s takes the latest finish of plan row %s",
                            items.get(i).name(), KEYS.get(i))
                    .isEqualTo(sheet.row(KEYS.get(i)).lateFinish())
                    .isNotNull();
        }
    }

    @Test
    void anItemDoneByItsDepartmentFinishesItsPlanRowOnce() {
        long project = plannedProject();
        checklists.applyTemplate(project, dispatch);
        CurrentUser handler = fx.user("handler");
        assertThat(projectReads.isVisible(project, handler))
                .as("the land bureau sees the item, not the project")
                .isFalse();
        ServiceItemView land = item(checklists.checklist(project, dispatch), "用地预审与选址意见书");
        LocalDate doneOn = today.minusDays(3);

        checklists.edit(land.id(), done(land, "示自然资预〔2026〕7号", doneOn), handler);

        PlanSheet.Row row = plans.sheet(project, dispatch).row("A02");
        assertThat(row.actualFinish()).isEqualTo(doneOn);
        assertThat(row.percentComplete()).isEqualTo(100);
        AuditTrail.awaitRecord(jdbc, "plan.progress-reported", Long.toString(project), null);
        AuditTrail.awaitRecord(jdbc, "service-item.updated", Long.toString(land.id()), null);
        awaitPlanEventsHandled(project);
        ServiceItemView after = checklists.find(land.id(), dispatch);
        assertThat(after.doneOn()).isEqualTo(doneOn);
        assertThat(AuditTrail.count(jdbc, "service-item.done-in-plan", Long.toString(land.id()), null))
                .as("the plan's answer to the checklist's own report changes nothing")
                .isZero();
        assertThat(progress.history(project, dispatch, "A02"))
                .as("one report on the plan, with the document number")
                .singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo("示自然资预〔2026〕7号"));
    }

    @Test
    void aRowFinishedOnThePlanClosesItsItem() {
        long project = plannedProject();
        checklists.applyTemplate(project, dispatch);
        ServiceItemView energy = item(checklists.checklist(project, dispatch), "节能审查");

        progress.report(
                project,
                dispatch,
                "A09",
                new ProgressReport(null, 100, today.minusDays(30), today.minusDays(2), null, null, null),
                List.of());

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> checklists.find(energy.id(), dispatch).status() == ServiceItemStatus.DONE);
        assertThat(checklists.find(energy.id(), dispatch).doneOn()).isEqualTo(today.minusDays(2));
        AuditTrail.awaitRecord(jdbc, "service-item.done-in-plan", Long.toString(energy.id()), null);
    }

    @Test
    void aCompletionDateStillToComeIsRefused() {
        long project = plannedProject();
        checklists.applyTemplate(project, dispatch);
        ServiceItemView filing = item(checklists.checklist(project, dispatch), "项目备案");

        assertThatThrownBy(() -> checklists.edit(filing.id(), done(filing, null, today.plusDays(1)), dispatch))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("doneOn"));
        assertThat(plans.sheet(project, dispatch).row("A01").actualFinish()).isNull();
    }

    @Test
    void aRescheduledPlanMovesTheTargetsItGaveToOpenItems() {
        long project = plannedProject();
        checklists.applyTemplate(project, dispatch);
        List<ServiceItemView> items = checklists.checklist(project, dispatch);
        ServiceItemView energy = item(items, "节能审查");
        ServiceItemView acceptance = item(items, "竣工验收备案");
        awaitPlanEventsHandled(project, PlanRescheduleListener.ID);

        PlanSheet.Row row = longerBuilding(project).row("A09");

        assertThat(row.lateFinish())
                .as("a longer build pulls the approvals forward")
                .isBefore(energy.targetDate());
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> row.lateFinish()
                        .equals(checklists.find(energy.id(), dispatch).targetDate()));
        AuditTrail.awaitRecord(jdbc, "service-item.target-from-plan", Long.toString(energy.id()), null);
        assertThat(AuditTrail.count(jdbc, "service-item.target-from-plan", Long.toString(energy.id()), null))
                .isEqualTo(1);
        assertThat(checklists.find(acceptance.id(), dispatch).targetDate())
                .as("the acceptance comes after the build, whose end stays")
                .isEqualTo(acceptance.targetDate());
        assertThat(AuditTrail.count(jdbc, "service-item.target-from-plan", Long.toString(acceptance.id()), null))
                .as("an item whose target did not move is neither saved nor audited")
                .isZero();
    }

    @Test
    void aTargetAPersonSetStaysWhenThePlanIsRescheduled() {
        long project = plannedProject();
        checklists.applyTemplate(project, dispatch);
        ServiceItemView energy = item(checklists.checklist(project, dispatch), "节能审查");
        LocalDate agreed = calendar.addWorkingDays(energy.targetDate(), 3); // a target a person types is a working day
        checklists.edit(energy.id(), withTarget(energy, agreed), dispatch);

        rescheduleAndWait(project);

        assertThat(checklists.find(energy.id(), dispatch).targetDate()).isEqualTo(agreed);
        assertThat(AuditTrail.count(jdbc, "service-item.target-from-plan", Long.toString(energy.id()), null))
                .isZero();
    }

    @Test
    void aDoneItemKeepsItsTargetWhenThePlanIsRescheduled() {
        long project = plannedProject();
        checklists.applyTemplate(project, dispatch);
        ServiceItemView energy = item(checklists.checklist(project, dispatch), "节能审查");
        checklists.edit(energy.id(), done(energy, "示发改能审〔2026〕3号", today.minusDays(1)), dispatch);

        rescheduleAndWait(project);

        ServiceItemView after = checklists.find(energy.id(), dispatch);
        assertThat(after.status()).isEqualTo(ServiceItemStatus.DONE);
        assertThat(after.targetDate()).isEqualTo(energy.targetDate());
    }

    @Test
    void anItemWithoutAPlanRowKeepsItsTargetWhenThePlanIsRescheduled() {
        long project = plannedProject();
        checklists.applyTemplate(project, dispatch);
        ServiceItemView energy = item(checklists.checklist(project, dispatch), "节能审查");
        long own = checklists.add(
                project,
                new ServiceItemForm(
                        ServiceItemKind.OTHER,
                        "园区道路开口审批",
                        null,
                        null,
                        energy.targetDate(),
                        null,
                        10,
                        LimitUnit.WORKING_DAYS,
                        ServiceItemStatus.PENDING,
                        null,
                        null,
                        null,
                        0),
                dispatch);

        rescheduleAndWait(project);

        assertThat(checklists.find(energy.id(), dispatch).targetDate())
                .as("the linked item beside it moved")
                .isNotEqualTo(energy.targetDate());
        assertThat(checklists.find(own, dispatch).targetDate()).isEqualTo(energy.targetDate());
    }

    /**
     * A calendar change (a district stop, a year's holidays) moves the plans' latest finishes without a plan change;
     * told of it, the checklist takes each open item's target from its row again. The calendar itself is left alone
     * here: a real change re-judges the light of every plan in the shared test database, and that flood of events held
     * up the next tests' own.
     */
    @Test
    void aCalendarChangeMovesTheTargetsThePlanGave() {
        long project = plannedProject();
        checklists.applyTemplate(project, dispatch);
        ServiceItemView energy = item(checklists.checklist(project, dispatch), "节能审查");
        awaitPlanEventsHandled(project, PlanRescheduleListener.ID);
        // As if the working days had moved under the item: its target is no longer its row's latest finish.
        jdbc.sql("update service_item set target_date = :day where id = :id")
                .param("day", energy.targetDate().plusDays(15))
                .param("id", energy.id())
                .update();

        // What the listener does for each project it finds, for this one only: the whole sweep over the shared test
        // database ran on behind this test and held up the next test's events.
        assertThat(following.projectsFollowingThePlan()).contains(project);
        following.followPlan(project, Actor.of("calendar-admin"));

        LocalDate mustFinishBy = plans.sheet(project, dispatch).row("A09").lateFinish();
        assertThat(mustFinishBy).isEqualTo(energy.targetDate());
        assertThat(checklists.find(energy.id(), dispatch).targetDate()).isEqualTo(mustFinishBy);
        AuditTrail.awaitRecord(jdbc, "service-item.target-from-plan", Long.toString(energy.id()), null);
    }

    /** The build (B01) takes 30 more working days: every approval before it must finish earlier. */
    private PlanSheet longerBuilding(long project) {
        int duration = plans.sheet(project, dispatch).row("B01").duration();
        return table.changeDuration(project, dispatch, null, "B01", duration + 30);
    }

    private void rescheduleAndWait(long project) {
        awaitPlanEventsHandled(project, PlanRescheduleListener.ID);
        longerBuilding(project);
        awaitPlanEventsHandled(project, PlanRescheduleListener.ID);
    }

    /** A project being prepared with the standard plan, started two months ago, its target far enough ahead. */
    private long plannedProject() {
        long project = projects.create(new ProjectForm(
                TestCodes.unique("清单计划测试项目"),
                null,
                fx.enterprise(),
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                new BigDecimal("1000"),
                today.minusDays(60),
                today.plusDays(700),
                fx.userId("lead"),
                null,
                null,
                null,
                null));
        templating.apply(project, dispatch, null, PlanTemplating.INDUSTRIAL);
        return project;
    }

    private void awaitPlanEventsHandled(long project) {
        awaitPlanEventsHandled(project, PlanCompletionListener.ID);
    }

    private void awaitPlanEventsHandled(long project, String listener) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("""
                                select count(*) from event_publication where listener_id = :listener
                                and completion_date is null and serialized_event like :project""")
                                .param("listener", listener)
                                .param("project", "%\"projectId\":" + project + ",%")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private static ServiceItemView item(List<ServiceItemView> items, String name) {
        return items.stream()
                .filter(i -> Objects.equals(i.name(), name))
                .findFirst()
                .orElseThrow();
    }

    private static ServiceItemForm withTarget(ServiceItemForm f, LocalDate target) {
        return new ServiceItemForm(
                f.kind(),
                f.name(),
                f.departmentId(),
                f.responsibleUserId(),
                target,
                f.submittedOn(),
                f.limitDays(),
                f.limitUnit(),
                f.status(),
                f.documentNumber(),
                f.doneOn(),
                f.note(),
                f.version());
    }

    private static ServiceItemForm withTarget(ServiceItemView v, LocalDate target) {
        return withTarget(ServiceItemForm.of(v), target);
    }

    private static ServiceItemForm done(ServiceItemView v, String number, LocalDate on) {
        return new ServiceItemForm(
                v.kind(),
                v.name(),
                v.departmentId(),
                v.responsibleUserId(),
                v.targetDate(),
                v.submittedOn(),
                v.limitDays(),
                v.limitUnit(),
                ServiceItemStatus.DONE,
                number,
                on,
                v.note(),
                v.version());
    }
}

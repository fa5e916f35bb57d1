package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.ExportedSheet;
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
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.schedule.PlanTemplating;
import cn.zhuanban.shared.PageQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two facts the checklist once confused (reviewer: project 2's 计划完成日期 moved so that its plan ran 87 working days
 * late, and items never started showed 已超办理时限 with the plan's dates as 到期日). The department's 办理时限 counts
 * from the 材料齐全受理日 only, and only it makes an item's light, alert and the list's "past the time limit" filter;
 * the date the plan needs an item by is its 计划须完成日期, and an open item past it is behind the plan, whatever the
 * department has or has not received. Every day below is relative to the test clock's today and holds on any weekday.
 */
@IntegrationTest
class ServiceItemLatenessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    ItemLedger ledger;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    PlanTemplating templating;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    ServiceFixtures fx;
    CurrentUser dispatch;
    CurrentUser handler;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        handler = fx.user("handler");
        today = LocalDate.now(clock);
    }

    @Test
    void aPlanRunningLateMakesItemsBehindThePlanNotPastTheDepartmentsTimeLimit() throws Exception {
        long project = lateProject();
        checklists.applyTemplate(project, dispatch);
        ServiceItemView land = item(checklists.checklist(project, dispatch), "用地预审与选址意见书");
        // accepted yesterday: its 20 working days have just begun, though the plan needed it long ago
        ServiceItemForm accepted = ServiceItemForm.of(land);
        checklists.edit(
                land.id(),
                new ServiceItemForm(
                        accepted.kind(),
                        accepted.name(),
                        accepted.departmentId(),
                        accepted.responsibleUserId(),
                        accepted.targetDate(),
                        today.minusDays(1),
                        accepted.limitDays(),
                        accepted.limitUnit(),
                        ServiceItemStatus.IN_PROGRESS,
                        null,
                        null,
                        null,
                        accepted.version()),
                dispatch);

        List<ServiceItemView> items = checklists.checklist(project, dispatch, today);
        ServiceItemView landNow = item(items, "用地预审与选址意见书");
        ServiceItemView supply = item(items, "土地供应（招拍挂）");
        assertThat(landNow.targetDate())
                .as("the plan runs late: it needed the item before today")
                .isBefore(today);
        assertThat(landNow.due())
                .as("the 办理时限 counts from acceptance, not from the plan")
                .isEqualTo(calendar.addWorkingDays(today.minusDays(1), 20));
        assertThat(landNow.alert()).isNull();
        assertThat(landNow.light()).isEqualTo(StatusLight.GREEN);
        assertThat(landNow.behindPlan()).isTrue();

        assertThat(supply.submittedOn()).isNull();
        assertThat(supply.targetDate()).isBefore(today);
        assertThat(supply.due()).as("not accepted: no time limit runs").isNull();
        assertThat(supply.alert()).isNull();
        assertThat(supply.light()).isEqualTo(StatusLight.GREEN);
        assertThat(supply.behindPlan()).isTrue();
        assertThat(supply.clockNote()).isEqualTo("checklist.due.not-accepted");

        assertThat(checklists.alerts(List.of(project), today))
                .as("the meeting agenda's item alerts are the department's; the plan's lateness comes by its light")
                .extracting(ServiceItemView::id)
                .doesNotContain(landNow.id(), supply.id());

        String page = WebTestSupport.page(mvc, "dispatch", "/projects/" + project + "/checklist");
        assertThat(page).contains("滞后于计划", "计划须完成日期", "办理时限到期日", "未受理，时限未起算").doesNotContain("已超办理时限");
    }

    /**
     * A hand-made item (no plan row stands for it) with a typed target has no plan whose light would show it late, and
     * once showed only 滞后于计划 with a green light. Its target is its own deadline: past it, open, it is red and
     * overdue (逾期) like an item past the 办理时限, in the department's overdue filter, the agenda's alerts and the export.
     */
    @Test
    void aHandMadeItemPastItsOwnTargetIsOverdueLikeOnePastTheTimeLimit() throws Exception {
        long project = fx.project(fx.enterprise(), null);
        String base = TestCodes.unique("逾期事项");
        LocalDate pastTarget = calendar.addWorkingDays(today, -30); // a working day, as a typed target must be
        long overWorking = add(project, base + "超时限工作日", null, today.minusDays(100), 20, LimitUnit.WORKING_DAYS);
        long overCalendar = add(project, base + "超时限自然日", null, today.minusDays(40), 15, LimitUnit.CALENDAR_DAYS);
        long notAccepted = add(project, base + "未受理过目标", pastTarget, null, 20, LimitUnit.WORKING_DAYS);
        long justAccepted = add(project, base + "刚受理过目标", pastTarget, today.minusDays(1), 20, LimitUnit.WORKING_DAYS);
        long notYet = add(project, base + "目标未到", calendar.addWorkingDays(today, 30), null, 20, LimitUnit.WORKING_DAYS);

        assertThat(ids(base, ItemLateness.OVER_LIMIT))
                .containsExactlyInAnyOrder(overWorking, overCalendar, notAccepted, justAccepted);
        assertThat(ids(base, ItemLateness.BEHIND_PLAN))
                .as("no plan row stands for them")
                .isEmpty();
        assertThat(ids(base, null)).hasSize(5);
        ServiceItemView over = checklists.find(overWorking, handler);
        assertThat(over.alert()).isEqualTo(ItemAlert.OVERDUE);
        assertThat(over.behindPlan()).isFalse();
        for (long id : List.of(notAccepted, justAccepted)) {
            ServiceItemView own = checklists.find(id, handler);
            assertThat(own.light()).isEqualTo(StatusLight.RED);
            assertThat(own.alert()).isEqualTo(ItemAlert.PAST_TARGET);
            assertThat(own.alertDate()).isEqualTo(pastTarget);
            assertThat(own.behindPlan()).isFalse();
        }
        assertThat(checklists.find(notYet, handler).light()).isEqualTo(StatusLight.GREEN);
        assertThat(checklists.alerts(List.of(project), today))
                .extracting(ServiceItemView::id)
                .contains(notAccepted, justAccepted)
                .doesNotContain(notYet);

        String page = WebTestSupport.page(mvc, "handler", "/service-items?late=OVER_LIMIT&q=" + base);
        assertThat(page)
                .contains(base + "超时限工作日", base + "未受理过目标", "已超办理时限", "已逾期：超过事项目标日期")
                .doesNotContain(base + "目标未到", "滞后于计划：");
        ExportedSheet sheet = ExportedSheet.download(mvc, "handler", "/service-items/export?late=OVER_LIMIT&q=" + base);
        assertThat(sheet.rows()).hasSize(5);
        assertThat(sheet.anyCellIs(base + "刚受理过目标")).isTrue();
        assertThat(sheet.anyCellIs("已逾期：超过事项目标日期")).isTrue();
        assertThat(sheet.anyCellIs("滞后于计划")).isFalse();
    }

    /**
     * An item in progress has been accepted by its department: without the day of acceptance its time limit cannot run,
     * and the lists say that, not 未受理 beside its own 办理中. Nobody named answers for it: the 责任人 cell says so.
     */
    @Test
    void anItemInProgressWithoutItsAcceptanceDayIsNotCalledNotAccepted() throws Exception {
        long project = fx.project(fx.enterprise(), null);
        String name = TestCodes.unique("受理日未登记");
        add(project, name, null, null, 5, LimitUnit.WORKING_DAYS);

        assertThat(item(checklists.checklist(project, dispatch), name).clockNote())
                .isEqualTo("checklist.due.accepted-on-missing");
        String page = WebTestSupport.page(mvc, "handler", "/service-items?q=" + name);
        assertThat(page)
                .contains(name, "办理中，未登记受理日，时限无法起算", "<td class=\"text-secondary\">未指定</td>")
                .doesNotContain("未受理，时限未起算");
    }

    /** A project being prepared whose 计划完成日期 is far too near for the standard plan: its plan runs late. */
    private long lateProject() {
        long project = projects.create(new ProjectForm(
                TestCodes.unique("计划滞后测试项目"),
                null,
                fx.enterprise(),
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                new BigDecimal("1000"),
                today.minusDays(60),
                today.plusDays(60),
                fx.userId("lead"),
                null,
                null,
                null,
                null));
        templating.apply(project, dispatch, null, PlanTemplating.INDUSTRIAL);
        return project;
    }

    private long add(long project, String name, LocalDate target, LocalDate accepted, int days, LimitUnit unit) {
        return checklists.add(
                project,
                new ServiceItemForm(
                        ServiceItemKind.APPROVAL,
                        name,
                        handler.departmentId(),
                        null,
                        target,
                        accepted,
                        days,
                        unit,
                        ServiceItemStatus.IN_PROGRESS,
                        null,
                        null,
                        null,
                        0),
                dispatch);
    }

    private List<Long> ids(String q, ItemLateness late) {
        return ledger
                .page(handler, new DepartmentItemFilter(q, null, true, late), new PageQuery(0, 50))
                .content()
                .stream()
                .map(ServiceItemView::id)
                .toList();
    }

    private static ServiceItemView item(List<ServiceItemView> items, String name) {
        return items.stream()
                .filter(i -> Objects.equals(i.name(), name))
                .findFirst()
                .orElseThrow();
    }
}

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
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a checklist still warns of. A hand-made item's typed target is its deadline, and it turns yellow the same
 * working days before it as a template item before its 办理时限 (it stayed green until the day after, then red). An
 * issued construction permit whose work has not started is 已办结 for the department (domain §5: the permit is issued
 * within its 7 days; the start of work within 3 months is the validity of what was issued), but it lapses unless the
 * work starts: the department's list sorts it by its lapse day among the open items and says it waits for the work
 * (it sorted last, after every open item, and said only 已办结). Fixed dates are in 2083, whose calendar holds no
 * holiday; the list's dates count from the test clock's today and hold on any weekday.
 */
@IntegrationTest
class ChecklistWarningsTests {

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
    void aHandMadeItemTurnsYellowTwoWorkingDaysBeforeItsOwnTargetAsATemplateItemBeforeItsTimeLimit() {
        long project = fx.project(fx.enterprise(), null);
        LocalDate target = LocalDate.of(2083, 3, 10); // a Wednesday
        long id = checklists.add(
                project, item(TestCodes.unique("自建事项目标临近"), target, null, ServiceItemStatus.IN_PROGRESS), dispatch);

        assertThat(judged(project, id, LocalDate.of(2083, 3, 5)).light())
                .as("Friday: three working days before the target")
                .isEqualTo(StatusLight.GREEN);
        ServiceItemView near = judged(project, id, LocalDate.of(2083, 3, 8));
        assertThat(near.light()).as("Monday: two working days before").isEqualTo(StatusLight.YELLOW);
        assertThat(near.alert()).isEqualTo(ItemAlert.NEAR_TARGET);
        assertThat(near.alertDate()).isEqualTo(target);
        assertThat(near.behindPlan()).isFalse();
        assertThat(judged(project, id, LocalDate.of(2083, 3, 10)).alert()).isEqualTo(ItemAlert.NEAR_TARGET);
        assertThat(judged(project, id, LocalDate.of(2083, 3, 11)).alert()).isEqualTo(ItemAlert.PAST_TARGET);
        assertThat(checklists.alerts(List.of(project), LocalDate.of(2083, 3, 8)))
                .as("the meeting agenda and workbench cards take the yellow item")
                .extracting(ServiceItemView::id)
                .containsExactly(id);
    }

    @Test
    void anIssuedPermitWaitingForItsWorkSortsByItsLapseDayAndSaysItWaits() throws Exception {
        String base = TestCodes.unique("许可排序");
        long done = add(base + "已办结", calendar.addWorkingDays(today, -200), ServiceItemStatus.DONE);
        long farTarget = add(base + "目标尚远", calendar.addWorkingDays(today, 150), ServiceItemStatus.IN_PROGRESS);
        // past its own target since 10 working days (two weeks at least)
        long ownLate = add(base + "自定目标过期", calendar.addWorkingDays(today, -10), ServiceItemStatus.IN_PROGRESS);
        // issued 3 months and 5 days ago: lapsed 5 days ago; issued a month ago: lapses in two months
        long lapsed = issuedPermit(base + "已失效许可", today.minusMonths(3).minusDays(5));
        long waiting = issuedPermit(base + "未失效许可", today.minusMonths(1));

        List<ServiceItemView> open = ledger.page(
                        handler, new DepartmentItemFilter(base, null, true), new PageQuery(0, 50))
                .content();
        assertThat(open).extracting(ServiceItemView::id).containsExactly(ownLate, lapsed, waiting, farTarget);
        assertThat(open.get(1).light()).isEqualTo(StatusLight.RED);
        assertThat(open.get(2).status())
                .as("issued is done for the department: the count of open items stays")
                .isEqualTo(ServiceItemStatus.DONE);
        assertThat(ledger.page(handler, new DepartmentItemFilter(base, null, false), new PageQuery(0, 50))
                        .content())
                .extracting(ServiceItemView::id)
                .containsExactly(ownLate, lapsed, waiting, farTarget, done);

        String page = WebTestSupport.page(mvc, "handler", "/service-items?q=" + base);
        LocalDate lapsesOn = today.minusMonths(1).plusMonths(3);
        assertThat(page).contains(">待开工<").contains("未开工将于 " + lapsesOn + " 失效");
        ExportedSheet sheet = ExportedSheet.download(mvc, "handler", "/service-items/export?q=" + base);
        assertThat(sheet.header()).contains("未开工失效日");
        assertThat(sheet.anyCellIs("已办结 · 待开工")).isTrue();
        assertThat(sheet.anyCellIs(lapsesOn.toString())).isTrue();
    }

    /** The print view said only 已办结 for the permit that lapses unless the work starts; it says so as the list does. */
    @Test
    void thePrintedChecklistSaysAnIssuedPermitWaitsForTheWorkAndWhenItLapses() throws Exception {
        long permit = issuedPermit(TestCodes.unique("打印待开工"), today.minusMonths(1));
        long project = checklists.find(permit, dispatch).projectId();

        String print = WebTestSupport.page(mvc, "dispatch", "/projects/" + project + "/checklist/print");
        LocalDate lapsesOn = today.minusMonths(1).plusMonths(3);
        assertThat(print.substring(print.indexOf("id=\"checklist-print\"")))
                .contains(">已办结<", ">待开工<")
                .contains("未开工将于 " + lapsesOn + " 失效");
    }

    /** The template's 施工许可证 of a project of its own, given to the handler's department and issued on {@code on}. */
    private long issuedPermit(String name, LocalDate on) {
        long project = fx.project(fx.enterprise(), null);
        checklists.applyTemplate(project, dispatch);
        ServiceItemView permit = checklists.checklist(project, dispatch).stream()
                .filter(i -> i.name().equals("施工许可证"))
                .findFirst()
                .orElseThrow();
        checklists.edit(
                permit.id(),
                new ServiceItemForm(
                        permit.kind(),
                        name,
                        handler.departmentId(),
                        null,
                        null,
                        on.minusDays(7),
                        permit.limitDays(),
                        permit.limitUnit(),
                        ServiceItemStatus.DONE,
                        "建字-1",
                        on,
                        null,
                        permit.version()),
                dispatch);
        return permit.id();
    }

    private long add(String name, LocalDate target, ServiceItemStatus status) {
        long project = fx.project(fx.enterprise(), null);
        boolean done = status == ServiceItemStatus.DONE;
        return checklists.add(project, item(name, target, done ? target : null, status), dispatch);
    }

    private ServiceItemForm item(String name, LocalDate target, LocalDate doneOn, ServiceItemStatus status) {
        return new ServiceItemForm(
                ServiceItemKind.OTHER,
                name,
                handler.departmentId(),
                null,
                target,
                doneOn,
                20,
                LimitUnit.WORKING_DAYS,
                status,
                null,
                doneOn,
                null,
                0);
    }

    private ServiceItemView judged(long project, long id, LocalDate on) {
        return checklists.checklist(project, dispatch, on).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }
}

package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A department's list comes most urgent first, sorted and paged by the database: the overdue items, the most overdue
 * first (past the 办理时限, or a hand-made item past its own target), then the others by the nearer of the 办理时限's
 * last day and the target, then the done ones. It was sorted by target alone, so an item long past its 办理时限 but
 * without a target came after every dated one. Days are counted from the test clock's today in working days, so no
 * weekday or holiday decides the order.
 */
@IntegrationTest
class DepartmentItemOrderTests {

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

    CurrentUser dispatch;
    CurrentUser handler;
    LocalDate today;
    long project;

    @BeforeEach
    void setUp() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        handler = fx.user("handler");
        today = LocalDate.now(clock);
        project = fx.project(fx.enterprise(), null);
    }

    @Test
    void overdueItemsComeFirstMostOverdueFirstThenTheNearestDueAndDoneItemsLast() {
        String base = TestCodes.unique("紧急排序");
        long done = add(base + "已办结", calendar.addWorkingDays(today, -200), null, ServiceItemStatus.DONE);
        long noDate = add(base + "无日期", null, null, ServiceItemStatus.PENDING);
        long acceptedYesterday = add(base + "昨日受理", calendar.addWorkingDays(today, 60), today.minusDays(1));
        long targetSoon = add(base + "目标临近", calendar.addWorkingDays(today, 5), null);
        long ownLate = add(base + "自定目标过期", calendar.addWorkingDays(today, -10), null);
        // accepted 60 working days ago with a limit of 20: its limit ended some 40 working days ago, no target
        long overLimit = add(base + "超办理时限", null, calendar.addWorkingDays(today, -60));
        long mostOverdue = add(base + "最早逾期", calendar.addWorkingDays(today, -120), null);

        List<Long> expected = List.of(mostOverdue, overLimit, ownLate, targetSoon, acceptedYesterday, noDate, done);
        assertThat(page(base, 0, 50)).containsExactlyElementsOf(expected);

        List<Long> paged = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            paged.addAll(page(base, p, 3));
        }
        assertThat(paged).as("the database pages in the same order").containsExactlyElementsOf(expected);
    }

    private List<Long> page(String q, int page, int size) {
        return ledger
                .page(handler, new DepartmentItemFilter(q, null, false), new PageQuery(page, size))
                .content()
                .stream()
                .map(ServiceItemView::id)
                .toList();
    }

    private long add(String name, LocalDate target, LocalDate accepted) {
        return add(name, target, accepted, ServiceItemStatus.IN_PROGRESS);
    }

    private long add(String name, LocalDate target, LocalDate accepted, ServiceItemStatus status) {
        boolean done = status == ServiceItemStatus.DONE;
        return checklists.add(
                project,
                new ServiceItemForm(
                        ServiceItemKind.APPROVAL,
                        name,
                        handler.departmentId(),
                        null,
                        target,
                        done ? target : accepted,
                        20,
                        LimitUnit.WORKING_DAYS,
                        status,
                        done ? "文号-1" : null,
                        done ? target : null,
                        null,
                        0),
                dispatch);
    }
}

package cn.zhuanban.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.dashboard.cockpit.CockpitFigures;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.ActionLedger;
import cn.zhuanban.meeting.MeetingDecisions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.ActionView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department user's cockpit counts the overdue decisions his action ledger shows (the meetings of the task forces he
 * is on, and what his department owns elsewhere), as the monthly briefing does, and its figure opens that ledger: it
 * counted his department's own only, so the cockpit and the briefing told him two numbers.
 */
@IntegrationTest
class CockpitOverdueDecisionsTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    CockpitFigures cockpit;

    @Autowired
    ActionLedger ledger;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingDecisions decisions;

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

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aDepartmentUsersFigureIsTheOverdueRowsOfHisLedgerAsInTheBriefing() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        CurrentUser handler = fx.user("handler");
        assertThat(handler.dataScope()).isEqualTo(DataScope.DEPARTMENT);
        long power = departments.findByCode("GD").orElseThrow().id();
        // a task force the handler's department is on: another department owes a decision of its meeting
        long taskForce = fx.taskForce(null, Set.of(), Set.of(handler.departmentId(), power));
        fx.project(fx.enterprise(), taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.MONDAY, LocalTime.of(9, 0), "指挥部会议室"), dispatch);
        long meeting = meetings.plan(series, TODAY.minusDays(40), dispatch);
        String decision = TestCodes.unique("驾驶舱超期") + "供电公司完成临时用电接入";
        overdue(meeting, decision, power, dispatch, fx);

        Figure late = cockpit.of(handler, TODAY.getYear(), TODAY, Locale.SIMPLIFIED_CHINESE).figures().stream()
                .filter(f -> f.key().equals("decisions-overdue"))
                .findFirst()
                .orElseThrow();

        assertThat(late.link()).isEqualTo("/meetings/actions?state=OVERDUE");
        String page = WebTestSupport.page(mvc, "handler", late.link());
        assertThat(page).contains(decision);
        assertThat(Long.parseLong(late.value())).isEqualTo(total(page)).isEqualTo(ledger.overdueCount(handler, TODAY));
    }

    /** A decision of {@code meeting} owned by {@code department}, its deadline (its ticket's too) five days past. */
    private void overdue(long meeting, String decision, long department, CurrentUser dispatch, ServiceFixtures fx) {
        decisions.decide(
                meeting,
                new DecisionForm(
                        null,
                        decision,
                        department,
                        fx.userId("handler-power"),
                        calendar.administrative().workingDayOnOrAfter(TODAY)),
                meetings.find(meeting, dispatch).version(),
                dispatch);
        long action = meetings.find(meeting, dispatch).decisions().stream()
                .filter(a -> a.decision().equals(decision))
                .findFirst()
                .map(ActionView::id)
                .orElseThrow();
        jdbc.sql("update meeting_action set deadline = :d where id = :id")
                .param("d", TODAY.minusDays(5))
                .param("id", action)
                .update();
        jdbc.sql("update ticket set resolve_by = :d where id = (select ticket_id from meeting_action where id = :id)")
                .param("d", TODAY.minusDays(5))
                .param("id", action)
                .update();
    }

    /** The "共 N 条" of the ledger's pager. */
    private static long total(String page) {
        Matcher m = Pattern.compile("共 (\\d+) 条").matcher(page);
        assertThat(m.find()).as("pager").isTrue();
        return Long.parseLong(m.group(1));
    }
}

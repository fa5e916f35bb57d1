package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.ActionProgress;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.TaskForceManagement;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A meeting held on a past day reviews the earlier meetings' actions as they stood on its day, confirmed or not: an
 * action finished since was still open then, a card given since was not there, an extension approved since did not
 * move the date the department was measured against, and lateness counts in working days up to the meeting day.
 * Confirming keeps that reading.
 */
@IntegrationTest
class MeetingReviewAsOfMeetingDayTests {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

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

    ServiceFixtures fx;
    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
    }

    @Test
    void aPastMeetingReadsItsCarriedOverActionsAsOfItsOwnDay() {
        WorkingCalendar cal = calendar.administrative();
        LocalDate today = LocalDate.now(DISTRICT);
        // three working days ago: the actions' tickets moved on between that day and today
        LocalDate heldOn = cal.addWorkingDays(today, -3);
        LocalDate firstDay = heldOn.minusWeeks(1);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        project(taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, heldOn.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        long first = meetings.plan(series, firstDay, dispatch);
        long finished = decide(first, "区供电公司倒排专线送电计划", "GD");
        long extended = decide(first, "自然资源局完成用地预审", "ZRZY");

        // decided at the first meeting, due two and one working days before the second
        LocalDate finishedDue = cal.addWorkingDays(heldOn, -2);
        LocalDate extendedDue = cal.addWorkingDays(heldOn, -1);
        long finishedTicket = decidedOn(finished, firstDay, finishedDue);
        long extendedTicket = decidedOn(extended, firstDay, extendedDue);
        // the ladder carded the first red the day before the meeting
        red(
                finishedTicket,
                cal.addWorkingDays(heldOn, -1).atTime(10, 0).atZone(DISTRICT).toInstant());

        long second = meetings.plan(series, heldOn, dispatch);

        // after the meeting: the first closed today; the second got a month more today, and a red card for the old date
        step(finishedTicket, "ticket.closed", "CLOSED", null);
        jdbc.sql("update ticket set state = 'CLOSED' where id = :id")
                .param("id", finishedTicket)
                .update();
        jdbc.sql("update meeting_action set status = 'CLOSED', closed_on = :on where id = :id")
                .param("on", today)
                .param("id", finished)
                .update();
        step(extendedTicket, "ticket.extension-decided", "IN_PROGRESS", "APPROVED");
        jdbc.sql("update ticket set resolve_by = :by where id = :id")
                .param("by", today.plusDays(30))
                .param("id", extendedTicket)
                .update();
        red(extendedTicket, Instant.now());

        MeetingView draft = meetings.find(second, dispatch);
        assertThat(progress(draft, finished))
                .isEqualTo(new ActionProgress("red-overdue", cal.workingDaysBetween(finishedDue, heldOn), heldOn));
        assertThat(progress(draft, extended)).isEqualTo(new ActionProgress("overdue", 1, heldOn));

        // confirmed later, the minutes keep what the meeting saw
        meetings.confirm(second, draft.version(), fx.user("lead"));
        MeetingView confirmed = meetings.find(second, dispatch);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(progress(confirmed, finished)).isEqualTo(progress(draft, finished));
        assertThat(progress(confirmed, extended)).isEqualTo(progress(draft, extended));
    }

    private long decide(long meeting, String decision, String department) {
        return decisions.decide(
                meeting,
                new DecisionForm(
                        null,
                        decision,
                        departments.findByCode(department).orElseThrow().id(),
                        null,
                        calendar.addWorkingDays(LocalDate.now(DISTRICT), 3)),
                meetings.find(meeting, dispatch).version(),
                dispatch);
    }

    /** The action recorded on the day of its meeting (its ticket's steps dated back), to be done by {@code due}. */
    private long decidedOn(long action, LocalDate day, LocalDate due) {
        long ticket = jdbc.sql("select ticket_id from meeting_action where id = :id")
                .param("id", action)
                .query(Long.class)
                .single();
        jdbc.sql("update meeting_action set deadline = :due where id = :id")
                .param("due", due)
                .param("id", action)
                .update();
        jdbc.sql("update ticket set resolve_by = :due where id = :id")
                .param("due", due)
                .param("id", ticket)
                .update();
        jdbc.sql("update ticket_step set at = :at where ticket_id = :id")
                .param("at", Timestamp.from(day.atTime(10, 0).atZone(DISTRICT).toInstant()))
                .param("id", ticket)
                .update();
        return ticket;
    }

    /** The ladder's red card, given at {@code at}. */
    private void red(long ticket, Instant at) {
        jdbc.sql("update ticket set card = 'RED' where id = :id")
                .param("id", ticket)
                .update();
        jdbc.sql("""
                        insert into ticket_escalation (ticket_id, round, step, at, due_on)
                        select id, deadline_round, 'RED', :at, resolve_by from ticket where id = :id""").param("at", Timestamp.from(at)).param("id", ticket).update();
    }

    /** A step of the ticket's timeline taken now. */
    private void step(long ticket, String action, String toState, String result) {
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_name, from_state, to_state, at,
                                                 result_code)
                        select :id, max(step) + 1, :action, '调度办', 'IN_PROGRESS', :to, :at, :result
                        from ticket_step where ticket_id = :id""")
                .param("id", ticket)
                .param("action", action)
                .param("to", toState)
                .param("at", Timestamp.from(Instant.now()))
                .param("result", result)
                .update();
    }

    private static ActionProgress progress(MeetingView meeting, long action) {
        return meeting.items().stream()
                .filter(i -> i.source() == AgendaSource.OPEN_ACTION && i.refId() == action)
                .map(i -> meeting.progressOf(i.id()))
                .findFirst()
                .orElseThrow();
    }

    private void project(long taskForce) {
        projects.create(new ProjectForm(
                TestCodes.unique("例会回顾项目"),
                null,
                fx.enterprise(),
                ProjectLevel.DISTRICT,
                ProjectStage.UNDER_CONSTRUCTION,
                new BigDecimal("5000"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2031, 12, 31),
                fx.userId("lead"),
                taskForce,
                null,
                null,
                null));
    }
}

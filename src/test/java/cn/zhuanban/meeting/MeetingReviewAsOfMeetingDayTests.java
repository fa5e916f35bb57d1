package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.meeting.MeetingRecords.ActionProgress;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.ticket.TicketCategory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A meeting held on a past day reviews the earlier meetings' actions as they stood on its day, confirmed or not: an
 * action finished since was still open then, a card given since was not there, an extension approved since did not
 * move the date the department was measured against, and lateness counts in working days up to the meeting day.
 * Confirming keeps that reading. A ticket the escalation ladder put on its agenda reads likewise: its item says where
 * the ticket stood when it was put there, and beside it where it stood on the meeting day.
 */
@IntegrationTest
class MeetingReviewAsOfMeetingDayTests {

    private static final ZoneId DISTRICT = PastMeetingFixtures.DISTRICT;

    @Autowired
    PastMeetingFixtures past;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EscalatedTickets escalatedTickets;

    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        dispatch = past.user("dispatch");
    }

    @Test
    void aPastMeetingReadsItsCarriedOverActionsAsOfItsOwnDay() {
        WorkingCalendar cal = calendar.administrative();
        LocalDate today = LocalDate.now(DISTRICT);
        // three working days ago: the actions' tickets moved on between that day and today
        LocalDate heldOn = cal.addWorkingDays(today, -3);
        LocalDate firstDay = heldOn.minusWeeks(1);
        long taskForce = past.taskForce();
        past.project(taskForce);
        long series = past.series(taskForce, heldOn);
        long first = meetings.plan(series, firstDay, dispatch);
        long finished = decide(first, "区供电公司倒排专线送电计划", "GD");
        long extended = decide(first, "自然资源局完成用地预审", "ZRZY");
        long twice = decide(first, "水务局完成临时用水接入", "SW");
        long writtenLater = decide(first, "发改委完成项目备案变更", "FGW");

        // decided at the first meeting, due two and one working days before the second
        LocalDate finishedDue = cal.addWorkingDays(heldOn, -2);
        LocalDate extendedDue = cal.addWorkingDays(heldOn, -1);
        long finishedTicket = decidedOn(finished, firstDay, finishedDue);
        long extendedTicket = decidedOn(extended, firstDay, extendedDue);
        // extended before the meeting to the day before it, and again today
        long twiceTicket = decidedOn(twice, firstDay, cal.addWorkingDays(heldOn, -3));
        past.step(
                twiceTicket,
                "ticket.extension-decided",
                "IN_PROGRESS",
                "IN_PROGRESS",
                "APPROVED",
                extendedDue + " 管网迁改",
                null,
                PastMeetingFixtures.at(extendedDue));
        // decided at the first meeting but written up only today: its ticket's steps all come after the meeting day
        long writtenLaterTicket = decidedOn(writtenLater, null, finishedDue);
        // the ladder carded the first red the day before the meeting
        red(
                finishedTicket,
                cal.addWorkingDays(heldOn, -1).atTime(10, 0).atZone(DISTRICT).toInstant());

        long second = meetings.plan(series, heldOn, dispatch);

        // after the meeting: the first closed today; the second got a month more today, and a red card for the old date
        past.step(finishedTicket, "ticket.closed", "IN_PROGRESS", "CLOSED", null, null, null, Instant.now());
        jdbc.sql("update ticket set state = 'CLOSED' where id = :id")
                .param("id", finishedTicket)
                .update();
        jdbc.sql("update meeting_action set status = 'CLOSED', closed_on = :on where id = :id")
                .param("on", today)
                .param("id", finished)
                .update();
        for (long ticket : new long[] {extendedTicket, twiceTicket}) {
            LocalDate later = today.plusDays(30);
            past.step(
                    ticket,
                    "ticket.extension-decided",
                    "IN_PROGRESS",
                    "IN_PROGRESS",
                    "APPROVED",
                    later + " 再延期",
                    null,
                    Instant.now());
            jdbc.sql("update ticket set resolve_by = :by where id = :id")
                    .param("by", later)
                    .param("id", ticket)
                    .update();
        }
        red(extendedTicket, Instant.now());

        MeetingView draft = meetings.find(second, dispatch);
        assertThat(progress(draft, finished))
                .isEqualTo(new ActionProgress("red-overdue-sign", cal.workingDaysBetween(finishedDue, heldOn), heldOn));
        assertThat(progress(draft, extended)).isEqualTo(new ActionProgress("overdue-sign", 1, heldOn));
        assertThat(progress(draft, twice)).isEqualTo(new ActionProgress("overdue-resolve", 1, heldOn));
        assertThat(progress(draft, writtenLater)).isEqualTo(new ActionProgress("overdue-resolve", 2, heldOn));
        assertThat(writtenLaterTicket).isPositive();

        // confirmed later, the minutes keep what the meeting saw
        meetings.confirm(second, draft.version(), past.user("lead"));
        MeetingView confirmed = meetings.find(second, dispatch);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(progress(confirmed, finished)).isEqualTo(progress(draft, finished));
        assertThat(progress(confirmed, extended)).isEqualTo(progress(draft, extended));
        assertThat(progress(confirmed, twice)).isEqualTo(progress(draft, twice));
    }

    @Test
    void aTicketTheLadderPutOnAPastMeetingReadsAsOfTheMeetingDay() {
        WorkingCalendar cal = calendar.administrative();
        LocalDate today = LocalDate.now(DISTRICT);
        LocalDate heldOn = cal.addWorkingDays(today, -3);
        long taskForce = past.taskForce();
        long project = past.project(taskForce);
        long series = past.series(taskForce, heldOn);
        // planned ahead: the ladder puts the ticket on it, then the meeting is held (its day moved to the past here)
        long meeting = meetings.plan(series, cal.addWorkingDays(today, 3), dispatch);
        long ticket = past.report(project, TicketCategory.POWER, "临时用电迟迟未接", "临时用电");
        past.assign(ticket);
        escalatedTickets.escalated(ticket, project, "临时用电迟迟未接");
        jdbc.sql("update meeting set held_on = :on where id = :id")
                .param("on", heldOn)
                .param("id", meeting)
                .update();
        // assigned a week before the meeting, due two working days before it, red the day before it
        LocalDate due = cal.addWorkingDays(heldOn, -2);
        // its sign and first-feedback deadlines no later than that (Deadlines caps them)
        jdbc.sql("update ticket_step set at = :at, resolve_by = case when resolve_by is null then null else :due end,"
                        + " sign_by = case when sign_by is null then null else :due end where ticket_id = :id")
                .param("at", Timestamp.from(PastMeetingFixtures.at(heldOn.minusWeeks(1))))
                .param("due", due)
                .param("id", ticket)
                .update();
        jdbc.sql("update ticket set sign_by = :due, feedback_by = :due, resolve_by = :due where id = :id")
                .param("due", due)
                .param("id", ticket)
                .update();
        red(ticket, PastMeetingFixtures.at(cal.addWorkingDays(heldOn, -1)));
        // closed today, after the meeting
        past.step(ticket, "ticket.closed", "IN_PROGRESS", "CLOSED", null, null, null, Instant.now());
        jdbc.sql("update ticket set state = 'CLOSED' where id = :id")
                .param("id", ticket)
                .update();

        ActionProgress onTheDay = new ActionProgress("red-overdue-sign", cal.workingDaysBetween(due, heldOn), heldOn);
        MeetingView held = meetings.find(meeting, dispatch);
        assertThat(ticketProgress(held, ticket)).isEqualTo(onTheDay);

        meetings.confirm(meeting, held.version(), past.user("lead"));
        assertThat(ticketProgress(meetings.find(meeting, dispatch), ticket)).isEqualTo(onTheDay);
    }

    private static ActionProgress ticketProgress(MeetingView meeting, long ticket) {
        return meeting.items().stream()
                .filter(i -> i.source() == AgendaSource.TICKET_RED && i.refId() == ticket)
                .map(i -> meeting.progressOf(i.id()))
                .findFirst()
                .orElseThrow();
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

    /**
     * The action to be done by {@code due}, recorded on {@code day} (its ticket's steps dated back), or today when
     * {@code day} is null.
     */
    private long decidedOn(long action, LocalDate day, LocalDate due) {
        long ticket = jdbc.sql("select ticket_id from meeting_action where id = :id")
                .param("id", action)
                .query(Long.class)
                .single();
        jdbc.sql("update meeting_action set deadline = :due where id = :id")
                .param("due", due)
                .param("id", action)
                .update();
        // the sign and first-feedback deadlines fall no later than the resolve date (Deadlines caps them)
        jdbc.sql("update ticket set sign_by = :due, feedback_by = :due, resolve_by = :due where id = :id")
                .param("due", due)
                .param("id", ticket)
                .update();
        // its assignment's step keeps the dates it set, as the ticket does
        jdbc.sql("update ticket_step set resolve_by = :due, sign_by = case when sign_by is null then null else :due end"
                        + " where ticket_id = :id and resolve_by is not null")
                .param("due", due)
                .param("id", ticket)
                .update();
        if (day != null) {
            jdbc.sql("update ticket_step set at = :at where ticket_id = :id")
                    .param(
                            "at",
                            Timestamp.from(day.atTime(10, 0).atZone(DISTRICT).toInstant()))
                    .param("id", ticket)
                    .update();
        }
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

    private static ActionProgress progress(MeetingView meeting, long action) {
        return meeting.items().stream()
                .filter(i -> i.source() == AgendaSource.OPEN_ACTION && i.refId() == action)
                .map(i -> meeting.progressOf(i.id()))
                .findFirst()
                .orElseThrow();
    }
}

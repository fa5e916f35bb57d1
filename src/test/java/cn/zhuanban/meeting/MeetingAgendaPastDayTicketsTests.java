package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which tickets the agenda of a past meeting day lists is what their timelines say of that day, not where they stand
 * today: a ticket overdue then and closed or given more time since is listed, one reported after the day is not.
 */
@IntegrationTest
class MeetingAgendaPastDayTicketsTests {

    @Autowired
    PastMeetingFixtures past;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTicketOverdueOnThePastMeetingDayIsListedThoughClosedOrExtendedSince() {
        LocalDate heldOn = LocalDate.now(PastMeetingFixtures.DISTRICT).minusWeeks(1);
        long taskForce = past.taskForce();
        long project = past.project(taskForce);
        // both reported and assigned well before the week the first meeting looks back on, due before the meeting
        LocalDate due = heldOn.minusDays(2);
        long closedSince = assignedLongBefore(project, "排水接驳已办结", heldOn, due);
        past.step(closedSince, "ticket.closed", "CLOSED", null, null, null);
        jdbc.sql("update ticket set state = 'CLOSED', closed_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", closedSince)
                .update();
        long extendedSince = assignedLongBefore(project, "临时用电已延期", heldOn, due);
        // signed after the meeting and given a month more: in time today
        LocalDate later = LocalDate.now(PastMeetingFixtures.DISTRICT).plusDays(30);
        past.step(extendedSince, "ticket.signed", "IN_PROGRESS", null, null, null);
        past.step(extendedSince, "ticket.extension-decided", "IN_PROGRESS", "APPROVED", later + " 专线施工", later);
        jdbc.sql("update ticket set state = 'IN_PROGRESS', resolve_by = :later where id = :id")
                .param("later", later)
                .param("id", extendedSince)
                .update();

        List<AgendaItemView> items = past.agenda(taskForce, heldOn);

        assertThat(items)
                .filteredOn(i -> i.source().name().startsWith("TICKET_"))
                .extracting(AgendaItemView::source, AgendaItemView::refId, AgendaItemView::detail)
                .containsExactly(
                        tuple(AgendaSource.TICKET_OVERDUE, closedSince, "ASSIGNED " + due),
                        tuple(AgendaSource.TICKET_OVERDUE, extendedSince, "ASSIGNED " + due));
    }

    @Test
    void aTicketReportedAfterThePastMeetingDayIsNotListed() {
        LocalDate heldOn = LocalDate.now(PastMeetingFixtures.DISTRICT).minusWeeks(1);
        long taskForce = past.taskForce();
        long project = past.project(taskForce);
        long before = past.report(project, "会前上报");
        past.dateBack(before, heldOn.minusDays(1));
        long after = past.report(project, "会后上报");
        past.dateBack(after, heldOn.plusDays(1));

        assertThat(past.agenda(taskForce, heldOn))
                .filteredOn(i -> i.source().name().startsWith("TICKET_"))
                .extracting(AgendaItemView::source, AgendaItemView::refId)
                .containsExactly(tuple(AgendaSource.TICKET_NEW, before));
    }

    /** Reported and assigned ten days before the meeting, to be resolved by {@code due}. */
    private long assignedLongBefore(long project, String title, LocalDate heldOn, LocalDate due) {
        long ticket = past.assigned(project, title);
        past.dateBack(ticket, heldOn.minusDays(10));
        jdbc.sql("update ticket_step set resolve_by = case when resolve_by is null then null else :due end"
                        + " where ticket_id = :id")
                .param("due", due)
                .param("id", ticket)
                .update();
        jdbc.sql("update ticket set resolve_by = :due, sign_by = :due where id = :id")
                .param("due", due)
                .param("id", ticket)
                .update();
        return ticket;
    }
}

package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.MeetingSummary;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.SlaRule;
import cn.zhuanban.ticket.SlaRuleManagement;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo district shows the weekly meeting cycle and daily communication on the first start: last week's meeting
 * confirmed with minutes and two tracked decisions, next week's planned with a built agenda, and recent contacts.
 */
@IntegrationTest
class DemoMeetingsTests {

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DemoUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketLists tickets;

    @Autowired
    SlaRuleManagement slaRules;

    @Autowired
    CalendarManagement calendar;

    @Test
    void lastWeeksMeetingIsConfirmedWithDecisionsAndTheNextIsPlanned() {
        var dispatch = users.as("dispatch");
        SeriesView series = meetings.series(dispatch, "区重点项目调度办三楼会议室", new PageQuery(0, 10)).content().stream()
                .filter(s -> s.place().equals("区重点项目调度办三楼会议室"))
                .findFirst()
                .orElseThrow();
        List<MeetingSummary> held =
                meetings.meetingsOf(series.id(), dispatch, new PageQuery(0, 10)).content();
        LocalDate today = LocalDate.now(clock);
        MeetingView last = meetings.find(
                held.stream()
                        .filter(m -> m.heldOn().isBefore(today))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                dispatch);
        assertThat(last.confirmed()).isTrue();
        assertThat(last.attendees()).contains("侯明远");
        assertThat(last.decisions()).hasSize(2);
        // Their tickets were assigned at the meeting, not on the day the demo was seeded.
        for (var action : last.decisions()) {
            assertThat(jdbc.sql("select assigned_on from ticket where id = :id")
                            .param("id", action.ticketId())
                            .query(LocalDate.class)
                            .single())
                    .isEqualTo(last.heldOn());
        }
        assertThat(last.items())
                .anyMatch(i -> i.minutes() != null && i.minutes().contains("10 千伏专线"));
        // each minute on the item it speaks of: the water-pipe item once carried a fire-inspection minute
        assertThat(last.items())
                .filteredOn(i -> i.minutes() != null && !i.minutes().isBlank())
                .isNotEmpty()
                .allSatisfy(i -> {
                    if (i.minutes().contains("10 千伏专线")) {
                        assertThat(i.title()).contains("用电");
                    } else {
                        assertThat(i.title()).contains("供水管网");
                        assertThat(i.minutes()).contains("接驳").doesNotContain("消防");
                    }
                });
        MeetingView next = meetings.find(
                held.stream()
                        .filter(m -> m.heldOn().isAfter(today))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                dispatch);
        assertThat(next.confirmed()).isFalse();
        assertThat(next.items()).isNotEmpty();
    }

    /**
     * Seeded a week after the meeting, the actions' sign and first-feedback deadlines are counted from the meeting by
     * the SLA terms (never after the meeting's resolve date), not from the seeding day: the sheet must not read
     * "assigned last Monday, sign by tomorrow". Holds whatever day the demo is seeded on.
     */
    @Test
    void theMeetingsTicketsHaveTheirDeadlinesCountedFromTheMeeting() {
        var dispatch = users.as("dispatch");
        // Only the demo series' actions: other tests in the shared context assign meeting actions today.
        List<Long> ids = jdbc.sql("""
                        select a.ticket_id from meeting_action a
                        join meeting m on m.id = a.meeting_id
                        join meeting_series s on s.id = m.series_id
                        where a.ticket_id is not null and s.place = :place and m.held_on < :today
                        """)
                .param("place", "区重点项目调度办三楼会议室")
                .param("today", LocalDate.now(clock))
                .query(Long.class)
                .list();
        assertThat(ids).isNotEmpty();
        WorkingCalendar cal = calendar.administrative();
        for (long id : ids) {
            TicketView t = tickets.find(id, dispatch);
            SlaRule terms = termsOf(t);
            assertThat(t.assignedOn()).isBefore(LocalDate.now(clock));
            assertThat(t.signBy()).isEqualTo(capped(cal.addWorkingDays(t.assignedOn(), terms.signDays()), t));
            assertThat(t.feedbackBy()).isEqualTo(capped(cal.addWorkingDays(t.assignedOn(), terms.feedbackDays()), t));
        }
    }

    private SlaRule termsOf(TicketView t) {
        List<SlaRule> rules = slaRules.all().stream()
                .filter(r -> r.severity() == t.severity())
                .toList();
        return rules.stream()
                .filter(r -> r.category() == t.category())
                .findFirst()
                .orElseGet(() -> rules.stream()
                        .filter(r -> r.category() == null)
                        .findFirst()
                        .orElseThrow());
    }

    private static LocalDate capped(LocalDate counted, TicketView t) {
        return counted.isAfter(t.resolveBy()) ? t.resolveBy() : counted;
    }

    @Test
    void theContactLogHasTheTaskForcesRecentCalls() throws Exception {
        assertThat(WebTestSupport.page(mvc, "dispatch", "/contacts")).contains("走访企业，了解用工需求");
    }

    @Test
    void theMeetingsTicketsAreReportedInTheMonthTheyWereAssigned() {
        List<String> mismatched = jdbc
                .sql("select t.id || ' ' || t.reported_month || ' ' || t.assigned_on from ticket t"
                        + " join meeting_action a on a.ticket_id = t.id")
                .query(String.class)
                .list()
                .stream()
                .filter(row -> {
                    String[] parts = row.split(" ");
                    return !parts[2].startsWith(parts[1]);
                })
                .toList();
        assertThat(mismatched).isEmpty();
    }
}

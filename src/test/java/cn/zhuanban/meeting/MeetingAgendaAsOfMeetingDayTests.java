package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.ticket.TicketCategory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A meeting's agenda holds what was known by the end of the meeting day, whenever it is built: last week's meeting,
 * planned today (as the demo does on the day it seeds the district), does not list today's ticket, today's red card or
 * the light the project got today; the next meeting does. The light of a past day is the history of lights' (see
 * {@link MeetingAgendaPastDayTests} for a day before it).
 */
@IntegrationTest
class MeetingAgendaAsOfMeetingDayTests {

    private static final ZoneId DISTRICT = PastMeetingFixtures.DISTRICT;

    @Autowired
    PastMeetingFixtures past;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    JdbcClient jdbc;

    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        dispatch = past.user("dispatch");
    }

    @Test
    void eventsAfterTheMeetingDayWaitForTheNextMeeting() {
        LocalDate today = LocalDate.now(DISTRICT);
        LocalDate lastWeek = today.minusWeeks(1);
        long taskForce = past.taskForce();
        long project = past.project(taskForce);
        // registered well before last week: its light of that day is known (green), not today's carried back
        jdbc.sql("update project set created_at = :at where id = :id")
                .param(
                        "at",
                        Timestamp.from(
                                lastWeek.minusDays(40).atStartOfDay(DISTRICT).toInstant()))
                .param("id", project)
                .update();

        // known by last week's meeting: a ticket reported two days before it
        long before = ticket(project, "临时用水管网未接通", lastWeek.minusDays(2).atTime(10, 0));
        // after it: a ticket reported today, an old ticket the ladder carded red today, the project lit today
        long after = ticket(project, "专线送电滞后", null);
        long carded = ticket(project, "绿化迁移问题", lastWeek.minusDays(30).atTime(10, 0));
        jdbc.sql("update ticket set card = 'RED' where id = :id")
                .param("id", carded)
                .update();
        jdbc.sql("insert into ticket_escalation (ticket_id, round, step, at, due_on) values (:id, 1, 'RED', :at, :on)")
                .param("id", carded)
                .param("at", Timestamp.from(Instant.now()))
                .param("on", today)
                .update();
        // the reports' steps re-judge the project's light after commit: set red only once they have, or they undo it
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and listener_id = 'schedule.ticket-step-light'"
                                        + " and serialized_event like :project")
                                .param("project", "%\"projectId\":" + project + ",%")
                                .query(Long.class)
                                .single()
                        == 0);
        lighting.setLight(project, StatusLight.RED, "要素保障滞后");

        long series = past.series(taskForce, lastWeek);
        long held;
        // the history of lights tells the project's light last week: green, the red came today
        try (LightHistoryFrom history = LightHistoryFrom.day(jdbc, lastWeek.minusDays(30))) {
            held = meetings.plan(series, lastWeek, dispatch);
        }
        long next = meetings.plan(series, today.plusWeeks(1), dispatch);

        assertThat(items(held))
                .extracting(AgendaItemView::source, AgendaItemView::refId)
                .contains(tuple(AgendaSource.TICKET_NEW, before))
                .doesNotContain(tuple(AgendaSource.TICKET_NEW, after), tuple(AgendaSource.PROJECT_LIGHT, project))
                .noneMatch(t -> carded == (Long) t.toList().get(1))
                .noneMatch(t -> project == (Long) t.toList().get(1));
        assertThat(items(next))
                .extracting(AgendaItemView::source, AgendaItemView::refId)
                .contains(
                        tuple(AgendaSource.TICKET_NEW, after),
                        tuple(AgendaSource.TICKET_RED, carded),
                        tuple(AgendaSource.PROJECT_LIGHT, project))
                .doesNotContain(tuple(AgendaSource.TICKET_NEW, before));
    }

    private List<AgendaItemView> items(long id) {
        return meetings.find(id, dispatch).items();
    }

    /** A ticket reported now, or dated back to {@code reportedAt} (district time). */
    private long ticket(long project, String title, java.time.LocalDateTime reportedAt) {
        long id = past.report(project, TicketCategory.OTHER, title, title);
        if (reportedAt != null) {
            jdbc.sql("update ticket set created_at = :at where id = :id")
                    .param("at", Timestamp.from(reportedAt.atZone(DISTRICT).toInstant()))
                    .param("id", id)
                    .update();
        }
        return id;
    }
}

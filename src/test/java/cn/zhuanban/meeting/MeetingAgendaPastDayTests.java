package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.ticket.TicketCategory;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agenda of a past meeting day, planned afterwards, says what was true on that day: a project's light is the one
 * the history of lights gives for it (green since or red since, it was listed as it was), and before that history
 * today's light, said to be today's; a ticket's state and resolve date are those its timeline had then.
 */
@IntegrationTest
class MeetingAgendaPastDayTests {

    private static final ZoneId DISTRICT = PastMeetingFixtures.DISTRICT;

    @Autowired
    PastMeetingFixtures past;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        dispatch = past.user("dispatch");
    }

    @Test
    void aProjectIsListedWithTheLightItHadOnThePastMeetingDay() {
        LocalDate heldOn = LocalDate.now(DISTRICT).minusWeeks(1);
        long taskForce = past.taskForce();
        // red long before the meeting, green since; yellow just before it, red since; green then, red since
        long greenSince = past.project(taskForce);
        lit(greenSince, StatusLight.RED, heldOn.minusDays(20));
        lit(greenSince, StatusLight.GREEN, heldOn.plusDays(2));
        long redSince = past.project(taskForce);
        lit(redSince, StatusLight.YELLOW, heldOn.minusDays(3));
        lit(redSince, StatusLight.RED, heldOn.plusDays(1));
        long litLater = past.project(taskForce);
        lit(litLater, StatusLight.RED, heldOn.plusDays(1));
        for (long project : List.of(greenSince, redSince, litLater)) {
            registered(project, heldOn.minusDays(30));
        }
        // registered after the meeting day (as a demo district or a generated province is): no light of that day
        long registeredSince = past.project(taskForce);
        lighting.setLight(registeredSince, StatusLight.RED, "要素保障滞后");

        List<AgendaItemView> items;
        try (LightHistoryFrom history = LightHistoryFrom.day(jdbc, heldOn.minusDays(60))) {
            items = meetings.find(meetings.plan(past.series(taskForce, heldOn), heldOn, dispatch), dispatch)
                    .items();
        }

        assertThat(items)
                .filteredOn(i -> i.source().name().startsWith("PROJECT_LIGHT"))
                .extracting(AgendaItemView::source, AgendaItemView::refId, AgendaItemView::detail)
                .containsExactly(
                        // turned within the week before the first meeting (today's red first), then lit from before it
                        tuple(
                                AgendaSource.PROJECT_LIGHT,
                                registeredSince,
                                "RED " + LocalDate.now(DISTRICT) + " CURRENT"),
                        tuple(AgendaSource.PROJECT_LIGHT, redSince, "YELLOW " + heldOn.minusDays(3)),
                        tuple(AgendaSource.PROJECT_LIGHT_STILL, greenSince, "RED " + heldOn.minusDays(20)));
    }

    @Test
    void beforeTheHistoryOfLightsAProjectKeepsTodaysLightAndTheAgendaSaysItIsTodays() throws Exception {
        // a meeting day before the history of lights started (the day the database was migrated)
        LocalDate heldOn = lighting.lightHistorySince().orElseThrow().minusWeeks(1);
        LocalDate today = LocalDate.now(DISTRICT);
        long taskForce = past.taskForce();
        long litToday = past.project(taskForce);
        lighting.setLight(litToday, StatusLight.RED, "要素保障滞后");
        long litBefore = past.project(taskForce);
        lighting.setLight(litBefore, StatusLight.YELLOW, "进度滞后");
        jdbc.sql("update project set light_changed_at = :at where id = :id")
                .param("at", Timestamp.from(PastMeetingFixtures.at(heldOn.minusDays(20))))
                .param("id", litBefore)
                .update();

        long meeting = meetings.plan(past.series(taskForce, heldOn), heldOn, dispatch);

        assertThat(meetings.find(meeting, dispatch).items())
                .filteredOn(i -> i.source().name().startsWith("PROJECT_LIGHT"))
                .extracting(AgendaItemView::source, AgendaItemView::refId, AgendaItemView::detail)
                .containsExactly(
                        tuple(AgendaSource.PROJECT_LIGHT, litToday, "RED " + today + " CURRENT"),
                        tuple(AgendaSource.PROJECT_LIGHT_STILL, litBefore, "YELLOW " + heldOn.minusDays(20)));
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + meeting))
                .contains("红灯，" + today + "亮灯（会议当日无亮灯历史记录，为编排议程时的当前亮灯）")
                .contains("黄灯，" + heldOn.minusDays(20) + "亮灯")
                .doesNotContain(" CURRENT");
    }

    @Test
    void aTicketReadsInTheStateAndWithTheResolveDateItHadOnThePastMeetingDay() {
        LocalDate heldOn = LocalDate.now(DISTRICT).minusWeeks(1);
        long taskForce = past.taskForce();
        long project = past.project(taskForce);
        long ticket = past.report(project, TicketCategory.POWER, "临时用电迟迟未接", "临时用电");
        past.assign(ticket);
        // reported and assigned three days before the meeting, to be resolved the day before it
        LocalDate due = heldOn.minusDays(1);
        jdbc.sql("update ticket_step set at = :at, resolve_by = case when resolve_by is null then null else :due end"
                        + " where ticket_id = :id")
                .param("at", Timestamp.from(PastMeetingFixtures.at(heldOn.minusDays(3))))
                .param("due", due)
                .param("id", ticket)
                .update();
        jdbc.sql("update ticket set created_at = :at, resolve_by = :due where id = :id")
                .param("at", Timestamp.from(PastMeetingFixtures.at(heldOn.minusDays(3))))
                .param("due", due)
                .param("id", ticket)
                .update();
        // after the meeting: signed, and given a month more
        LocalDate later = LocalDate.now(DISTRICT).plusDays(30);
        past.step(ticket, "ticket.signed", "IN_PROGRESS", null, null, null);
        past.step(ticket, "ticket.extension-decided", "IN_PROGRESS", "APPROVED", later + " 专线施工", later);
        jdbc.sql("update ticket set state = 'IN_PROGRESS', resolve_by = :later where id = :id")
                .param("later", later)
                .param("id", ticket)
                .update();

        List<AgendaItemView> items = past.agenda(taskForce, heldOn);

        // overdue on the meeting day, whatever the extension granted since says
        assertThat(items)
                .filteredOn(i -> i.source().name().startsWith("TICKET_") && i.refId() == ticket)
                .extracting(AgendaItemView::source, AgendaItemView::detail)
                .containsExactly(tuple(AgendaSource.TICKET_OVERDUE, "ASSIGNED " + due));
    }

    /** The project's light set to {@code light}, the change dated back to ten in the morning of {@code day}. */
    private void lit(long project, StatusLight light, LocalDate day) {
        lighting.setLight(project, light, light == StatusLight.GREEN ? null : "研判" + light);
        jdbc.sql("""
                        update project_light_change set changed_at = :at, on_day = :day
                        where id = (select max(id) from project_light_change where project_id = :id)""")
                .param("at", Timestamp.from(PastMeetingFixtures.at(day)))
                .param("day", day)
                .param("id", project)
                .update();
        jdbc.sql("update project set light_changed_at = :at where id = :id")
                .param("at", Timestamp.from(PastMeetingFixtures.at(day)))
                .param("id", project)
                .update();
    }

    private void registered(long project, LocalDate day) {
        jdbc.sql("update project set created_at = :at where id = :id")
                .param("at", Timestamp.from(PastMeetingFixtures.at(day)))
                .param("id", project)
                .update();
    }
}

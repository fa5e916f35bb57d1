package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.notification.NotificationFixtures;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketEscalated;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketSeverity;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A meeting planned a week ahead follows the data until it is held: the reasons of its generated items are those of
 * today, new items come at the end, and what people did to the agenda (their own items, order, minutes, removals)
 * stays. A ticket that reaches the meeting step of the escalation ladder goes on the next planned meeting.
 */
@IntegrationTest
class MeetingAgendaFollowsDataTests {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    EscalatedTickets escalatedTickets;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    TicketManagement tickets;

    @Autowired
    UserDirectory directory;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    ServiceFixtures fx;
    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
    }

    @Test
    void theAgendaOfAMeetingStillToBeHeldFollowsTheDataAndKeepsWhatPeopleDid() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = project(taskForce);
        lighting.setLight(project, StatusLight.YELLOW, "要素保障滞后");
        LocalDate heldOn = calendar.addWorkingDays(LocalDate.now(DISTRICT), 5);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, heldOn.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        long id = meetings.plan(series, heldOn, dispatch);
        AgendaItemView light = projectItem(id, project);
        assertThat(light.detail()).startsWith("YELLOW");
        int v = meetings.find(id, dispatch).version();
        meetings.recordMinutes(id, light.id(), "区发改委汇报要素保障", v++, dispatch);
        meetings.addItem(id, "补充议题：施工许可", v++, dispatch);
        long manual = items(id).getLast().id();
        meetings.moveItem(id, manual, true, v++, dispatch);
        List<Long> order = items(id).stream().map(AgendaItemView::id).toList();

        // a ticket gets a red card and the project turns red after the meeting was planned
        long ticket = tickets.report(
                new ReportCommand(project, TicketCategory.OTHER, "专线送电滞后", "专线送电滞后", TicketSeverity.NORMAL),
                List.of(),
                dispatch);
        jdbc.sql("update ticket set card = 'RED' where id = :id")
                .param("id", ticket)
                .update();
        // the report's step re-judges the project's light after commit: set red only once it has, or it undoes it
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and listener_id = 'schedule.ticket-step-light'"
                                        + " and serialized_event like :project")
                                // this project's only: another test's publication still in hand must not hold it up
                                .param("project", "%\"projectId\":" + project + ",%")
                                .query(Long.class)
                                .single()
                        == 0);
        lighting.setLight(project, StatusLight.RED, "红牌工单");

        // opening the page shows the stored agenda and says that the data gives another one; it changes nothing
        List<AgendaItemView> before = items(id);
        assertThat(open(id)).contains("id=\"agenda-behind\"", "id=\"agenda-refresh\"");
        assertThat(items(id)).isEqualTo(before);

        // the page the refresh comes back to says what it changed: the new ticket added, the light's reason updated
        String page = refresh(id, "dispatch");
        assertThat(page).doesNotContain("id=\"agenda-behind\"");
        assertThat(page).contains("id=\"agenda-refreshed\"").contains("议程已刷新：新增 1 项，更新 ");
        assertThat(open(id)).doesNotContain("id=\"agenda-refreshed\"");
        AgendaItemView now = projectItem(id, project);
        assertThat(now.id()).isEqualTo(light.id());
        assertThat(now.detail()).startsWith("RED");
        assertThat(now.minutes()).isEqualTo("区发改委汇报要素保障");
        assertThat(page).contains("红灯").contains("#" + ticket + " 专线送电滞后");
        List<AgendaItemView> after = items(id);
        // what people arranged keeps its order; the new ticket comes at the end
        assertThat(after.stream().map(AgendaItemView::id).toList()).startsWith(order.toArray(Long[]::new));
        assertThat(after.getLast().refId()).isEqualTo(ticket);
        assertThat(after.getLast().source()).isEqualTo(AgendaSource.TICKET_RED);
        // refreshing again with the same data changes nothing, and says so
        assertThat(refresh(id, "dispatch")).contains("议程已刷新：已是最新数据，没有变化。");
        assertThat(items(id)).isEqualTo(after);

        // an item staff took off does not come back while the data still gives it
        meetings.removeItem(
                id, after.getLast().id(), meetings.find(id, dispatch).version(), dispatch);
        refresh(id, "dispatch");
        assertThat(items(id)).noneMatch(i -> ticketItem(i, ticket));
        // the project back to green: its item stays, it has minutes
        lighting.setLight(project, StatusLight.GREEN, "已解决");
        refresh(id, "dispatch");
        assertThat(items(id)).anyMatch(i -> i.id() == light.id());
        assertThat(items(id)).anyMatch(i -> i.id() == manual);
    }

    @Test
    void aMeetingAlreadyHeldKeepsTheAgendaOfItsDay() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = project(taskForce);
        lighting.setLight(project, StatusLight.YELLOW, "要素保障滞后");
        LocalDate heldOn = calendar.administrative().previousWorkingDay(LocalDate.now(DISTRICT));
        // yellow since the day before the meeting: the agenda holds only what was known by its day
        jdbc.sql("update project set light_changed_at = :at where id = :id")
                .param(
                        "at",
                        Timestamp.from(heldOn.minusDays(1)
                                .atTime(10, 0)
                                .atZone(DISTRICT)
                                .toInstant()))
                .param("id", project)
                .update();
        long series = meetings.createSeries(
                new SeriesForm(taskForce, heldOn.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        long id = meetings.plan(series, heldOn, dispatch);
        lighting.setLight(project, StatusLight.RED, "红牌工单");
        // no refresh offered, and one posted all the same is refused beside the agenda
        assertThat(open(id)).doesNotContain("id=\"agenda-refresh\"", "id=\"agenda-behind\"");
        assertThat(mvc.perform(post("/meetings/" + id + "/agenda/refresh")
                                .session(WebTestSupport.login(mvc, "dispatch"))
                                .with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("会议已于 " + heldOn + " 召开");
        assertThat(projectItem(id, project).detail()).startsWith("YELLOW");
    }

    /**
     * Reading a draft writes nothing, whoever reads it: the page used to refresh the agenda on every GET, which wrote
     * the agenda and the audit log, locked the meeting (two readers at once waited on each other) and let a reader who
     * may only look cause writes. The refresh is a POST of those who may edit the meeting.
     */
    @Test
    void readingADraftChangesNothingAndOnlyAnEditorRefreshesIt() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = project(taskForce);
        lighting.setLight(project, StatusLight.YELLOW, "要素保障滞后");
        LocalDate heldOn = calendar.addWorkingDays(LocalDate.now(DISTRICT), 5);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, heldOn.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        long id = meetings.plan(series, heldOn, dispatch);
        lighting.setLight(project, StatusLight.RED, "红牌工单");
        List<AgendaItemView> stored = items(id);
        int version = meetings.find(id, dispatch).version();

        for (String reader : List.of("dispatch", "supervisor")) {
            mvc.perform(get("/meetings/" + id).session(WebTestSupport.login(mvc, reader)))
                    .andExpect(status().isOk());
            mvc.perform(get("/meetings/" + id + "/agenda.docx").session(WebTestSupport.login(mvc, reader)))
                    .andExpect(status().isOk());
        }
        // the reader is offered no refresh, and one posted all the same is refused
        assertThat(WebTestSupport.page(mvc, "supervisor", "/meetings/" + id))
                .doesNotContain("id=\"agenda-refresh\"", "id=\"agenda-behind\"");
        mvc.perform(post("/meetings/" + id + "/agenda/refresh")
                        .session(WebTestSupport.login(mvc, "supervisor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // a refresh without the CSRF token is refused too
        mvc.perform(post("/meetings/" + id + "/agenda/refresh").session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isForbidden());
        assertThat(items(id)).isEqualTo(stored);
        assertThat(projectItem(id, project).detail()).startsWith("YELLOW");
        assertThat(meetings.find(id, dispatch).version()).isEqualTo(version);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> refreshes(id) == 0);

        // the editor's refresh brings it up to date, audited once, and leaves the version of everyone's open forms
        refresh(id, "dispatch");
        assertThat(projectItem(id, project).detail()).startsWith("RED");
        assertThat(meetings.find(id, dispatch).version()).isEqualTo(version);
        await().atMost(Duration.ofSeconds(10)).until(() -> refreshes(id) == 1);
    }

    private long refreshes(long id) {
        return jdbc.sql("""
                        select count(*) from audit_record
                        where action = 'meeting.agenda-refreshed' and entity_type = 'meeting' and entity_id = :id""").param("id", Long.toString(id)).query(Long.class).single();
    }

    /** Refreshes the agenda and answers the page the refresh comes back to. */
    private String refresh(long id, String user) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, user);
        MvcResult refreshed = mvc.perform(post("/meetings/" + id + "/agenda/refresh")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings/" + id))
                .andReturn();
        return mvc.perform(get("/meetings/" + id).session(session).flashAttrs(refreshed.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aTicketEscalatedToTheMeetingGoesOnTheNextPlannedMeetingOnce() {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = project(taskForce);
        LocalDate today = LocalDate.now(DISTRICT);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, today.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        long next = meetings.plan(series, calendar.addWorkingDays(today, 3), dispatch);
        long later = meetings.plan(series, calendar.addWorkingDays(today, 8), dispatch);
        long ticket = tickets.report(
                new ReportCommand(project, TicketCategory.OTHER, "用地红线复核", "用地红线复核", TicketSeverity.NORMAL),
                List.of(),
                dispatch);
        assertThat(items(next)).noneMatch(i -> ticketItem(i, ticket));

        NotificationFixtures events = new NotificationFixtures(context);
        TicketEscalated escalated = new TicketEscalated(
                Actor.of(Actor.SYSTEM),
                ticket,
                EscalationLevel.MEETING,
                project,
                null,
                null,
                "用地红线复核",
                today.minusDays(7));
        events.publish(escalated);
        await().atMost(Duration.ofSeconds(10)).until(() -> items(next).stream().anyMatch(i -> ticketItem(i, ticket)));
        assertThat(items(next))
                .filteredOn(i -> ticketItem(i, ticket))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.source()).isEqualTo(AgendaSource.TICKET_RED);
                    assertThat(i.title()).endsWith("#" + ticket + " 用地红线复核");
                });
        // once: delivered again, it is not listed twice; the meeting after the next is not the next
        escalatedTickets.escalated(ticket, project, "用地红线复核");
        assertThat(items(next)).filteredOn(i -> ticketItem(i, ticket)).hasSize(1);
        assertThat(items(later)).noneMatch(i -> ticketItem(i, ticket));
        // a lower step of the ladder does not
        long other = tickets.report(
                new ReportCommand(project, TicketCategory.OTHER, "临时用电", "临时用电", TicketSeverity.NORMAL),
                List.of(),
                dispatch);
        events.publish(new TicketEscalated(
                Actor.of(Actor.SYSTEM), other, EscalationLevel.LEAD_OFFICIAL, project, null, null, "临时用电", today));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> items(next).stream().noneMatch(i -> ticketItem(i, other)));
    }

    private static boolean ticketItem(AgendaItemView i, long ticket) {
        return i.refId() != null
                && i.refId() == ticket
                && (i.source() == AgendaSource.TICKET_RED
                        || i.source() == AgendaSource.TICKET_NEW
                        || i.source() == AgendaSource.TICKET_OVERDUE);
    }

    private String open(long id) throws Exception {
        return mvc.perform(get("/meetings/" + id).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<AgendaItemView> items(long id) {
        return meetings.find(id, dispatch).items();
    }

    private AgendaItemView projectItem(long id, long project) {
        return items(id).stream()
                .filter(i ->
                        (i.source() == AgendaSource.PROJECT_LIGHT || i.source() == AgendaSource.PROJECT_LIGHT_STILL)
                                && i.refId() == project)
                .findFirst()
                .orElseThrow();
    }

    private long project(long taskForce) {
        return projects.create(new ProjectForm(
                TestCodes.unique("议程跟随项目"),
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

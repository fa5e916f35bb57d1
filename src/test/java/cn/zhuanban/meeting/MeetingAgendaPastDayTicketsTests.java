package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.ticket.MoveCommand;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketSeverity;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which tickets the agenda of a past meeting day lists is what their timelines say of that day, not where they stand
 * today: a ticket overdue then and closed or given more time since is listed, one reported after the day is not.
 */
@IntegrationTest
class MeetingAgendaPastDayTicketsTests {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    MeetingManagement meetings;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    TicketManagement tickets;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    UserDirectory directory;

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
    void aTicketOverdueOnThePastMeetingDayIsListedThoughClosedOrExtendedSince() {
        LocalDate heldOn = LocalDate.now(DISTRICT).minusWeeks(1);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = project(taskForce);
        // both reported and assigned well before the week the first meeting looks back on, due before the meeting
        LocalDate due = heldOn.minusDays(2);
        long closedSince = assignedLongBefore(project, "排水接驳已办结", heldOn, due);
        step(closedSince, "ticket.closed", "CLOSED", null, null, null);
        jdbc.sql("update ticket set state = 'CLOSED', closed_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", closedSince)
                .update();
        long extendedSince = assignedLongBefore(project, "临时用电已延期", heldOn, due);
        // signed after the meeting and given a month more: in time today
        LocalDate later = LocalDate.now(DISTRICT).plusDays(30);
        step(extendedSince, "ticket.signed", "IN_PROGRESS", null, null, null);
        step(extendedSince, "ticket.extension-decided", "IN_PROGRESS", "APPROVED", later + " 专线施工", later);
        jdbc.sql("update ticket set state = 'IN_PROGRESS', resolve_by = :later where id = :id")
                .param("later", later)
                .param("id", extendedSince)
                .update();

        List<AgendaItemView> items = agenda(taskForce, heldOn);

        assertThat(items)
                .filteredOn(i -> i.source().name().startsWith("TICKET_"))
                .extracting(AgendaItemView::source, AgendaItemView::refId, AgendaItemView::detail)
                .containsExactly(
                        tuple(AgendaSource.TICKET_OVERDUE, closedSince, "ASSIGNED " + due),
                        tuple(AgendaSource.TICKET_OVERDUE, extendedSince, "ASSIGNED " + due));
    }

    @Test
    void aTicketReportedAfterThePastMeetingDayIsNotListed() {
        LocalDate heldOn = LocalDate.now(DISTRICT).minusWeeks(1);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = project(taskForce);
        long before = report(project, "会前上报");
        dateBack(before, heldOn.minusDays(1));
        long after = report(project, "会后上报");
        dateBack(after, heldOn.plusDays(1));

        assertThat(agenda(taskForce, heldOn))
                .filteredOn(i -> i.source().name().startsWith("TICKET_"))
                .extracting(AgendaItemView::source, AgendaItemView::refId)
                .containsExactly(tuple(AgendaSource.TICKET_NEW, before));
    }

    private List<AgendaItemView> agenda(long taskForce, LocalDate heldOn) {
        long series = meetings.createSeries(
                new SeriesForm(taskForce, heldOn.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        return meetings.find(meetings.plan(series, heldOn, dispatch), dispatch).items();
    }

    /** Reported and assigned ten days before the meeting, to be resolved by {@code due}. */
    private long assignedLongBefore(long project, String title, LocalDate heldOn, LocalDate due) {
        long ticket = report(project, title);
        tickets.act(
                ticket,
                TicketMove.ASSIGN,
                new MoveCommand(
                        departments.findByCode("GD").orElseThrow().id(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                dispatch);
        dateBack(ticket, heldOn.minusDays(10));
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

    private long report(long project, String title) {
        return tickets.report(
                new ReportCommand(project, TicketCategory.POWER, title, title, TicketSeverity.NORMAL),
                List.of(),
                dispatch);
    }

    /** The ticket and every step of its timeline so far dated back to ten in the morning of {@code day}. */
    private void dateBack(long ticket, LocalDate day) {
        Timestamp at = Timestamp.from(at(day));
        jdbc.sql("update ticket_step set at = :at where ticket_id = :id")
                .param("at", at)
                .param("id", ticket)
                .update();
        jdbc.sql("update ticket set created_at = :at where id = :id")
                .param("at", at)
                .param("id", ticket)
                .update();
    }

    /** A step of the ticket's timeline taken now. */
    private void step(long ticket, String action, String toState, String result, String detail, LocalDate resolveBy) {
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_name, from_state, to_state, at,
                                                 result_code, detail, resolve_by)
                        select :id, max(step) + 1, :action, '调度办', 'ASSIGNED', :to, :at, :result, :detail, :by
                        from ticket_step where ticket_id = :id""")
                .param("id", ticket)
                .param("action", action)
                .param("to", toState)
                .param("at", Timestamp.from(Instant.now()))
                .param("result", result)
                .param("detail", detail)
                .param("by", resolveBy)
                .update();
    }

    private static Instant at(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(DISTRICT).toInstant();
    }

    private long project(long taskForce) {
        return projects.create(new ProjectForm(
                TestCodes.unique("议程往日工单项目"),
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

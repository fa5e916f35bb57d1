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
 * A past meeting's agenda judges "not signed in time" by the sign deadline the ticket had on the meeting day, which the
 * assignment's step keeps (V193), not by today's: a reassignment since sets a later one, and the agenda of the day the
 * department sat on the ticket unsigned once left it out.
 */
@IntegrationTest
class MeetingAgendaPastDaySignByTests {

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
    void anAssignmentKeepsTheSignDeadlineItSetWithItsStep() {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long ticket = assigned(project(taskForce), "签收期限随步骤保存");

        LocalDate kept = jdbc.sql(
                        "select sign_by from ticket_step where ticket_id = :id and action = 'ticket.assigned'")
                .param("id", ticket)
                .query(LocalDate.class)
                .single();

        assertThat(kept)
                .isNotNull()
                .isEqualTo(jdbc.sql("select sign_by from ticket where id = :id")
                        .param("id", ticket)
                        .query(LocalDate.class)
                        .single());
    }

    @Test
    void aTicketUnsignedPastItsSignDeadlineOnThePastMeetingDayIsListedThoughReassignedSince() {
        LocalDate heldOn = LocalDate.now(DISTRICT).minusWeeks(1);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = project(taskForce);
        // assigned ten days before the meeting, to be signed two days before it and resolved well after it
        long ticket = assigned(project, "迁改管线未签收");
        LocalDate signBy = heldOn.minusDays(2);
        LocalDate resolveBy = heldOn.plusDays(20);
        dateBack(ticket, heldOn.minusDays(10));
        jdbc.sql("update ticket_step set sign_by = :sign, resolve_by = :resolve"
                        + " where ticket_id = :id and action = 'ticket.assigned'")
                .param("sign", signBy)
                .param("resolve", resolveBy)
                .param("id", ticket)
                .update();
        // reassigned after the meeting: today's sign deadline is a later one
        LocalDate signAgainBy = LocalDate.now(DISTRICT).plusDays(3);
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_name, from_state, to_state, at,
                                                 resolve_by, sign_by)
                        select :id, max(step) + 1, 'ticket.reassigned', '调度办', 'RETURN_REQUESTED', 'ASSIGNED', :at,
                               :resolve, :sign
                        from ticket_step where ticket_id = :id""")
                .param("id", ticket)
                .param("at", Timestamp.from(Instant.now()))
                .param("resolve", resolveBy)
                .param("sign", signAgainBy)
                .update();
        jdbc.sql("update ticket set sign_by = :sign, resolve_by = :resolve where id = :id")
                .param("sign", signAgainBy)
                .param("resolve", resolveBy)
                .param("id", ticket)
                .update();

        assertThat(agenda(taskForce, heldOn))
                .filteredOn(i -> i.source().name().startsWith("TICKET_"))
                .extracting(AgendaItemView::source, AgendaItemView::refId, AgendaItemView::detail)
                .containsExactly(tuple(AgendaSource.TICKET_OVERDUE, ticket, "ASSIGNED " + resolveBy));
    }

    private List<AgendaItemView> agenda(long taskForce, LocalDate heldOn) {
        long series = meetings.createSeries(
                new SeriesForm(taskForce, heldOn.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        return meetings.find(meetings.plan(series, heldOn, dispatch), dispatch).items();
    }

    private long assigned(long project, String title) {
        long ticket = tickets.report(
                new ReportCommand(project, TicketCategory.POWER, title, title, TicketSeverity.NORMAL),
                List.of(),
                dispatch);
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
        return ticket;
    }

    /** The ticket and every step of its timeline so far dated back to ten in the morning of {@code day}. */
    private void dateBack(long ticket, LocalDate day) {
        Timestamp at = Timestamp.from(
                LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(DISTRICT).toInstant());
        jdbc.sql("update ticket_step set at = :at where ticket_id = :id")
                .param("at", at)
                .param("id", ticket)
                .update();
        jdbc.sql("update ticket set created_at = :at where id = :id")
                .param("at", at)
                .param("id", ticket)
                .update();
    }

    private long project(long taskForce) {
        return projects.create(new ProjectForm(
                TestCodes.unique("议程签收期限项目"),
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

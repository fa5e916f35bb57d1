package cn.zhuanban.meeting;

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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the tests of meetings held on a past day stand on: a task force of their own with a project under construction,
 * its weekly series and the agenda planned for a day, tickets reported and assigned as the dispatch centre does, and
 * their timelines dated back in SQL (the services date everything now). A bean of the shared test context, so that
 * each test class asks for one thing instead of the services behind it.
 */
@Component
class PastMeetingFixtures {

    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private final ServiceFixtures fx;
    private final ProjectManagement projects;
    private final MeetingManagement meetings;
    private final TicketManagement tickets;
    private final DepartmentManagement departments;
    private final JdbcClient jdbc;

    PastMeetingFixtures(
            EnterpriseManagement enterprises,
            TaskForceManagement taskForces,
            ProjectManagement projects,
            UserDirectory directory,
            MeetingManagement meetings,
            TicketManagement tickets,
            DepartmentManagement departments,
            JdbcClient jdbc) {
        this.fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        this.projects = projects;
        this.meetings = meetings;
        this.tickets = tickets;
        this.departments = departments;
        this.jdbc = jdbc;
    }

    /** A demo user with every permission (see {@link ServiceFixtures#user}). */
    CurrentUser user(String username) {
        return fx.user(username);
    }

    /** A new task force with the demo task-force member as its chief service officer. */
    long taskForce() {
        return fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
    }

    /** A project under construction of a new enterprise, led by the demo lead official, in {@code taskForce}. */
    long project(long taskForce) {
        return projects.create(new ProjectForm(
                TestCodes.unique("议程往日项目"),
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

    /** The task force's weekly series, meeting on {@code day}'s weekday. */
    long series(long taskForce, LocalDate day) {
        return meetings.createSeries(
                new SeriesForm(taskForce, day.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), user("dispatch"));
    }

    /** The agenda of the task force's first meeting, planned now for {@code heldOn}. */
    List<AgendaItemView> agenda(long taskForce, LocalDate heldOn) {
        CurrentUser dispatch = user("dispatch");
        return meetings.find(meetings.plan(series(taskForce, heldOn), heldOn, dispatch), dispatch)
                .items();
    }

    /** A ticket reported now by the dispatch centre. */
    long report(long project, TicketCategory category, String title, String description) {
        return tickets.report(
                new ReportCommand(project, category, title, description, TicketSeverity.NORMAL),
                List.of(),
                user("dispatch"));
    }

    /** A power ticket reported now, its title its description. */
    long report(long project, String title) {
        return report(project, TicketCategory.POWER, title, title);
    }

    /** The ticket assigned now to the power company (GD). */
    void assign(long ticket) {
        tickets.act(
                ticket,
                TicketMove.ASSIGN,
                MoveCommand.assignTo(departments.findByCode("GD").orElseThrow().id()),
                user("dispatch"));
    }

    /** A power ticket reported and assigned now. */
    long assigned(long project, String title) {
        long ticket = report(project, title);
        assign(ticket);
        return ticket;
    }

    /** The ticket and every step of its timeline so far dated back to ten in the morning of {@code day}. */
    void dateBack(long ticket, LocalDate day) {
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

    /** A step of the ticket's timeline from an assigned ticket, taken now. */
    void step(long ticket, String action, String toState, String result, String detail, LocalDate resolveBy) {
        step(ticket, action, "ASSIGNED", toState, result, detail, resolveBy, Instant.now());
    }

    /** A step of the ticket's timeline taken at {@code at}, setting {@code resolveBy} when not null. */
    void step(
            long ticket,
            String action,
            String fromState,
            String toState,
            String result,
            String detail,
            LocalDate resolveBy,
            Instant at) {
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_name, from_state, to_state, at,
                                                 result_code, detail, resolve_by)
                        select :id, max(step) + 1, :action, '调度办', :from, :to, :at, :result, :detail, :by
                        from ticket_step where ticket_id = :id""")
                .param("id", ticket)
                .param("action", action)
                .param("from", fromState)
                .param("to", toState)
                .param("at", Timestamp.from(at))
                .param("result", result)
                .param("detail", detail)
                .param("by", resolveBy)
                .update();
    }

    /** Ten in the morning of {@code day}, district time. */
    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(DISTRICT).toInstant();
    }
}

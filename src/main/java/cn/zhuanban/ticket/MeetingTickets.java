package cn.zhuanban.ticket;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.CountingCalendar;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.ticket.domain.ChosenDeadline;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.SlaRules;
import cn.zhuanban.ticket.domain.SlaTerms;
import cn.zhuanban.ticket.domain.Step;
import cn.zhuanban.ticket.domain.StepRecorder;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketRepository;
import cn.zhuanban.ticket.domain.TicketScope;
import cn.zhuanban.ticket.domain.TicketSteps;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets and the weekly meeting (domain §3, issue 5). A meeting's decision opens a ticket of source
 * {@link TicketSource#MEETING} that is reported and at once assigned to the owner department with the meeting's
 * deadline: the meeting is the dispatch decision, so the chair need not be the dispatch office. From
 * there it runs the same closed loop, SLA cards and escalation ladder as any ticket. The agenda reads
 * the open tickets of the task force's projects that are new, overdue or red from {@link AgendaTickets}.
 *
 * <p>The source is a column of its own ({@code ticket.source}, default {@code REPORT}), set when the ticket is
 * reported ({@link Ticket#getSource}).
 */
@Service
@Transactional
public class MeetingTickets {

    private final TicketManagement management;
    private final TicketRepository tickets;
    private final StepRecorder recorder;
    private final TicketSteps steps;
    private final DueIndex due;
    private final SlaRules sla;
    private final CalendarManagement calendar;
    private final DepartmentManagement departments;
    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingTickets(
            TicketManagement management,
            TicketRepository tickets,
            StepRecorder recorder,
            TicketSteps steps,
            DueIndex due,
            SlaRules sla,
            CalendarManagement calendar,
            DepartmentManagement departments,
            JdbcClient jdbc,
            Clock clock) {
        this.management = management;
        this.tickets = tickets;
        this.recorder = recorder;
        this.steps = steps;
        this.due = due;
        this.sla = sla;
        this.calendar = calendar;
        this.departments = departments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens the ticket of a meeting action: reported by the user who records the decision (who rates
     * it at the end), assigned to {@code departmentId}, to be resolved by {@code deadline}. Signing
     * and first feedback keep the SLA limits, but never later than the deadline. The deadline must be a working day
     * not before today ({@link ChosenDeadline}), refused beside the form's {@code deadline} otherwise.
     */
    public long openAction(
            long projectId,
            TicketCategory category,
            String title,
            String description,
            long departmentId,
            LocalDate deadline,
            CurrentUser user) {
        if (!departments.names().containsKey(departmentId)) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerDepartmentId", departmentId);
        }
        ChosenDeadline.check("deadline", deadline, LocalDate.now(clock), calendar.administrative());
        long id = management.report(
                new ReportCommand(projectId, category, title, description, TicketSeverity.NORMAL),
                List.of(),
                user,
                TicketSource.MEETING);
        Ticket ticket = tickets.findById(id).orElseThrow(() -> new NotFoundException("ticket", id));
        LocalDate today = LocalDate.now(clock);
        CountingCalendar counting = calendar.forCounting();
        WorkingCalendar cal = counting.administrative();
        SlaTerms terms = sla.terms(category, TicketSeverity.NORMAL);
        Deadlines limits = Deadlines.from(today, terms, cal).resolvingBy(deadline, today);
        Step step = ticket.assign(departmentId, List.of(), limits, today);
        // the meeting decided the date when it assigned the action: its page says so, as of the office's chosen date
        ticket.chooseResolveDate();
        Instant now = clock.instant();
        ticket.deadlinesCounted(now, counting.revision());
        ticket.touch(now);
        ticket = tickets.save(ticket);
        recorder.record(
                ticket,
                step,
                user.id(),
                user.fullName(),
                departments.names().get(departmentId) + " → " + deadline,
                Actor.current(),
                now);
        due.reindex(ticket, cal);
        return id;
    }

    /**
     * Dates the action's assignment back to {@code heldOn}, the meeting that decided it, when the decision was recorded
     * later (the demo's story: last week's decisions, recorded on the day the district is seeded). Its sign and
     * first-feedback deadlines are counted from that day by the SLA terms, as {@link #openAction} counts them from
     * today, so they may have passed and the escalation job cards the ticket as it would have; the meeting's resolve
     * date stays. Only an action the department has not signed yet.
     */
    public void assignedAtMeeting(long ticketId, LocalDate heldOn) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        CountingCalendar counting = calendar.forCounting();
        WorkingCalendar cal = counting.administrative();
        SlaTerms terms = sla.terms(ticket.getCategory(), ticket.getSeverity());
        Deadlines limits = Deadlines.from(heldOn, terms, cal).resolvingBy(ticket.getResolveBy(), heldOn);
        Instant now = clock.instant();
        ticket.assignedEarlier(heldOn, limits, now, counting.revision());
        ticket.touch(now);
        due.reindex(tickets.save(ticket), cal);
        // the assignment's step keeps the sign deadline a past agenda judges it by: the one counted from the meeting
        steps.signByCountedAgain(ticketId, limits.signBy());
    }

    /**
     * The tickets of these projects, within the user's scope, closed and escalated after the reporter's second
     * dissatisfaction from {@code since} to the end of {@code asOf}, oldest first: the meeting of {@code asOf} takes
     * them up. Not one the lead official has instructed on since it was escalated (by the end of {@code asOf}): he
     * dealt with it, as his to-do list of escalated tickets counts it done; a later escalation (closed again) brings it
     * back. One query.
     */
    @Transactional(readOnly = true)
    public List<EscalatedClosure> escalatedClosures(
            Collection<Long> projectIds, LocalDate since, LocalDate asOf, CurrentUser user) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        TicketScope scope = TicketScope.forTickets(user);
        return jdbc.sql("""
                        select t.id, t.title, t.project_id, p.name as project_name, t.closed_at
                        from ticket t join project p on p.id = t.project_id
                        where (%s) and t.project_id in (:projects) and t.state = 'CLOSED' and t.closure = :closure
                          and t.closed_at >= :since and t.closed_at < :until
                          and not exists (select 1 from ticket_instruction i where i.ticket_id = t.id
                                          and i.given_at >= t.closed_at and i.given_at < :until)
                        order by t.closed_at, t.id""".formatted(scope.sql()))
                .params(scope.params())
                .param("projects", List.copyOf(projectIds))
                .param("closure", TicketClosure.DISSATISFIED_ESCALATED.name())
                .param(
                        "since",
                        Timestamp.from(since.atStartOfDay(clock.getZone()).toInstant()))
                .param(
                        "until",
                        Timestamp.from(
                                asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, n) -> new EscalatedClosure(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getLong("project_id"),
                        rs.getString("project_name"),
                        rs.getTimestamp("closed_at")
                                .toInstant()
                                .atZone(clock.getZone())
                                .toLocalDate()))
                .list();
    }

    /**
     * Where these tickets stand today, by ticket id, regardless of any user's scope (the meeting checked its own): for
     * the review of the last meeting's decisions (上期议定事项落实情况) and for a ticket the escalation ladder puts on
     * the agenda. Lateness counts from the first deadline the ticket missed ({@code Ticket#workingDaysOverdue}: not
     * signed past its sign deadline is late from then); a stopped clock (suspended, awaiting confirmation) counts none.
     */
    @Transactional(readOnly = true)
    public Map<Long, ActionTicketStatus> statuses(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendar.administrative();
        return tickets.findAllById(ticketIds).stream()
                .map(t -> status(t, today, cal))
                .collect(Collectors.toMap(ActionTicketStatus::ticketId, Function.identity()));
    }

    private static ActionTicketStatus status(Ticket t, LocalDate today, WorkingCalendar cal) {
        int days = t.workingDaysOverdue(today, cal);
        TicketDeadline first = t.firstWatched();
        return new ActionTicketStatus(
                t.getId(),
                t.getState(),
                t.getCard(),
                t.getResolveBy(),
                days,
                null,
                ActionTicketStatus.Missed.of(days, first, first == null ? null : t.deadline(first)));
    }
}

package cn.zhuanban.ticket;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.CountingCalendar;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.SlaRules;
import cn.zhuanban.ticket.domain.Step;
import cn.zhuanban.ticket.domain.StepRecorder;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketRepository;
import cn.zhuanban.ticket.domain.TicketScope;
import cn.zhuanban.ticket.domain.TicketVisibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' instructions (领导批示, domain.md §3's third source of tickets). The district leader, or a lead official on
 * a project he leads, opens a ticket of source {@link TicketSource#INSTRUCTION} that is reported by him (he rates it at
 * the end) and at once assigned, as a meeting decision's action is ({@link MeetingTickets#openAction}): the instruction
 * is the dispatch decision. The lead department, its co-departments and the severity are the leader's; the deadlines
 * are counted from the severity's SLA terms, unless he sets the resolve deadline himself (a working day not before
 * today, marked as chosen, as the office's chosen date is), when the sign and first-feedback deadlines keep the SLA
 * terms but never fall later than his date. From there the ticket runs the same closed loop as any other. Who
 * instructed, with which words and when is kept beside the ticket ({@link InstructionRecords}), for its page and its
 * printed sheet to show first.
 */
@Service
@Transactional
public class LeaderInstructions {

    private final TicketManagement management;
    private final TicketRepository tickets;
    private final Assignments assignments;
    private final StepRecorder recorder;
    private final DueIndex due;
    private final SlaRules sla;
    private final CalendarManagement calendar;
    private final InstructionRecords records;
    private final DepartmentManagement departments;
    private final TicketVisibility visibility;
    private final ProjectReads projects;
    private final Clock clock;

    LeaderInstructions(
            TicketManagement management,
            TicketRepository tickets,
            Assignments assignments,
            StepRecorder recorder,
            DueIndex due,
            SlaRules sla,
            CalendarManagement calendar,
            InstructionRecords records,
            DepartmentManagement departments,
            TicketVisibility visibility,
            ProjectReads projects,
            Clock clock) {
        this.visibility = visibility;
        this.projects = projects;
        this.departments = departments;
        this.management = management;
        this.tickets = tickets;
        this.assignments = assignments;
        this.recorder = recorder;
        this.due = due;
        this.sla = sla;
        this.calendar = calendar;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Opens the instruction's ticket and assigns it; returns its id. A project outside the leader's scope is not found;
     * an unknown or read-only department and a deadline in the past or on a rest day are refused beside their fields
     * ({@code departmentId}, {@code coDepartmentIds}, {@code resolveBy}), and nothing is saved. The ticket is reported
     * with the leader's severity, so the assignment counts from its terms.
     */
    public long open(InstructionCommand command, CurrentUser user) {
        long id = management.report(
                new ReportCommand(
                        command.projectId(),
                        command.category(),
                        command.title(),
                        command.content(),
                        command.severity()),
                List.of(),
                user,
                TicketSource.INSTRUCTION);
        Ticket ticket = tickets.findById(id).orElseThrow(() -> new NotFoundException("ticket", id));
        LocalDate today = LocalDate.now(clock);
        CountingCalendar counting = calendar.forCounting();
        WorkingCalendar cal = counting.administrative();
        MoveCommand assignment = MoveCommand.assignTo(command.departmentId(), command.coDepartmentIds(), null)
                .resolvingBy(command.resolveBy());
        // the same checks and marks as the office's assignment (departments; a chosen date: working day, marked chosen)
        Step step = assignments.make(ticket, TicketMove.ASSIGN, assignment, today, cal);
        Instant now = clock.instant();
        ticket.deadlinesCounted(now, counting.revision());
        ticket.touch(now);
        ticket = tickets.save(ticket);
        records.add(id, user, command.content(), now);
        recorder.record(ticket, step, user.id(), user.fullName(), assigned(ticket), Actor.current(), now);
        due.reindex(ticket, cal);
        return id;
    }

    /**
     * Adds an instruction to an open ticket the leader sees on a project of his scope (outside it: not found): a step
     * of its timeline, without a change of state, that the handling department is told of ({@code ticket.instructed}).
     * {@code version}, when given, must be the ticket's: the leader instructs on what he read.
     */
    public void add(long ticketId, String content, Integer version, CurrentUser user) {
        if (!visibility.visible(ticketId, TicketScope.forTickets(user))) {
            throw new NotFoundException("ticket", ticketId);
        }
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        if (!projects.isVisible(ticket.getProjectId(), user)) {
            throw new NotFoundException("ticket", ticketId); // a ticket he reported elsewhere is not his to instruct on
        }
        ticket.expectVersion(version);
        String text = content == null ? null : content.strip();
        if (text != null && text.length() > InstructionCommand.MAX_CONTENT) {
            throw BusinessException.invalid("content", "ticket.reason.too-long", InstructionCommand.MAX_CONTENT);
        }
        Step step = ticket.instructed(text == null || text.isEmpty() ? null : text);
        Instant now = clock.instant();
        ticket.touch(now);
        ticket = tickets.save(ticket);
        records.add(ticketId, user, text, now);
        recorder.record(ticket, step, user.id(), user.fullName(), text, Actor.current(), now);
    }

    /** The timeline's words for the assignment, as the office's assignment says them: departments → date. */
    private String assigned(Ticket t) {
        Map<Long, String> names = departments.names();
        String co = t.getCoDepartmentIds().stream().map(names::get).collect(Collectors.joining("、"));
        return names.get(t.getDepartmentId()) + (co.isEmpty() ? "" : " + " + co) + " → " + t.getResolveBy();
    }

    /**
     * The resolve deadline an instruction given today without a date would get, by category and severity (their SLA
     * terms): the form shows it once a category is chosen.
     */
    @Transactional(readOnly = true)
    public Map<TicketCategory, Map<TicketSeverity, LocalDate>> countedResolveBy() {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendar.administrative();
        Map<TicketCategory, Map<TicketSeverity, LocalDate>> dates = new EnumMap<>(TicketCategory.class);
        for (TicketCategory category : TicketCategory.values()) {
            Map<TicketSeverity, LocalDate> bySeverity = new EnumMap<>(TicketSeverity.class);
            for (TicketSeverity severity : TicketSeverity.values()) {
                bySeverity.put(
                        severity,
                        Deadlines.from(today, sla.terms(category, severity), cal)
                                .resolveBy());
            }
            dates.put(category, bySeverity);
        }
        return dates;
    }
}

package cn.zhuanban.ticket;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.CountingCalendar;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.ticket.domain.ChosenDeadline;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.SlaRules;
import cn.zhuanban.ticket.domain.Step;
import cn.zhuanban.ticket.domain.StepRecorder;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketAttachments;
import cn.zhuanban.ticket.domain.TicketQueries;
import cn.zhuanban.ticket.domain.TicketRepository;
import cn.zhuanban.ticket.domain.TicketScope;
import cn.zhuanban.ticket.domain.TicketVisibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting tickets and making their moves. Checks the data scope (outside it: not found), who
 * may make the move (the office, the lead department, the reporter, the lead official: {@link MoveAuthority}) and what
 * it names ({@link MoveReferences}), then lets the ticket check its state and rules; records the step, re-indexes the due times and publishes
 * {@link TicketStepRecorded}, all in one transaction.
 */
@Service
@Transactional
public class TicketManagement {

    /** The moves that count deadlines afresh on the calendar: an assignment, a reassignment, a reopening. */
    private static final Set<TicketMove> COUNTS_DEADLINES =
            EnumSet.of(TicketMove.ASSIGN, TicketMove.REASSIGN, TicketMove.FEEDBACK);

    private final TicketRepository tickets;
    private final TicketQueries queries;
    private final TicketVisibility visibility;
    private final TicketAttachments attachments;
    private final StepRecorder recorder;
    private final DueIndex due;
    private final SlaRules sla;
    private final MoveAuthority authority;
    private final MoveReferences references;
    private final Assignments assignments;
    private final CalendarManagement calendar;
    private final DepartmentManagement departments;
    private final ProjectReads projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketManagement(
            TicketRepository tickets,
            TicketQueries queries,
            TicketVisibility visibility,
            TicketAttachments attachments,
            StepRecorder recorder,
            DueIndex due,
            SlaRules sla,
            MoveAuthority authority,
            MoveReferences references,
            Assignments assignments,
            CalendarManagement calendar,
            DepartmentManagement departments,
            ProjectReads projects,
            ApplicationEventPublisher events,
            Clock clock) {
        this.departments = departments;
        this.projects = projects;
        this.tickets = tickets;
        this.queries = queries;
        this.visibility = visibility;
        this.attachments = attachments;
        this.recorder = recorder;
        this.due = due;
        this.sla = sla;
        this.authority = authority;
        this.references = references;
        this.assignments = assignments;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    public long report(ReportCommand command, List<TicketFile> files, CurrentUser user) {
        return report(command, files, user, TicketSource.REPORT);
    }

    /**
     * Reports a ticket of another source (a meeting's action, a leader's instruction), marked so from its first save:
     * the steps' events tell listeners where it came from.
     */
    long report(ReportCommand command, List<TicketFile> files, CurrentUser user, TicketSource source) {
        if (!projects.isVisible(command.projectId(), user)) {
            throw new NotFoundException("project", command.projectId());
        }
        TicketAttachments.check(files);
        Instant now = clock.instant();
        Ticket ticket = Ticket.report(
                command.projectId(),
                command.category(),
                command.severity(),
                command.title(),
                command.description(),
                user.id(),
                source,
                now,
                LocalDate.now(clock));
        Step step = ticket.reported();
        ticket = tickets.save(ticket);
        recorder.record(ticket, step, user.id(), user.fullName(), null, Actor.current(), now);
        attachments.attach(ticket.getId(), files, user.id(), now);
        return ticket.getId();
    }

    /** Makes a move; returns the state the ticket is in afterwards. */
    public TicketState act(long id, TicketMove move, MoveCommand command, CurrentUser user) {
        return perform(id, move, command, user).state();
    }

    /** Makes a move; returns the step it recorded and the state the ticket is in afterwards. */
    public MoveDone perform(long id, TicketMove asked, MoveCommand command, CurrentUser user) {
        return perform(id, asked, command, user, List.of());
    }

    /**
     * Makes a move with files that show it (photos of the work done on resolving, 办结佐证), under the same limits as a
     * report's; stored with the ticket's attachments once the move is taken. Files with another move are refused.
     */
    public MoveDone perform(
            long id, TicketMove asked, MoveCommand command, CurrentUser user, List<TicketFile> evidence) {
        return perform(id, asked, command, user, evidence, List.of());
    }

    /**
     * The same with the files a refused resolve form kept ({@link ResolveEvidence}) that the form shown again still
     * lists ({@code kept}): attached with the new ones, at most {@link TicketAttachments#MAX_FILES} in all.
     */
    public MoveDone perform(
            long id,
            TicketMove asked,
            MoveCommand command,
            CurrentUser user,
            List<TicketFile> evidence,
            Collection<Long> kept) {
        if (!visibility.visible(id, TicketScope.forTickets(user))) {
            throw new NotFoundException("ticket", id);
        }
        Ticket ticket = tickets.findById(id).orElseThrow(() -> new NotFoundException("ticket", id));
        TicketMove move = asked.meantIn(ticket.getState());
        ticket.expectVersion(command.version(), move);
        authority.check(ticket, move, user);
        Instant now = clock.instant();
        Deadlines before = ticket.deadlines();
        // Moves that count fresh deadlines count them under the calendar's lock and stamp its revision. An extension
        // (a chosen date) or a resumption (deadlines moved by the suspension) keeps the stamp of the deadlines it
        // moves: a recount still due for those is not lost.
        CountingCalendar counting = COUNTS_DEADLINES.contains(move) ? calendar.forCounting() : null;
        WorkingCalendar cal = counting == null ? calendar.administrative() : counting.administrative();
        Step step = apply(ticket, move, command, user, now, cal);
        // After the move, so the ticket's refusal (409) comes first, a closed ticket's whatever the files or the
        // reason; the 400 that follows rolls back what the move changed.
        if ((!evidence.isEmpty() || !kept.isEmpty()) && asked != TicketMove.RESOLVE) {
            throw BusinessException.invalid("files", "ticket.evidence.resolve-only");
        }
        TicketAttachments.check(evidence);
        if (command.reason() != null && command.reason().length() > MoveCommand.MAX_REASON) {
            throw new BusinessException(
                    ErrorCode.VALIDATION,
                    "reason",
                    new DefaultMessageSourceResolvable(
                            new String[] {"ticket.reason.too-long"}, new Object[] {MoveCommand.MAX_REASON}));
        }
        if (counting != null && !ticket.deadlines().equals(before)) {
            ticket.deadlinesCounted(now, counting.revision());
        }
        ticket.touch(now);
        Step lapsed = ticket.lapsedExtension();
        ticket = tickets.save(ticket);
        if (lapsed != null) {
            recorder.record(ticket, lapsed, user.id(), user.fullName(), lapsed.reason(), Actor.current(), now);
        }
        recorder.record(ticket, step, user.id(), user.fullName(), detail(step, ticket, move), Actor.current(), now);
        attachments.attach(ticket.getId(), evidence, user.id(), now);
        attachments.attachPending(ticket.getId(), user.id(), kept, evidence.size(), now);
        due.reindex(ticket, cal);
        if (ticket.getClosure() == TicketClosure.DISSATISFIED_ESCALATED && move == TicketMove.FEEDBACK) {
            events.publishEvent(new TicketEscalated(
                    Actor.current(),
                    id,
                    EscalationLevel.LEAD_OFFICIAL,
                    ticket.getProjectId(),
                    ticket.getDepartmentId(),
                    queries.project(ticket.getProjectId()).leadOfficialId(),
                    ticket.getTitle(),
                    null,
                    EscalationCause.DISSATISFIED,
                    false));
        }
        return new MoveDone(ticket.getState(), step.action(), step.result());
    }

    private Step apply(Ticket t, TicketMove move, MoveCommand c, CurrentUser user, Instant now, WorkingCalendar cal) {
        LocalDate today = LocalDate.now(clock);
        return switch (move) {
            case ASSIGN, REASSIGN -> assignments.make(t, move, c, today, cal);
            case MERGE -> t.merge(references.mergeTarget(t, c, user), c.reason(), now);
            case RESOLVE_ON_THE_SPOT -> t.resolveOnTheSpot(c.outcome(), c.reason(), today);
            case REJECT -> t.reject(c.reason(), now);
            case DECLINE_REJECTION -> t.declineRejection(c.reason());
            case SIGN -> t.sign(now);
            case REQUEST_RETURN -> t.requestReturn(c.reason());
            case INSIST -> t.insist(c.reason());
            case NOTE ->
                t.note(
                        c.reason(),
                        user.departmentId() != null && user.departmentId().equals(t.getDepartmentId()),
                        now);
            case REQUEST_EXTENSION -> requestExtension(t, c, today, cal);
            case DECIDE_EXTENSION -> decideExtension(t, c, today);
            case RESOLVE ->
                t.resolve(c.outcome(), c.reason(), today, workingDaysSince(t.getAssignedOn(), today, cal), now);
            case REVIEW -> t.review(c.passed(), c.reason(), cal.addWorkingDays(today, 3));
            case FEEDBACK -> t.rate(c.rating(), c.reason(), deadlines(t, today, cal), today, now);
            case SUSPEND -> t.suspend(c.reason(), today);
            case RESUME ->
                t.resume(
                        c.reason(),
                        t.getSignBy() == null
                                ? null
                                : t.deadlines().shiftedBy(workingDaysSince(t.getSuspendedOn(), today, cal), cal));
        };
    }

    private Deadlines deadlines(Ticket t, LocalDate today, WorkingCalendar cal) {
        return Deadlines.from(today, sla.terms(t.getCategory(), t.getSeverity()), cal);
    }

    private static int workingDaysSince(LocalDate from, LocalDate today, WorkingCalendar cal) {
        return from == null || !today.isAfter(from) ? 0 : cal.workingDaysBetween(from, today);
    }

    /**
     * The ticket refuses first what its state and rules refuse (409); a new date it accepts must then be one the
     * department can meet, a working day not before today (400). A refusal saves nothing: the transaction rolls back.
     */
    private static Step requestExtension(Ticket t, MoveCommand c, LocalDate today, WorkingCalendar cal) {
        Step step = t.requestExtension(c.newDate(), c.reason());
        ChosenDeadline.check("newDate", c.newDate(), today, cal);
        return step;
    }

    /** Approving a date that has passed meanwhile would make the ticket overdue at once: refused, to be asked again. */
    private static Step decideExtension(Ticket t, MoveCommand c, LocalDate today) {
        LocalDate asked = t.getExtensionUntil();
        Step step = t.decideExtension(c.approved(), c.reason()); // refuses a decision without its answer
        if (c.approved() && asked.isBefore(today)) {
            throw BusinessException.invalid(
                    "approved", "ticket.extension-date-past", asked.toString(), today.toString());
        }
        return step;
    }

    private String detail(Step step, Ticket t, TicketMove move) {
        String reason = step.reason();
        return switch (move) {
            case ASSIGN, REASSIGN -> {
                var names = departments.names();
                String co = t.getCoDepartmentIds().stream()
                        .map(names::get)
                        .collect(java.util.stream.Collectors.joining("、"));
                yield names.get(t.getDepartmentId()) + (co.isEmpty() ? "" : " + " + co) + " → " + t.getResolveBy()
                        + (reason == null ? "" : " " + reason);
            }
            case MERGE -> "→ #" + t.getMergedIntoId() + (reason == null ? "" : " " + reason);
            default -> reason;
        };
    }
}

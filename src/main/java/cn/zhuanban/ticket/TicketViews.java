package cn.zhuanban.ticket;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketAttachments;
import cn.zhuanban.ticket.domain.TicketQueries;
import cn.zhuanban.ticket.domain.TicketSteps;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * One ticket as its page and the API show it ({@link TicketView}): names, timeline, attachments, the countdown to the
 * resolve deadline and how each deadline stands today. Apart from {@link TicketLists}, which checks the scope and
 * lists tickets.
 */
@Component
class TicketViews {

    /** Steps that begin an assignment with a sign deadline of its own. */
    private static final Set<String> ASSIGNING = Set.of("ticket.assigned", "ticket.reassigned", "ticket.insisted");

    private final TicketQueries queries;
    private final TicketSteps steps;
    private final TicketAttachments attachments;
    private final MoveAuthority authority;
    private final DepartmentManagement departments;
    private final UserDirectory users;
    private final CalendarManagement calendar;
    private final DueIndex due;
    private final Clock clock;
    private final MessageSource messages;

    TicketViews(
            TicketQueries queries,
            TicketSteps steps,
            TicketAttachments attachments,
            MoveAuthority authority,
            DepartmentManagement departments,
            UserDirectory users,
            CalendarManagement calendar,
            DueIndex due,
            Clock clock,
            MessageSource messages) {
        this.queries = queries;
        this.steps = steps;
        this.attachments = attachments;
        this.authority = authority;
        this.departments = departments;
        this.users = users;
        this.calendar = calendar;
        this.due = due;
        this.clock = clock;
        this.messages = messages;
    }

    /** The view of a ticket the user may see (the caller checked the scope), with the moves that are his to make. */
    TicketView of(Ticket t, CurrentUser user) {
        long id = t.getId();
        Map<Long, String> deptNames = departments.names();
        TicketQueries.ProjectFacts project = queries.project(t.getProjectId());
        // the ladder's steps and other steps of no person are the system's, named as the timeline names it ("系统")
        String system = messages.getMessage("ticket.system", null, LocaleContextHolder.getLocale());
        List<TicketView.HistoryEntry> history = steps.timeline(id).stream()
                .map(e -> new TicketView.HistoryEntry(
                        e.step(),
                        e.action(),
                        e.actorName() == null ? system : e.actorName(),
                        e.from(),
                        e.to(),
                        e.result(),
                        e.detail(),
                        e.at()))
                .toList();
        List<TicketView.Attachment> files = attachments.of(id).stream()
                .map(a -> new TicketView.Attachment(a.id(), a.originalName(), a.contentType(), a.size()))
                .toList();
        return new TicketView(
                t.getId(),
                t.getProjectId(),
                project.name(),
                project.leadOfficialId(),
                t.getCategory(),
                t.getSeverity(),
                t.getTitle(),
                t.getDescription(),
                t.getReporterId(),
                users.namesOf(List.of(t.getReporterId())).get(t.getReporterId()),
                t.getState(),
                t.getDepartmentId(),
                t.getDepartmentId() == null ? null : deptNames.get(t.getDepartmentId()),
                t.getCoDepartmentIds().stream()
                        .map(deptNames::get)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList(),
                t.getAssignedOn(),
                t.getSignBy(),
                t.getFeedbackBy(),
                t.getResolveBy(),
                t.isResolveDateChosen(),
                t.getRatingBy(),
                workingDaysLeft(t),
                t.getCard(),
                t.getEscalationLevel(),
                t.getExtensions(),
                t.getExtensionUntil(),
                t.getOutcome(),
                t.getRating(),
                t.getClosure(),
                t.getMergedIntoId(),
                t.getRejectionProposal(),
                t.getVersion(),
                t.getCreatedAt(),
                files,
                history,
                authority.movesFor(t, user),
                authority.ruledOutFor(t, user),
                watches(t, history),
                cardCauses(t));
    }

    private Integer workingDaysLeft(Ticket t) {
        if (!t.clockRunning() || t.getResolveBy() == null) {
            return null;
        }
        return WorkingDaysLeft.of(LocalDate.now(clock), t.getResolveBy(), calendar.administrative());
    }

    private List<TicketView.DeadlineWatch> watches(Ticket t, List<TicketView.HistoryEntry> history) {
        if (t.getAssignedOn() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return java.util.Arrays.stream(TicketDeadline.values())
                .filter(d -> t.deadline(d) != null)
                .map(d -> t.pauses(d)
                        ? new TicketView.DeadlineWatch(d, t.deadline(d), TicketView.WatchStatus.PAUSED)
                        : d == TicketDeadline.SIGN && !t.watches(d)
                                ? signWatch(t, history)
                                : d == TicketDeadline.FEEDBACK && !t.watches(d)
                                        ? feedbackWatch(t)
                                        : d == TicketDeadline.RESOLVE && t.lateResolutionOn() != null
                                                ? resolvedLate(t)
                                                : running(t, d, today))
                .toList();
    }

    /**
     * The first-feedback deadline once no longer watched: answered late (by how many working days) when this round's
     * first feedback (a note of the lead department or its resolution) came after it, as the sign deadline says it;
     * else done ("已完成" for a first feedback 4 working days late was not true).
     */
    private TicketView.DeadlineWatch feedbackWatch(Ticket t) {
        LocalDate due = t.getFeedbackBy();
        Instant answered = t.getFirstFeedbackAt();
        if (answered != null) {
            LocalDate answeredOn = answered.atZone(clock.getZone()).toLocalDate();
            if (answeredOn.isAfter(due)) {
                return new TicketView.DeadlineWatch(
                        TicketDeadline.FEEDBACK,
                        due,
                        TicketView.WatchStatus.DONE_LATE,
                        WorkingDaysLeft.late(due, answeredOn, calendar.administrative()));
            }
        }
        return new TicketView.DeadlineWatch(TicketDeadline.FEEDBACK, due, TicketView.WatchStatus.DONE, null);
    }

    /**
     * The resolve deadline of a round resolved after it: resolved late, by how many working days (at least one, as the
     * lists count it: past its date it is late even on the rest day right after it). "已完成" was not true.
     */
    private TicketView.DeadlineWatch resolvedLate(Ticket t) {
        LocalDate due = t.getResolveBy();
        int late = WorkingDaysLeft.late(due, t.lateResolutionOn(), calendar.administrative());
        return new TicketView.DeadlineWatch(TicketDeadline.RESOLVE, due, TicketView.WatchStatus.DONE_LATE, late);
    }

    /**
     * The sign deadline once no longer watched, as the current assignment's timeline tells it: signed late (by how
     * many working days), not signed because a return was asked for, else done ("已完成" for a ticket signed 6
     * working days late, or never signed, was not true).
     */
    private TicketView.DeadlineWatch signWatch(Ticket t, List<TicketView.HistoryEntry> history) {
        LocalDate due = t.getSignBy();
        TicketView.HistoryEntry answer = null;
        for (TicketView.HistoryEntry e : history) {
            if (ASSIGNING.contains(e.action())) {
                answer = null; // a new assignment: its own sign deadline
            } else if ("ticket.signed".equals(e.action()) || "ticket.return-requested".equals(e.action())) {
                answer = e;
            }
        }
        if (answer != null && "ticket.return-requested".equals(answer.action())) {
            return new TicketView.DeadlineWatch(
                    TicketDeadline.SIGN, due, TicketView.WatchStatus.RETURN_REQUESTED, null);
        }
        if (answer != null) {
            LocalDate signedOn = answer.at().atZone(clock.getZone()).toLocalDate();
            if (signedOn.isAfter(due)) {
                return new TicketView.DeadlineWatch(
                        TicketDeadline.SIGN,
                        due,
                        TicketView.WatchStatus.DONE_LATE,
                        WorkingDaysLeft.late(due, signedOn, calendar.administrative()));
            }
        }
        return new TicketView.DeadlineWatch(TicketDeadline.SIGN, due, TicketView.WatchStatus.DONE, null);
    }

    /**
     * The deadlines whose steps raised the card the ticket shows, in this round of deadlines; when none is on record
     * (a card carried over by a recount), those that stand so today.
     */
    private List<TicketView.CardCause> cardCauses(Ticket t) {
        TicketCard card = t.getCard();
        if (card == TicketCard.NONE || t.getAssignedOn() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Set<TicketDeadline> raised = EnumSet.noneOf(TicketDeadline.class);
        for (DueIndex.Due step : due.takenIn(t.getId(), t.getDeadlineRound())) {
            if (step.step().card() == card && step.step().deadline() != null) {
                raised.add(step.step().deadline());
            }
        }
        if (raised.isEmpty()) {
            TicketView.WatchStatus standing =
                    card == TicketCard.RED ? TicketView.WatchStatus.OVERDUE : TicketView.WatchStatus.DUE_SOON;
            for (TicketDeadline d : TicketDeadline.values()) {
                if (t.deadline(d) != null && status(t, d, today) == standing) {
                    raised.add(d);
                }
            }
        }
        return raised.stream()
                .filter(d -> t.deadline(d) != null)
                .map(d -> new TicketView.CardCause(d, card, t.deadline(d), overdue(t, d, card, today)))
                .toList();
    }

    private Integer overdue(Ticket t, TicketDeadline deadline, TicketCard card, LocalDate today) {
        LocalDate due = t.deadline(deadline);
        if (card != TicketCard.RED || !t.watches(deadline) || !today.isAfter(due)) {
            return null;
        }
        // as the lists' countdown counts it (签收：超期 N 个工作日), at least one: never "已超时 0 个工作日" on a rest day
        return WorkingDaysLeft.late(due, today, calendar.administrative());
    }

    /** A deadline as it stands today, with the working days left while it is watched (as the lists count them). */
    private TicketView.DeadlineWatch running(Ticket t, TicketDeadline deadline, LocalDate today) {
        LocalDate due = t.deadline(deadline);
        if (!t.watches(deadline)) {
            return new TicketView.DeadlineWatch(deadline, due, TicketView.WatchStatus.DONE);
        }
        int left = WorkingDaysLeft.of(today, due, calendar.administrative());
        return new TicketView.DeadlineWatch(deadline, due, statusOf(left), null, left);
    }

    private TicketView.WatchStatus status(Ticket t, TicketDeadline deadline, LocalDate today) {
        return t.watches(deadline)
                ? statusOf(WorkingDaysLeft.of(today, t.deadline(deadline), calendar.administrative()))
                : TicketView.WatchStatus.DONE;
    }

    /** Overdue, due within a working day (today or the next), or running: as the lists' countdown says it. */
    private static TicketView.WatchStatus statusOf(int left) {
        return left < 0
                ? TicketView.WatchStatus.OVERDUE
                : left <= 1 ? TicketView.WatchStatus.DUE_SOON : TicketView.WatchStatus.RUNNING;
    }
}

package cn.zhuanban.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ticket with its deadlines, card, escalation level, attachments, history and the moves the
 * viewing user may make now (the ticket page shows them as buttons). {@code workingDaysLeft} is
 * the countdown to the resolve deadline (negative: overdue), null when no clock runs; {@code resolveDateChosen}
 * whether the current resolve deadline was typed by people (the dispatch office on assigning, a meeting, an approved
 * extension) rather than counted from the severity's terms (false again once a reassignment without a date counts it);
 * {@code deadlineWatches} says how the sign, first-feedback and resolve deadlines stand; {@code cardCauses} which of
 * them raised the card the ticket shows (a red card may come from a missed sign or first-feedback deadline while the
 * resolve deadline is still ahead); {@code movesRuledOut} the moves that would be the user's but a rule refuses now
 * (the extension limit reached, one request waiting, a return after the office insisted), with the key that says why.
 */
public record TicketView(
        long id,
        long projectId,
        String projectName,
        Long leadOfficialId,
        TicketCategory category,
        TicketSeverity severity,
        String title,
        String description,
        long reporterId,
        String reporterName,
        TicketState state,
        Long departmentId,
        String departmentName,
        List<String> coDepartmentNames,
        LocalDate assignedOn,
        LocalDate signBy,
        LocalDate feedbackBy,
        LocalDate resolveBy,
        boolean resolveDateChosen,
        LocalDate ratingBy,
        Integer workingDaysLeft,
        TicketCard card,
        EscalationLevel escalationLevel,
        int extensions,
        LocalDate extensionUntil,
        TicketOutcome outcome,
        TicketRating rating,
        TicketClosure closure,
        Long mergedIntoId,
        String rejectionProposal,
        int version,
        Instant createdAt,
        List<Attachment> attachments,
        List<HistoryEntry> history,
        Set<TicketMove> nextMoves,
        Map<TicketMove, String> movesRuledOut,
        List<DeadlineWatch> deadlineWatches,
        List<CardCause> cardCauses) {

    /** Whether the department is working on it: assigned, asking to return, in progress or resolved not yet reviewed. */
    public boolean inWork() {
        return state == TicketState.ASSIGNED
                || state == TicketState.RETURN_REQUESTED
                || state == TicketState.IN_PROGRESS
                || state == TicketState.RESOLVED;
    }

    /** Whether it is being worked on again after the reporter's dissatisfaction: its deadlines were counted afresh. */
    public boolean reopenedInWork() {
        return inWork() && history.stream().anyMatch(e -> e.action().equals("ticket.reopened"));
    }

    /**
     * The department's sign-off of the current assignment (who signed in the system, and when), null while it is not
     * signed: an assignment or reassignment after a signature asks for a new one. The printed sheet fills its 签收人 and
     * 签收日期 from it.
     */
    public HistoryEntry signOff() {
        HistoryEntry signed = null;
        for (HistoryEntry e : history) {
            switch (e.action()) {
                case "ticket.signed" -> signed = e;
                case "ticket.assigned", "ticket.reassigned" -> signed = null;
                default -> {}
            }
        }
        return signed;
    }

    /**
     * How a deadline of the current assignment stands today: running, due within one working day
     * (yellow), past (red), paused (suspended before it was met), or no longer watched (signed, answered, resolved);
     * {@code workingDaysLeft} while watched, as {@link WorkingDaysLeft} counts it; the sign and first-feedback
     * deadlines also met late ({@code workingDaysLate} after it) or not met because the department asked to return the ticket instead.
     */
    public record DeadlineWatch(
            TicketDeadline deadline,
            LocalDate due,
            WatchStatus status,
            Integer workingDaysLate,
            Integer workingDaysLeft) {

        public DeadlineWatch(TicketDeadline deadline, LocalDate due, WatchStatus status) {
            this(deadline, due, status, null, null);
        }

        public DeadlineWatch(TicketDeadline deadline, LocalDate due, WatchStatus status, Integer workingDaysLate) {
            this(deadline, due, status, workingDaysLate, null);
        }

        /** Due today (the last day to meet it, {@link WorkingDaysLeft}): said so rather than "1 working day left". */
        public boolean dueToday() {
            return workingDaysLeft != null && workingDaysLeft == 0;
        }
    }

    /**
     * A deadline that raised the ticket's card: its date and, while it is still watched and past, by how many working
     * days it is overdue (null for a yellow card, or for a red one when it was met late: signed or answered after it).
     */
    public record CardCause(TicketDeadline deadline, TicketCard card, LocalDate due, Integer workingDaysOverdue) {

        /** The message key that says it, with the working days overdue as {0} and the date as {1}. */
        public String messageKey() {
            String kind = card == TicketCard.YELLOW ? "due-soon" : (workingDaysOverdue != null ? "overdue" : "late");
            return "ticket.card-cause." + kind + "." + deadline;
        }
    }

    public enum WatchStatus {
        RUNNING,
        DUE_SOON,
        OVERDUE,
        DONE,
        /** Signed, or first answered, but after the deadline. */
        DONE_LATE,
        /** Not signed: the department asked to return the ticket. */
        RETURN_REQUESTED,
        /** Not met, and the clock stopped: the ticket is suspended (挂起中). */
        PAUSED
    }

    /** A file attached to the ticket. */
    public record Attachment(long id, String name, String contentType, long size) {

        /** A photo (JPEG, PNG, GIF or WebP, as judged on upload): shown on the page as a thumbnail. */
        public boolean image() {
            return contentType != null && contentType.startsWith("image/");
        }
    }

    /**
     * One line of the timeline: who did what, when, with which reason. {@code result} is the answer of a resolution
     * ({@link TicketOutcome}), a rating ({@link TicketRating}) or an extension decision ({@code APPROVED},
     * {@code REFUSED}) as its code, null for other steps.
     */
    public record HistoryEntry(
            int step,
            String action,
            String actor,
            TicketState fromState,
            TicketState toState,
            String result,
            String detail,
            Instant at) {

        /** The message key that names {@link #result()} in the reader's language, null when there is none. */
        public String resultKey() {
            if (result == null) {
                return null;
            }
            return switch (action) {
                case "ticket.resolved", "ticket.resolved-on-the-spot" -> "ticket.outcome." + result;
                case "ticket.extension-decided" -> "ticket.extension-decision." + result;
                case "ticket.assigned", "ticket.reassigned" -> "ticket.severity." + result;
                default -> "ticket.rating." + result;
            };
        }
    }
}

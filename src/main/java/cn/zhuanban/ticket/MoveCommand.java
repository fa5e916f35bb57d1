package cn.zhuanban.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The input of a move; each move reads the fields it needs (assign: departmentId and
 * coDepartmentIds, optionally severity and resolveBy; request-extension: reason and newDate; review: passed; feedback:
 * rating …). An assignment's {@code severity}, when given, classifies the ticket anew and its terms count the
 * deadlines; {@code resolveBy}, when given, is the resolve deadline the office chose instead of the counted one.
 * {@code version}, when given, must match the ticket's: someone else's change in between is a
 * conflict rather than a lost update.
 */
public record MoveCommand(
        Long departmentId,
        List<Long> coDepartmentIds,
        String reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDate,
        Boolean approved,
        Boolean passed,
        TicketOutcome outcome,
        TicketRating rating,
        Long mergeIntoId,
        Integer version,
        TicketSeverity severity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolveBy) {

    /** The longest reason or note a move takes: the shortest column that keeps one (an extension's reason). */
    public static final int MAX_REASON = 1000;

    public MoveCommand {
        coDepartmentIds = coDepartmentIds == null
                ? List.of()
                : coDepartmentIds.stream().filter(Objects::nonNull).toList(); // a blank choice arrives as null
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A move without the assignment's severity and chosen deadline. */
    public MoveCommand(
            Long departmentId,
            List<Long> coDepartmentIds,
            String reason,
            LocalDate newDate,
            Boolean approved,
            Boolean passed,
            TicketOutcome outcome,
            TicketRating rating,
            Long mergeIntoId,
            Integer version) {
        this(
                departmentId,
                coDepartmentIds,
                reason,
                newDate,
                approved,
                passed,
                outcome,
                rating,
                mergeIntoId,
                version,
                null,
                null);
    }

    public static MoveCommand empty() {
        return new MoveCommand(null, null, null, null, null, null, null, null, null, null);
    }

    public static MoveCommand withReason(String reason) {
        return new MoveCommand(null, null, reason, null, null, null, null, null, null, null);
    }

    /** An assignment (or reassignment) to the lead department alone, with the counted deadlines. */
    public static MoveCommand assignTo(Long departmentId) {
        return assignTo(departmentId, List.of(), null);
    }

    /** An assignment to the lead department and co-departments, with the office's note (交办意见, may be null). */
    public static MoveCommand assignTo(Long departmentId, List<Long> coDepartmentIds, String reason) {
        return new MoveCommand(departmentId, coDepartmentIds, reason, null, null, null, null, null, null, null);
    }

    /** A reassignment to another lead department, with the reason (may be null). */
    public static MoveCommand reassignTo(Long departmentId, String reason) {
        return assignTo(departmentId, List.of(), reason);
    }

    /** The same move with the resolve deadline the office chose instead of the counted one. */
    public MoveCommand resolvingBy(LocalDate date) {
        return new MoveCommand(
                departmentId,
                coDepartmentIds,
                reason,
                newDate,
                approved,
                passed,
                outcome,
                rating,
                mergeIntoId,
                version,
                severity,
                date);
    }

    /** A resolution (or one on the spot) with its explanation and outcome. */
    public static MoveCommand resolve(String explanation, TicketOutcome outcome) {
        return new MoveCommand(null, null, explanation, null, null, null, outcome, null, null, null);
    }

    /** The office's review: passed, or sent back with what is missing ({@code reason}, may be null when passed). */
    public static MoveCommand review(boolean passed, String reason) {
        return new MoveCommand(null, null, reason, null, null, passed, null, null, null, null);
    }

    /** A review that passes, without a note. */
    public static MoveCommand review(boolean passed) {
        return review(passed, null);
    }

    /** The reporter's rating, with the comment (required when dissatisfied, may be null otherwise). */
    public static MoveCommand rate(TicketRating rating, String comment) {
        return new MoveCommand(null, null, comment, null, null, null, null, rating, null, null);
    }

    /** The lead department's request for more time, until {@code newDate}. */
    public static MoveCommand requestExtension(String reason, LocalDate newDate) {
        return new MoveCommand(null, null, reason, newDate, null, null, null, null, null, null);
    }

    /** The office's answer to a request for an extension, with its note (may be null). */
    public static MoveCommand decideExtension(boolean approved, String reason) {
        return new MoveCommand(null, null, reason, null, approved, null, null, null, null, null);
    }

    /** The office's answer to a request for an extension, without a note. */
    public static MoveCommand decideExtension(boolean approved) {
        return decideExtension(approved, null);
    }

    /** A duplicate merged into ticket {@code mergeIntoId}. */
    public static MoveCommand mergeInto(Long mergeIntoId, String reason) {
        return new MoveCommand(null, null, reason, null, null, null, null, null, mergeIntoId, null);
    }
}

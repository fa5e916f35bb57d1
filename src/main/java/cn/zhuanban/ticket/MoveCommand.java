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
}

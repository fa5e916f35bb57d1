package cn.zhuanban.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The input of a move; each move reads the fields it needs (assign: departmentId and
 * coDepartmentIds; request-extension: reason and newDate; review: passed; feedback: rating …).
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
        Integer version) {

    /** The longest reason or note a move takes: the shortest column that keeps one (an extension's reason). */
    public static final int MAX_REASON = 1000;

    public MoveCommand {
        coDepartmentIds = coDepartmentIds == null
                ? List.of()
                : coDepartmentIds.stream().filter(Objects::nonNull).toList(); // a blank choice arrives as null
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public static MoveCommand empty() {
        return new MoveCommand(null, null, null, null, null, null, null, null, null, null);
    }

    public static MoveCommand withReason(String reason) {
        return new MoveCommand(null, null, reason, null, null, null, null, null, null, null);
    }
}

package cn.zhuanban.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A leader's instruction (领导批示) that opens a ticket: the project, category and title as a report has them, the
 * instruction's words ({@code content}, the ticket's description), and at once the lead department and
 * co-departments. The {@code severity} (ordinary when not given) classifies the ticket, and its SLA terms count the
 * deadlines; a {@code resolveBy} the leader sets replaces the counted resolve deadline, as the office's chosen date on
 * an assignment does.
 */
public record InstructionCommand(
        @NotNull(message = "{validation.required}") Long projectId,
        @NotNull(message = "{validation.required}") TicketCategory category,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max-length}")
        String content,

        @NotNull(message = "{validation.required}") Long departmentId,
        List<Long> coDepartmentIds,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolveBy,
        TicketSeverity severity) {

    /** The longest instruction: the column that keeps it, as a ticket's description. */
    public static final int MAX_CONTENT = 4000;

    public InstructionCommand {
        severity = severity == null ? TicketSeverity.NORMAL : severity;
        coDepartmentIds = coDepartmentIds == null
                ? List.of()
                : coDepartmentIds.stream()
                        .filter(Objects::nonNull) // a blank choice arrives as null
                        .filter(id -> !id.equals(departmentId)) // the lead department leads; it does not also assist
                        .distinct()
                        .toList();
    }

    public static InstructionCommand forProject(Long projectId) {
        return new InstructionCommand(projectId, null, null, null, null, null, null, null);
    }
}

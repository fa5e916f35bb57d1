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
 * instruction's words ({@code content}, the ticket's description), and at once the lead department, co-departments
 * and the resolve deadline the leader sets, as a meeting decision sets its action's.
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

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate resolveBy) {

    /** The longest instruction: the column that keeps it, as a ticket's description. */
    public static final int MAX_CONTENT = 4000;

    public InstructionCommand {
        coDepartmentIds = coDepartmentIds == null
                ? List.of()
                : coDepartmentIds.stream()
                        .filter(Objects::nonNull) // a blank choice arrives as null
                        .filter(id -> !id.equals(departmentId)) // the lead department leads; it does not also assist
                        .distinct()
                        .toList();
    }

    public static InstructionCommand forProject(Long projectId) {
        return new InstructionCommand(projectId, null, null, null, null, null, null);
    }
}

package cn.zhuanban.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a reporter fills in on the phone: project, category, title, description, severity. */
public record ReportCommand(
        @NotNull(message = "{validation.required}") Long projectId,
        @NotNull(message = "{validation.required}") TicketCategory category,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max-length}")
        String description,

        TicketSeverity severity) {

    public ReportCommand {
        severity = severity == null ? TicketSeverity.NORMAL : severity;
    }
}

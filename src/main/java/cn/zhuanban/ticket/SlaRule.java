package cn.zhuanban.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A time-limit rule in working days. Without a category it is the default for its severity; a
 * category's own rule wins over the default. {@code id} null: a new rule.
 */
public record SlaRule(
        Long id,
        TicketCategory category,
        @NotNull(message = "{validation.required}") TicketSeverity severity,

        @Min(value = 1, message = "{validation.positive}") @Max(value = 250, message = "{validation.max-value}")
        int signDays,

        @Min(value = 1, message = "{validation.positive}") @Max(value = 250, message = "{validation.max-value}")
        int feedbackDays,

        @Min(value = 1, message = "{validation.positive}") @Max(value = 250, message = "{validation.max-value}")
        int resolveDays,

        int version) {

    public String summary() {
        return (category == null ? "*" : category.name()) + "/" + severity + ": " + signDays + "/" + feedbackDays + "/"
                + resolveDays;
    }
}

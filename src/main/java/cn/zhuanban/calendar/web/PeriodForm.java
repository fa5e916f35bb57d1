package cn.zhuanban.calendar.web;

import cn.zhuanban.shared.SupportedDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A district-wide stop as typed. The dates are checked here, each under its own input; the name's rule (required,
 * within the column) is the calendar's own, and its refusal names the field.
 */
record PeriodForm(
        @NotNull(message = "{validation.required}") @SupportedDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @NotNull(message = "{validation.required}") @SupportedDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        String name) {

    static PeriodForm blank() {
        return new PeriodForm(null, null, "");
    }

    /** Whether the stop ends before it starts (only when both dates are there to compare). */
    boolean backwards() {
        return from != null && to != null && to.isBefore(from);
    }
}

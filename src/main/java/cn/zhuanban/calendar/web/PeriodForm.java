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

        String name,

        /**
         * 确认停工期较长/已开始: a stop of more than 31 working days, or one that has begun, is added only so. A post
         * without the box nor its marker leaves it out: not confirmed, not a missing field.
         */
        Boolean confirmed) {

    static PeriodForm blank() {
        return new PeriodForm(null, null, "", false);
    }

    /** Whether the stop ends before it starts (only when both dates are there to compare). */
    boolean backwards() {
        return from != null && to != null && to.isBefore(from);
    }

    boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}

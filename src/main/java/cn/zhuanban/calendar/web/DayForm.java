package cn.zhuanban.calendar.web;

import cn.zhuanban.shared.SupportedDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An administrator's correction of one day as typed. The date is checked here, under its input; the name's rule
 * (within calendar_day.name) is the calendar's own, and its refusal names the field.
 */
record DayForm(
        @NotNull(message = "{validation.required}") @SupportedDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull(message = "{validation.required}") Boolean working,

        String name) {

    static DayForm blank() {
        return new DayForm(null, false, "");
    }

    /** The name to store: none when left blank. */
    String storedName() {
        return name == null || name.isBlank() ? null : name.strip();
    }
}

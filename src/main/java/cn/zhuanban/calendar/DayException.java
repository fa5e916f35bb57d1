package cn.zhuanban.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that departs from the weekly rule: a statutory holiday ({@code working = false}), a make-up working day
 * (调休, {@code working = true}) or an administrator's override.
 *
 * @param date the day
 * @param working whether the day is worked
 * @param name the holiday's name as published (e.g. "国庆节"), or null
 */
public record DayException(LocalDate date, boolean working, String name) {

    public DayException {
        Objects.requireNonNull(date, "date");
    }

    public static DayException holiday(LocalDate date, String name) {
        return new DayException(date, false, name);
    }

    public static DayException makeUpDay(LocalDate date, String name) {
        return new DayException(date, true, name);
    }
}

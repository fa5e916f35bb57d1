package cn.zhuanban.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of days on which no work happens whatever the other rules say, e.g. a heavy-pollution construction
 * stop ordered by the district. It wins over make-up working days; only a per-day override beats it.
 *
 * @param from first day of the stop (inclusive)
 * @param to last day of the stop (inclusive)
 * @param name shown for every day of the period, or null
 */
public record NonWorkingPeriod(LocalDate from, LocalDate to, String name) {

    public NonWorkingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: " + to + " is before from " + from);
        }
    }
}

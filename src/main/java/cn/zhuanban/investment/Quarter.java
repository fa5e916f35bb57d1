package cn.zhuanban.investment;

import java.time.LocalDate;

/** A calendar quarter, the period of Henan's cohort lists (三个一批). */
public record Quarter(int year, int quarter) {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate first() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(first()) && !date.isAfter(last());
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}

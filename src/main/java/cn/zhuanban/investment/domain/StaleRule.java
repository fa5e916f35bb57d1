package cn.zhuanban.investment.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * A pipeline lead is stale when more than N working days passed since its last follow-up (or its
 * creation). Expressed as a cut-off date so the database filters: stale iff last activity is
 * before the cut-off.
 */
public final class StaleRule {

    private StaleRule() {}

    /** The earliest last-activity date that is not stale today: N working days lie after it up to today. */
    public static LocalDate cutoff(WorkingCalendar calendar, LocalDate today, int workingDays) {
        return calendar.dateAt(calendar.indexOnOrBefore(today) - workingDays);
    }
}

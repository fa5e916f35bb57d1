package cn.zhuanban.servicechecklist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.servicechecklist.LimitUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The department list's "past the time limit" filter runs in SQL on one last acceptance day per limit: it must pick
 * exactly the items the judge calls past their limit, across the 2025 National Day holiday and its make-up days.
 */
class OverLimitTests {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(nationalDay2025());

    @Test
    void theLastOverdueAcceptanceDaySplitsAcceptanceDaysAsTheJudgeDoes() {
        List<OverLimit.Limit> limits = List.of(
                new OverLimit.Limit(0, LimitUnit.WORKING_DAYS),
                new OverLimit.Limit(1, LimitUnit.WORKING_DAYS),
                new OverLimit.Limit(5, LimitUnit.WORKING_DAYS),
                new OverLimit.Limit(20, LimitUnit.WORKING_DAYS),
                new OverLimit.Limit(7, LimitUnit.CALENDAR_DAYS),
                new OverLimit.Limit(15, LimitUnit.CALENDAR_DAYS));
        for (LocalDate today = LocalDate.of(2025, 9, 25);
                today.isBefore(LocalDate.of(2025, 11, 5));
                today = today.plusDays(1)) {
            for (OverLimit o : OverLimit.of(limits, today, CALENDAR)) {
                for (LocalDate accepted = today.minusDays(60);
                        !accepted.isAfter(today);
                        accepted = accepted.plusDays(1)) {
                    boolean overdue = ItemJudge.limitEnds(accepted, o.days(), o.unit(), CALENDAR)
                            .isBefore(today);
                    assertThat(!accepted.isAfter(o.acceptedBy()))
                            .as("%s %s accepted %s, on %s", o.days(), o.unit(), accepted, today)
                            .isEqualTo(overdue);
                }
            }
        }
    }

    @Test
    void fiveWorkingDaysAcceptedTheMondayBeforeNationalDayArePastOnlyAfterTheThirteenth() {
        // 9-30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13: five working days after Monday 9-29
        LocalDate acceptedBy = OverLimit.lastOverdueAcceptance(
                new OverLimit.Limit(5, LimitUnit.WORKING_DAYS), LocalDate.of(2025, 10, 13), CALENDAR);
        assertThat(acceptedBy).isBefore(LocalDate.of(2025, 9, 29));
        assertThat(OverLimit.lastOverdueAcceptance(
                        new OverLimit.Limit(5, LimitUnit.WORKING_DAYS), LocalDate.of(2025, 10, 14), CALENDAR))
                .isEqualTo(LocalDate.of(2025, 9, 29));
    }

    private static List<DayException> nationalDay2025() {
        List<DayException> days = new ArrayList<>();
        days.add(new DayException(LocalDate.of(2025, 9, 28), true, "国庆节、中秋节调休"));
        for (LocalDate d = LocalDate.of(2025, 10, 1); !d.isAfter(LocalDate.of(2025, 10, 8)); d = d.plusDays(1)) {
            days.add(new DayException(d, false, "国庆节、中秋节"));
        }
        days.add(new DayException(LocalDate.of(2025, 10, 11), true, "国庆节、中秋节调休"));
        return days;
    }
}

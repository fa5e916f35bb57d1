package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.investment.domain.CohortCalculator;
import cn.zhuanban.investment.domain.CohortLead;
import cn.zhuanban.investment.domain.StaleRule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortAndStaleTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-09T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    /** Four leads signed in 2026Q1, one in Q2; started and producing on various dates. */
    static final List<CohortLead> LEADS = List.of(
            lead(1, "2026-01-10", "2026-03-01", "2026-09-15", "2026-03-31", "10000", "10000"),
            lead(2, "2026-02-01", "2026-05-10", null, "2026-04-30", "20000", "5000"),
            lead(3, "2026-03-20", null, null, "2026-06-30", "5000", "0"),
            lead(4, "2026-03-25", null, null, "2026-12-31", "5000", null),
            lead(5, "2026-04-02", "2026-04-20", null, "2026-05-01", "8000", "8000"));

    @Test
    void computesTheQuarterlyCohortFiguresAsOfTheReportDate() {
        CohortFigures q1 = CohortCalculator.figures(new Quarter(2026, 1), LEADS, TODAY);

        assertThat(q1.signed()).isEqualTo(4);
        assertThat(q1.signedInvestment()).isEqualByComparingTo("40000");
        assertThat(q1.started()).isEqualTo(1);
        assertThat(q1.inProduction()).isZero();
        // due: #1 (kept), #2 (started late), #3 (date passed, not started); #4 not due yet
        assertThat(q1.performance()).isEqualTo(CohortFigures.Rate.of(1, 3));
        assertThat(q1.performance().percent()).isEqualByComparingTo("33.3");
        assertThat(q1.start().percent()).isEqualByComparingTo("50.0");
        assertThat(q1.production().percent()).isEqualByComparingTo("25.0");
        assertThat(q1.funds().percent()).isEqualByComparingTo("37.5");
    }

    @Test
    void countsStartsAndProductionInTheQuarterTheyHappen() {
        CohortFigures q2 = CohortCalculator.figures(new Quarter(2026, 2), LEADS, TODAY);
        CohortFigures q3 = CohortCalculator.figures(new Quarter(2026, 3), LEADS, TODAY);
        CohortFigures q4 = CohortCalculator.figures(new Quarter(2026, 4), LEADS, TODAY);

        assertThat(List.of(q2.signed(), q2.started(), q2.inProduction())).containsExactly(1, 2, 0);
        assertThat(q2.performance().percent()).isEqualByComparingTo("100.0");
        assertThat(List.of(q3.signed(), q3.started(), q3.inProduction())).containsExactly(0, 0, 1);
        assertThat(q3.start().percent()).isNull();
        assertThat(q4.signed()).isZero();
    }

    @Test
    void aLeadIsStaleAfterMoreThanNWorkingDaysWithoutFollowUpAcrossTheNationalDayHoliday() {
        List<DayException> holidays = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            holidays.add(DayException.holiday(LocalDate.of(2026, 10, day), "国庆节"));
        }
        holidays.add(DayException.makeUpDay(LocalDate.of(2026, 10, 10), "国庆节"));
        WorkingCalendar calendar = WorkingCalendar.standard(holidays);

        LocalDate cutoff = StaleRule.cutoff(calendar, TODAY, 3);

        // 09-30, 10-08 and 10-09 are the three working days after 09-29
        assertThat(cutoff).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(calendar.workingDaysBetween(cutoff, TODAY)).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(cutoff.minusDays(1), TODAY)).isEqualTo(4);
        assertThat(StaleRule.cutoff(calendar, LocalDate.of(2026, 10, 4), 1)).isEqualTo(LocalDate.of(2026, 9, 29));
    }

    static CohortLead lead(
            long id,
            String signed,
            String started,
            String producing,
            String agreedStart,
            String agreed,
            String inPlace) {
        return new CohortLead(
                id,
                "企业" + id,
                LeadChannel.CHAIN,
                date(signed),
                date(started),
                date(producing),
                null,
                date(agreedStart),
                new BigDecimal(agreed),
                inPlace == null ? null : new BigDecimal(inPlace));
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}

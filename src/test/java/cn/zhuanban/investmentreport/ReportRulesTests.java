package cn.zhuanban.investmentreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.investmentreport.domain.ReportRules;
import cn.zhuanban.investmentreport.domain.ReportRules.Neighbour;
import cn.zhuanban.investmentreport.domain.ReportRules.Violation;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of a monthly report, with a fixed clock and hand-made neighbouring months. */
class ReportRulesTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final YearMonth NOW = YearMonth.now(CLOCK);
    private static final BigDecimal TOTAL = new BigDecimal("1000");

    @Test
    void aConsistentReportAboveTheEarlierMonthPasses() {
        Neighbour april = new Neighbour(YearMonth.of(2026, 4), bd("120"), bd("300"));
        assertThat(check(YearMonth.of(2026, 5), figures("30", "150", "330"), null, april, null))
                .isEmpty();
    }

    @Test
    void theCumulativeSinceStartNeverFallsAfterAGapOfUnreportedMonths() {
        Neighbour february = new Neighbour(YearMonth.of(2026, 2), bd("120"), bd("300"));
        assertThat(codes(check(YearMonth.of(2026, 5), figures("10", "130", "290"), null, february, null)))
                .containsExactly("sinceStart:" + ErrorCode.INVESTMENT_CUMULATIVE_FALLS);
    }

    @Test
    void theYearToDateFallsOnlyWithinAYearNotAcrossNewYear() {
        Neighbour december = new Neighbour(YearMonth.of(2025, 12), bd("800"), bd("900"));
        assertThat(check(YearMonth.of(2026, 1), figures("20", "20", "920"), null, december, null))
                .isEmpty();
        Neighbour january = new Neighbour(YearMonth.of(2026, 1), bd("100"), bd("900"));
        assertThat(codes(check(YearMonth.of(2026, 4), figures("0", "90", "900"), null, january, null)))
                .containsExactly("yearToDate:" + ErrorCode.INVESTMENT_CUMULATIVE_FALLS);
    }

    @Test
    void afterAReportedMonthTheCumulativeFiguresAreItsPlusThisMonthAndAMismatchNamesTheRightFigure() {
        Neighbour november = new Neighbour(YearMonth.of(2025, 11), bd("66495.02"), bd("122095.76"));
        YearMonth december = YearMonth.of(2025, 12);
        List<Violation> refused = check(december, figures("1000", "90000", "150000"), "说明", november, null);
        assertThat(codes(refused))
                .containsExactly(
                        "yearToDate:" + ErrorCode.INVESTMENT_YEAR_TO_DATE_SUM,
                        "sinceStart:" + ErrorCode.INVESTMENT_SINCE_START_SUM);
        assertThat(refused.get(0).args()).containsExactly("67,495.02", "66,495.02", "1,000.00");
        assertThat(refused.get(1).args()).containsExactly("123,095.76", "122,095.76", "1,000.00");
        assertThat(check(december, figures("1000", "67495.02", "123095.76"), "说明", november, null))
                .isEmpty();
    }

    /** 截止累计 typed wrong (below 当年累计) and 当年累计 left blank: the refusal names the sum, not the ordering. */
    @Test
    void aWrongSinceStartIsRefusedWithTheSumItShouldBeRatherThanTheOrderingRule() {
        Neighbour november = new Neighbour(YearMonth.of(2025, 11), bd("66495.02"), bd("122095.76"));
        YearMonth december = YearMonth.of(2025, 12);
        Figures typed = ReportRules.complete(december, figures("1000", null, "1000"), november);
        List<Violation> refused = check(december, typed, null, november, null);
        assertThat(refused.getFirst().code()).isEqualTo(ErrorCode.INVESTMENT_SINCE_START_SUM);
        assertThat(refused.getFirst().args()).containsExactly("123,095.76", "122,095.76", "1,000.00");
        // without a previous month the ordering rule is still what refuses it
        assertThat(codes(check(YearMonth.of(2026, 5), figures("30", "150", "100"), null, null, null)))
                .containsExactly("yearToDate:" + ErrorCode.INVESTMENT_INCONSISTENT);
    }

    @Test
    void januarysYearToDateIsThisMonthEvenInAFirstReport() {
        assertThat(codes(check(YearMonth.of(2026, 1), figures("20", "25", "900"), null, null, null)))
                .containsExactly("yearToDate:" + ErrorCode.INVESTMENT_YEAR_TO_DATE_JANUARY);
    }

    @Test
    void blankCumulativeFiguresAreWorkedOutFromThePreviousMonthOrRequiredInAFirstReport() {
        Neighbour april = new Neighbour(YearMonth.of(2026, 4), bd("120"), bd("300"));
        assertThat(ReportRules.complete(YearMonth.of(2026, 5), figures("30", null, null), april))
                .isEqualTo(figures("30", "150", "330"));
        Neighbour december = new Neighbour(YearMonth.of(2025, 12), bd("800"), bd("900"));
        assertThat(ReportRules.complete(YearMonth.of(2026, 1), figures("20", null, null), december))
                .isEqualTo(figures("20", "20", "920"));
        Figures first = ReportRules.complete(YearMonth.of(2026, 5), figures("30", null, null), null);
        assertThat(codes(check(YearMonth.of(2026, 5), first, null, null, null)))
                .containsExactly("yearToDate:" + ErrorCode.INVESTMENT_CUMULATIVE_REQUIRED);
        // what was typed is kept, and checked
        assertThat(ReportRules.complete(YearMonth.of(2026, 5), figures("30", "151", null), april))
                .isEqualTo(figures("30", "151", "330"));
    }

    @Test
    void aCorrectionShiftsALaterMonthsYearToDateOnlyWithinItsYear() {
        Figures stored = figures("100", "900", "1500");
        Figures corrected = figures("130", "930", "1530");
        assertThat(ReportRules.shifted(
                        YearMonth.of(2025, 12), stored, corrected, YearMonth.of(2026, 1), figures("50", "50", "1550")))
                .isEqualTo(figures("50", "50", "1580"));
        assertThat(ReportRules.shifted(
                        YearMonth.of(2026, 3), stored, corrected, YearMonth.of(2026, 4), figures("50", "950", "1550")))
                .isEqualTo(figures("50", "980", "1580"));
    }

    @Test
    void correctingAnOldMonthCannotExceedTheLaterMonth() {
        Neighbour june = new Neighbour(YearMonth.of(2025, 6), bd("200"), bd("400"));
        assertThat(codes(check(YearMonth.of(2025, 5), figures("50", "150", "450"), null, null, june)))
                .containsExactly("sinceStart:" + ErrorCode.INVESTMENT_CUMULATIVE_FALLS);
    }

    @Test
    void moreThanTheTotalInvestmentNeedsAnExplanation() {
        assertThat(codes(check(NOW, figures("100", "600", "1000.01"), " ", null, null)))
                .containsExactly("overTotalExplanation:" + ErrorCode.INVESTMENT_OVER_TOTAL);
        assertThat(check(NOW, figures("100", "600", "1000.01"), "设计变更追加投资", null, null))
                .isEmpty();
        assertThat(check(NOW, figures("100", "600", "1000"), null, null, null)).isEmpty();
    }

    @Test
    void inconsistentNegativeAndFutureFiguresAreRefused() {
        assertThat(codes(check(NOW, figures("200", "100", "300"), null, null, null)))
                .containsExactly("yearToDate:" + ErrorCode.INVESTMENT_INCONSISTENT);
        assertThat(codes(check(NOW, figures("-1", "100", "300"), null, null, null)))
                .containsExactly("thisMonth:" + ErrorCode.INVESTMENT_NEGATIVE);
        assertThat(codes(check(NOW.plusMonths(1), figures("1", "1", "1"), null, null, null)))
                .containsExactly("month:" + ErrorCode.INVESTMENT_FUTURE_MONTH);
    }

    @Test
    void aReportAfterTheDeadlineDayOfItsMonthIsLate() {
        LocalDate today = LocalDate.now(CLOCK);
        assertThat(ReportRules.late(YearMonth.of(2026, 5), today, 25)).isFalse();
        assertThat(ReportRules.late(YearMonth.of(2026, 5), today, 20)).isFalse();
        assertThat(ReportRules.late(YearMonth.of(2026, 5), today, 19)).isTrue();
        assertThat(ReportRules.late(YearMonth.of(2026, 4), today, 25)).isTrue();
        assertThat(ReportRules.late(YearMonth.of(2026, 2), LocalDate.of(2026, 2, 28), 31))
                .isFalse();
    }

    @Test
    void theMonthsDueAreTheTwoNewestPastTheirDeadlineDay() {
        assertThat(ReportRules.dueMonths(LocalDate.of(2026, 11, 25), 25))
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 9));
        assertThat(ReportRules.dueMonths(LocalDate.of(2026, 11, 26), 25))
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 10));
        assertThat(ReportRules.dueMonths(LocalDate.of(2026, 1, 3), 25))
                .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2025, 11));
        // a deadline day past the month's end falls on its last day
        assertThat(ReportRules.dueMonths(LocalDate.of(2026, 2, 28), 31))
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2025, 12));
    }

    private static List<Violation> check(YearMonth m, Figures f, String why, Neighbour before, Neighbour after) {
        return ReportRules.check(m, f, why, TOTAL, before, after, NOW);
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    private static Figures figures(String thisMonth, String ytd, String sinceStart) {
        return new Figures(bd(thisMonth), bd(ytd), bd(sinceStart));
    }

    private static BigDecimal bd(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}

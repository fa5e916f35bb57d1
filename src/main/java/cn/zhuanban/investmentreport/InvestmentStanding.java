package cn.zhuanban.investmentreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * How a project's investment stands on its page, in 万元: reported this year (year to date of the newest report of
 * this year, zero without one) against the year's planned amount, reported since start against the total
 * investment, the newest month reported, and the months past their deadline day whose report is missing.
 *
 * @param lastReported null when the project has no report yet
 * @param missing oldest first; empty when the project owes nothing
 */
public record InvestmentStanding(
        int year,
        BigDecimal yearToDate,
        BigDecimal yearPlanned,
        BigDecimal sinceStart,
        BigDecimal totalInvestment,
        YearMonth lastReported,
        List<YearMonth> missing) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** This year's reported figure in percent of the year's plan, whole numbers; null when nothing is planned. */
    public Integer yearPercent() {
        return percent(yearToDate, yearPlanned);
    }

    /** The figure since start in percent of the total investment; null without a total. */
    public Integer totalPercent() {
        return percent(sinceStart, totalInvestment);
    }

    private static Integer percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }
}

package cn.zhuanban.investmentreport.domain;

import cn.zhuanban.investmentreport.Figures;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a monthly investment report, as a pure function so that the form, the API and the
 * import give the same answers. {@code before}/{@code after} are the project's nearest reports of
 * earlier and later months: a cumulative figure may neither fall below the earlier one nor exceed
 * the later one (a correction of an old month must not make a later month look like a fall).
 */
public final class ReportRules {

    /** A figure of a neighbouring month. */
    public record Neighbour(YearMonth month, BigDecimal yearToDate, BigDecimal sinceStart) {}

    /** One broken rule: the field at fault, the error code and the message arguments. */
    public record Violation(String field, ErrorCode code, List<Object> args) {}

    private ReportRules() {}

    public static List<Violation> check(
            YearMonth month,
            Figures f,
            String overTotalExplanation,
            BigDecimal totalInvestment,
            Neighbour before,
            Neighbour after,
            YearMonth current) {
        List<Violation> errors = new ArrayList<>();
        if (month.isAfter(current)) {
            errors.add(new Violation("month", ErrorCode.INVESTMENT_FUTURE_MONTH, List.of(month.toString())));
        }
        if (f.thisMonth().signum() < 0
                || f.yearToDate().signum() < 0
                || f.sinceStart().signum() < 0) {
            errors.add(new Violation("thisMonth", ErrorCode.INVESTMENT_NEGATIVE, List.of()));
            return errors;
        }
        if (f.thisMonth().compareTo(f.yearToDate()) > 0 || f.yearToDate().compareTo(f.sinceStart()) > 0) {
            errors.add(new Violation("yearToDate", ErrorCode.INVESTMENT_INCONSISTENT, List.of()));
        }
        checkNeighbours(month, f, before, after, errors);
        if (f.sinceStart().compareTo(totalInvestment) > 0
                && (overTotalExplanation == null || overTotalExplanation.isBlank())) {
            errors.add(new Violation(
                    "overTotalExplanation", ErrorCode.INVESTMENT_OVER_TOTAL, List.of(totalInvestment.toPlainString())));
        }
        return errors;
    }

    /** A report is late when it arrives after the deadline day of its month (or the month's last day). */
    public static boolean late(YearMonth month, LocalDate reportedOn, int deadlineDay) {
        return reportedOn.isAfter(month.atDay(Math.min(deadlineDay, month.lengthOfMonth())));
    }

    /**
     * The two newest months whose deadline has passed on {@code today}, newest first: up to the deadline day the
     * month before and the one before that, from the day after it this month and the one before.
     */
    public static List<YearMonth> dueMonths(LocalDate today, int deadlineDay) {
        YearMonth month = YearMonth.from(today);
        YearMonth newest = late(month, today, deadlineDay) ? month : month.minusMonths(1);
        return List.of(newest, newest.minusMonths(1));
    }

    private static void checkNeighbours(
            YearMonth month, Figures f, Neighbour before, Neighbour after, List<Violation> errors) {
        if (before != null) {
            if (f.sinceStart().compareTo(before.sinceStart()) < 0) {
                errors.add(falls("sinceStart", before.month(), before.sinceStart()));
            }
            if (before.month().getYear() == month.getYear() && f.yearToDate().compareTo(before.yearToDate()) < 0) {
                errors.add(falls("yearToDate", before.month(), before.yearToDate()));
            }
        }
        if (after != null) {
            if (f.sinceStart().compareTo(after.sinceStart()) > 0) {
                errors.add(falls("sinceStart", after.month(), after.sinceStart()));
            }
            if (after.month().getYear() == month.getYear() && f.yearToDate().compareTo(after.yearToDate()) > 0) {
                errors.add(falls("yearToDate", after.month(), after.yearToDate()));
            }
        }
    }

    private static Violation falls(String field, YearMonth other, BigDecimal value) {
        return new Violation(
                field, ErrorCode.INVESTMENT_CUMULATIVE_FALLS, List.of(other.toString(), value.toPlainString()));
    }
}

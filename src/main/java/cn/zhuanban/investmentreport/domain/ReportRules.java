package cn.zhuanban.investmentreport.domain;

import cn.zhuanban.investmentreport.Figures;
import cn.zhuanban.shared.Amounts;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks of a monthly investment report, as a pure function so that the form, the API and the
 * import give the same answers. {@code before}/{@code after} are the project's nearest reports of
 * earlier and later months: a cumulative figure may neither fall below the earlier one nor exceed
 * the later one (a month reported late must not make a later month look like a fall).
 *
 * <p>The cumulative figures add up as in statistical practice: when the previous month is reported, 当年累计 is its
 * 当年累计 plus 本期 (in January just 本期) and 截止累计 its 截止累计 plus 本期, so the reporter types one number and
 * {@link #complete} works out the others; typed ones must agree and a mismatch names the figure it should be. Only a
 * project's first report (no previous month) takes its cumulative figures as typed. A correction of a month that has
 * later months shifts their cumulative figures by the same change ({@link #shifted}), which keeps them adding up.
 */
public final class ReportRules {

    /** A figure of a neighbouring month. */
    public record Neighbour(YearMonth month, BigDecimal yearToDate, BigDecimal sinceStart) {}

    /** One broken rule: the field at fault, the error code and the message arguments. */
    public record Violation(String field, ErrorCode code, List<Object> args) {}

    private ReportRules() {}

    /**
     * The figures with the cumulative ones worked out from the previous month where left blank: 当年累计 in January
     * is 本期, otherwise the previous month's plus 本期, as is 截止累计. Without a previous month they stay blank.
     */
    public static Figures complete(YearMonth month, Figures f, Neighbour before) {
        if (f.thisMonth() == null) {
            return f;
        }
        boolean previous = isPrevious(month, before);
        BigDecimal yearToDate = f.yearToDate();
        if (yearToDate == null && month.getMonthValue() == 1) {
            yearToDate = f.thisMonth();
        } else if (yearToDate == null && previous) {
            yearToDate = before.yearToDate().add(f.thisMonth());
        }
        BigDecimal sinceStart =
                f.sinceStart() == null && previous ? before.sinceStart().add(f.thisMonth()) : f.sinceStart();
        return new Figures(f.thisMonth(), yearToDate, sinceStart);
    }

    /** A later month's figures after a correction changed this month's by {@code stored} → {@code corrected}. */
    public static Figures shifted(YearMonth corrected, Figures stored, Figures now, YearMonth later, Figures figures) {
        BigDecimal yearToDate = later.getYear() == corrected.getYear()
                ? figures.yearToDate().add(now.yearToDate()).subtract(stored.yearToDate())
                : figures.yearToDate();
        return new Figures(
                figures.thisMonth(),
                yearToDate,
                figures.sinceStart().add(now.sinceStart()).subtract(stored.sinceStart()));
    }

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
        if (f.yearToDate() == null || f.sinceStart() == null) {
            errors.add(new Violation(
                    f.yearToDate() == null ? "yearToDate" : "sinceStart",
                    ErrorCode.INVESTMENT_CUMULATIVE_REQUIRED,
                    List.of()));
            return errors;
        }
        if (f.thisMonth().signum() < 0
                || f.yearToDate().signum() < 0
                || f.sinceStart().signum() < 0) {
            errors.add(new Violation("thisMonth", ErrorCode.INVESTMENT_NEGATIVE, List.of()));
            return errors;
        }
        // A cumulative figure worked out from the previous month can outgrow the column though every typed one fits.
        if (!Amounts.fits(f.yearToDate()) || !Amounts.fits(f.sinceStart())) {
            errors.add(new Violation(
                    Amounts.fits(f.yearToDate()) ? "sinceStart" : "yearToDate",
                    ErrorCode.VALIDATION,
                    List.of(Amounts.tooLarge())));
            return errors;
        }
        // The sums first: after a reported month they say which figure is wrong and what it should be (截止累计应为 …),
        // where the ordering rule could only say in general that the figures do not fit together.
        checkSums(month, f, before, errors);
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

    private static void checkSums(YearMonth month, Figures f, Neighbour before, List<Violation> errors) {
        if (month.getMonthValue() == 1 && f.yearToDate().compareTo(f.thisMonth()) != 0) {
            errors.add(new Violation(
                    "yearToDate", ErrorCode.INVESTMENT_YEAR_TO_DATE_JANUARY, List.of(amount(f.thisMonth()))));
        }
        if (!isPrevious(month, before)) {
            return;
        }
        BigDecimal yearToDate = before.yearToDate().add(f.thisMonth());
        if (month.getMonthValue() != 1 && f.yearToDate().compareTo(yearToDate) != 0) {
            errors.add(sum("yearToDate", ErrorCode.INVESTMENT_YEAR_TO_DATE_SUM, yearToDate, before.yearToDate(), f));
        }
        BigDecimal sinceStart = before.sinceStart().add(f.thisMonth());
        if (f.sinceStart().compareTo(sinceStart) != 0) {
            errors.add(sum("sinceStart", ErrorCode.INVESTMENT_SINCE_START_SUM, sinceStart, before.sinceStart(), f));
        }
    }

    private static Violation sum(String field, ErrorCode code, BigDecimal expected, BigDecimal previous, Figures f) {
        return new Violation(field, code, List.of(amount(expected), amount(previous), amount(f.thisMonth())));
    }

    private static boolean isPrevious(YearMonth month, Neighbour before) {
        return before != null && before.month().equals(month.minusMonths(1));
    }

    /** 万元 as the report table shows them: 67,495.02. */
    public static String amount(BigDecimal value) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
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

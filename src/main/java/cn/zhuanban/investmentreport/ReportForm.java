package cn.zhuanban.investmentreport;

import cn.zhuanban.shared.Amount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a reporter enters for a project and month; amounts in 万元 with at most two decimals. The cumulative figures
 * may be left blank when the previous month is reported: they follow from it ({@code ReportRules.complete}).
 */
public record ReportForm(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Min(1) @Max(12) Integer month,
        @NotNull @Amount BigDecimal thisMonth,
        @Amount BigDecimal yearToDate,
        @Amount BigDecimal sinceStart,
        @Size(max = 500) String overTotalExplanation,
        @Size(max = 1000) String progressNote) {

    public Figures figures() {
        return new Figures(thisMonth, yearToDate, sinceStart);
    }

    /** The same report with these figures. */
    public ReportForm with(Figures f) {
        return new ReportForm(
                year, month, f.thisMonth(), f.yearToDate(), f.sinceStart(), overTotalExplanation, progressNote);
    }
}

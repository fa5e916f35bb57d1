package cn.zhuanban.investmentreport;

import java.math.BigDecimal;
import java.time.Instant;

/** A monthly report as lists show it, with the project's name and total investment beside it. */
public record MonthlyReportView(
        long id,
        long projectId,
        String projectName,
        BigDecimal totalInvestment,
        int year,
        int month,
        BigDecimal thisMonth,
        BigDecimal yearToDate,
        BigDecimal sinceStart,
        String overTotalExplanation,
        String progressNote,
        boolean late,
        ReportStatus status,
        Instant reportedAt,
        Instant confirmedAt) {

    public boolean overTotal() {
        return sinceStart.compareTo(totalInvestment) > 0;
    }
}

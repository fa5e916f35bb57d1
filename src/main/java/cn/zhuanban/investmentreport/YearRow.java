package cn.zhuanban.investmentreport;

import java.math.BigDecimal;
import java.util.List;

/** One project of the statistics export: completed investment per month of a year (12 entries, null = no report). */
public record YearRow(
        long projectId,
        String projectName,
        BigDecimal totalInvestment,
        List<BigDecimal> months,
        BigDecimal sinceStart) {}

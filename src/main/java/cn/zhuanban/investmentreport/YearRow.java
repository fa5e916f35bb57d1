package cn.zhuanban.investmentreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One project of the statistics export: its id (other files are matched on it) and its project code (项目代码, which
 * a district clerk knows; null until registered), the year's planned investment (null = no plan set), completed investment per
 * month of the year (12 entries, null = no report) and the cumulative since the start.
 */
public record YearRow(
        long projectId,
        String projectCode,
        String projectName,
        BigDecimal totalInvestment,
        BigDecimal plannedThisYear,
        List<BigDecimal> months,
        BigDecimal sinceStart) {

    /** What the year's reports add up to (null when none was filed): the cockpit's 本年完成投资 for this project. */
    public BigDecimal completedThisYear() {
        return months.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}

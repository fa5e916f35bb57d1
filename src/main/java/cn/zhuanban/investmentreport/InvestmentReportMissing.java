package cn.zhuanban.investmentreport;

import java.time.YearMonth;
import java.util.List;

/**
 * A project's report for the month has not arrived near the end of the reporting window: the
 * notification module tells the recipients (the enterprise's contacts, the task force's chief service
 * officer and members). Published once per project and month.
 */
public record InvestmentReportMissing(
        long projectId, String projectName, YearMonth month, int deadlineDay, List<Long> recipientIds) {

    public InvestmentReportMissing {
        recipientIds = List.copyOf(recipientIds);
    }
}

package cn.zhuanban.investmentreport;

/** A monthly report is submitted by the reporter and confirmed by the dispatch office. */
public enum ReportStatus {
    SUBMITTED,
    CONFIRMED
}

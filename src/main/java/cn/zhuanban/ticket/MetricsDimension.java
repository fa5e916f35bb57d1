package cn.zhuanban.ticket;

/** What the metrics are grouped by. */
public enum MetricsDimension {
    DEPARTMENT,
    PROJECT,
    CATEGORY,
    MONTH
}

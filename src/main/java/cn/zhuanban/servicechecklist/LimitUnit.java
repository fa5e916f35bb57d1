package cn.zhuanban.servicechecklist;

/** How a time limit is counted: on the administrative calendar, or in calendar days where the law says so. */
public enum LimitUnit {
    WORKING_DAYS,
    CALENDAR_DAYS
}

package cn.zhuanban.enterpriseplan;

/** How far a measure has come, as the task force records it beside the states of its links. */
public enum MeasureProgress {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    SUSPENDED
}

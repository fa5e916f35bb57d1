package cn.zhuanban.talent;

/** Recruitment events: campus recruitment, job fairs, online events, others. */
public enum EventKind {
    CAMPUS,
    JOB_FAIR,
    ONLINE,
    OTHER
}

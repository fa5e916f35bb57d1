package cn.zhuanban.meeting;

/** How the task force talked with the enterprise. */
public enum ContactChannel {
    PHONE,
    VISIT,
    MESSAGE,
    MEETING
}

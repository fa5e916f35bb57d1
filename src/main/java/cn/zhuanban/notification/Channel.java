package cn.zhuanban.notification;

/** The ways a notice leaves the platform; the inbox is not among them, it is always written. */
public enum Channel {
    EMAIL,
    SMS,
    WECOM,
    DINGTALK
}

package cn.zhuanban.talent;

public enum Urgency {
    NORMAL,
    URGENT
}

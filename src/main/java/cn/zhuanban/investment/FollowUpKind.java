package cn.zhuanban.investment;

/** What kind of contact a follow-up record describes. */
public enum FollowUpKind {
    VISIT,
    CALL,
    TALKS,
    MESSAGE,
    OTHER
}

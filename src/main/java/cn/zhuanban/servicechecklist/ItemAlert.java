package cn.zhuanban.servicechecklist;

/** Why an item is yellow or red; the message key is {@code checklist.alert.<name>}. */
public enum ItemAlert {
    NEAR_LIMIT,
    OVERDUE,
    PERMIT_LAPSING,
    PERMIT_LAPSED
}

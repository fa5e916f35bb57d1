package cn.zhuanban.servicechecklist;

/**
 * Why an item is yellow or red: the department's 办理时限 counted from the 材料齐全受理日, a hand-made item's own
 * target ({@link #PAST_TARGET}), or an issued permit's validity. Never the plan's date: an item behind the plan is {@link ServiceItemView#behindPlan()}, which the plan's
 * and the project's lights report. The message key is {@code checklist.alert.<name>}.
 */
public enum ItemAlert {
    NEAR_LIMIT,
    OVERDUE,
    /** Open past its own target: a date typed for an item no plan row stands for, which no plan's light covers. */
    PAST_TARGET,
    /** Open and within the yellow working days of its own target (as {@link #NEAR_LIMIT} is of the 办理时限). */
    NEAR_TARGET,
    PERMIT_LAPSING,
    PERMIT_LAPSED
}

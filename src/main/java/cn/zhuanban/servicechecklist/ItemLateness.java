package cn.zhuanban.servicechecklist;

/**
 * Which lateness a department's list narrows to. {@code OVER_LIMIT} (已超办理时限) is the department's: an accepted
 * item past the 办理时限 counted from its 材料齐全受理日. {@code BEHIND_PLAN} (滞后于计划) is the project's: an open
 * item past the date the plan needs it by, accepted or not, which says nothing of the department's speed.
 */
public enum ItemLateness {
    OVER_LIMIT,
    BEHIND_PLAN
}

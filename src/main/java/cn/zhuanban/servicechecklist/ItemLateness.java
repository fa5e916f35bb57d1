package cn.zhuanban.servicechecklist;

/**
 * Which lateness a department's list narrows to. {@code OVER_LIMIT} (逾期) is the item's own: an accepted item past
 * the 办理时限 counted from its 材料齐全受理日, or a hand-made item (no plan row stands for it) past its own typed target,
 * which no plan's light covers. {@code BEHIND_PLAN} (滞后于计划) is the project's: an open item past the date its plan
 * row needs it by, accepted or not, which says nothing of the department's speed.
 */
public enum ItemLateness {
    OVER_LIMIT,
    BEHIND_PLAN
}

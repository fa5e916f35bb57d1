package cn.zhuanban.meeting;

/** Where a meeting decision's action stands, as the decisions ledger filters it; the message key is {@code meeting.action.state.<name>}. */
public enum ActionState {
    /** Not yet closed, whatever its deadline. */
    OPEN,
    /** Not yet closed and past its deadline. */
    OVERDUE,
    CLOSED
}

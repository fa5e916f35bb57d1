package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;

/**
 * The "my to-do" lists: what waits for the dispatch office, the departments, the lead officials and the reporters.
 * Each list is somebody's duty ({@link #isDutyOf}); staff who follow tickets see every list, a reporter from outside
 * (an enterprise contact) only his own.
 */
public enum TicketTodo {
    TO_ASSIGN,
    TO_SIGN,
    /** In progress in the user's department, a ticket reopened after 不满意 among them: to be resolved. */
    TO_HANDLE,
    OVERDUE,
    /** Resolved, waiting for the dispatch office's review. */
    TO_REVIEW,
    /** Extension requests waiting for the dispatch office's decision. */
    TO_DECIDE_EXTENSION,
    /** Return requests (申请退回) waiting for the dispatch office to reassign or insist. */
    TO_DECIDE_RETURN,
    TO_RATE,
    /** Rejections the dispatch office proposed, for the lead official to confirm. */
    TO_CONFIRM_REJECTION;

    /** Whether acting on this list is the user's duty, by permission: the workbench offers him these. */
    public boolean isDutyOf(CurrentUser user) {
        return switch (this) {
            case TO_ASSIGN, TO_REVIEW, TO_DECIDE_EXTENSION, TO_DECIDE_RETURN -> user.can(Permissions.TICKET_DISPATCH);
            case TO_SIGN, TO_HANDLE -> user.can(Permissions.TICKET_HANDLE);
            case OVERDUE -> TicketStaff.follows(user);
            case TO_CONFIRM_REJECTION -> user.can(Permissions.TICKET_SUSPEND);
            case TO_RATE -> user.can(Permissions.TICKET_REPORT);
        };
    }

    /** Whether the ticket list offers this tab to the user: his duty, or any list to staff who follow tickets. */
    public boolean isListedFor(CurrentUser user) {
        return TicketStaff.follows(user) || isDutyOf(user);
    }
}

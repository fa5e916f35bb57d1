package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;

/**
 * The "my to-do" lists: what waits for the dispatch office, the departments, the lead officials and the reporters, and
 * what the supervision office and the district leader follow of the escalation ladder (read-only: following is their
 * duty, acting stays the departments'). Each list is somebody's duty ({@link #isDutyOf}) and shown to him only; every
 * ticket he may read stays on the list's "all" tab.
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
    TO_CONFIRM_REJECTION,
    /**
     * Unresolved tickets carrying a red card or escalated to a supervision notice (督办单) or beyond: the lateness the
     * supervision office follows district-wide. The level stays when a recount withdraws the card.
     */
    SUPERVISED,
    /** Unresolved tickets the ladder's last rung (red + 5) put on the weekly meeting's agenda and to the leader. */
    ESCALATED_TO_LEADER,
    /**
     * Tickets closed by the reporter's second dissatisfaction and so escalated to the lead official of their project,
     * which he has not yet handled: no leader's instruction (批示) on them since they closed (不满意提级待处理).
     */
    ESCALATED_BY_DISSATISFACTION;

    /**
     * Whether acting on this list (or following it, for those who watch lateness) is the user's duty, by permission:
     * the workbench's cards and the ticket list's tabs offer him these and no other. The one place that decides who
     * sees which list: a department's handler was offered the dispatch office's 待交办 and 延期待审批 tabs, whose counts
     * he can do nothing about (0 in his scope, or his own department's requests waiting for someone else).
     */
    public boolean isDutyOf(CurrentUser user) {
        return switch (this) {
            case TO_ASSIGN, TO_REVIEW, TO_DECIDE_EXTENSION, TO_DECIDE_RETURN -> user.can(Permissions.TICKET_DISPATCH);
            case TO_SIGN, TO_HANDLE -> user.can(Permissions.TICKET_HANDLE);
            case OVERDUE -> TicketStaff.follows(user);
            case TO_CONFIRM_REJECTION -> user.can(Permissions.TICKET_SUSPEND);
            case TO_RATE -> user.can(Permissions.TICKET_REPORT);
            case SUPERVISED, ESCALATED_TO_LEADER -> user.can(Permissions.TICKET_ESCALATION_VIEW);
            case ESCALATED_BY_DISSATISFACTION -> user.can(Permissions.TICKET_INSTRUCT);
        };
    }

    /** Whether the list holds late tickets: its card and tab turn red when it holds any. */
    public boolean isLateness() {
        return this == OVERDUE || this == SUPERVISED || this == ESCALATED_TO_LEADER;
    }
}

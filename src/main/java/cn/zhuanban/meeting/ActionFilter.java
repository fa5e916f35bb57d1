package cn.zhuanban.meeting;

import java.time.YearMonth;

/**
 * Filters of the decisions ledger (议定事项台账), all optional: words of the decision or its project, the task force
 * whose meeting decided it, the department that owns it, where it stands and {@code month}, a past month whose end the
 * ledger is read as of (a past month's briefing links to it): the decisions of the meetings held by then, open or
 * closed as they were then. A month not over yet reads as today.
 */
public record ActionFilter(String q, Long taskForceId, Long departmentId, ActionState state, YearMonth month) {

    public ActionFilter(String q, Long taskForceId, Long departmentId, ActionState state) {
        this(q, taskForceId, departmentId, state, null);
    }

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null);
    }

    public boolean narrowed() {
        return (q != null && !q.isBlank())
                || taskForceId != null
                || departmentId != null
                || state != null
                || month != null;
    }
}

package cn.zhuanban.meeting;

/**
 * Filters of the decisions ledger (议定事项台账), all optional: words of the decision or its project, the task force
 * whose meeting decided it, the department that owns it, and where it stands.
 */
public record ActionFilter(String q, Long taskForceId, Long departmentId, ActionState state) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null);
    }

    public boolean narrowed() {
        return (q != null && !q.isBlank()) || taskForceId != null || departmentId != null || state != null;
    }
}

package cn.zhuanban.servicechecklist;

/**
 * The filters of the service-item list and its export: {@code q} matches the item's or its project's name (a typed
 * {@code %} or {@code _} as itself), {@code status} one status, {@code openOnly} the items that can still turn red
 * (open ones and issued permits whose work has not started), {@code late} the open items overdue on their own (past
 * their 办理时限, or a hand-made item past its typed target) or behind the plan ({@link ItemLateness}); {@code
 * departmentId} and {@code projectId} one department's or one project's items within the user's scope (the department
 * filter is offered to wider scopes only: a department handler's list is his department's). Null and blank mean any.
 */
public record DepartmentItemFilter(
        String q, ServiceItemStatus status, boolean openOnly, ItemLateness late, Long departmentId, Long projectId) {

    public DepartmentItemFilter(String q, ServiceItemStatus status, boolean openOnly, ItemLateness late) {
        this(q, status, openOnly, late, null, null);
    }

    public DepartmentItemFilter(String q, ServiceItemStatus status, boolean openOnly) {
        this(q, status, openOnly, null);
    }

    public static DepartmentItemFilter open() {
        return new DepartmentItemFilter(null, null, true);
    }

    /**
     * Whether a search or a filter narrows the list beyond its default: the form always sends {@code open}, and the
     * open items alone are the list's default (showing all widens it), so an empty list said 没有符合条件的记录 with
     * 清除筛选 when nothing had been asked for.
     */
    public boolean narrowed() {
        return (q != null && !q.isBlank())
                || status != null
                || late != null
                || departmentId != null
                || projectId != null;
    }
}

package cn.zhuanban.servicechecklist;

/**
 * The filters of a department's item list and its export: {@code q} matches the item's or its project's name (a typed
 * {@code %} or {@code _} as itself), {@code status} one status, {@code openOnly} the items that can still turn red
 * (open ones and issued permits whose work has not started), {@code late} the open items overdue on their own (past
 * their 办理时限, or a hand-made item past its typed target) or behind the plan ({@link ItemLateness}). Null and blank
 * mean any.
 */
public record DepartmentItemFilter(String q, ServiceItemStatus status, boolean openOnly, ItemLateness late) {

    public DepartmentItemFilter(String q, ServiceItemStatus status, boolean openOnly) {
        this(q, status, openOnly, null);
    }

    public static DepartmentItemFilter open() {
        return new DepartmentItemFilter(null, null, true);
    }
}

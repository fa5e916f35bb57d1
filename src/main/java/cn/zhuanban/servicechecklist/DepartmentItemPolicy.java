package cn.zhuanban.servicechecklist;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Objects;

/**
 * What a department handler may do with a checklist (MISSION: he handles what is assigned to his department, nothing
 * else): he reads the checklist of a project in scope, changes only his department's items, adds items only for his
 * department and cannot hand an item to another one, which is the task force's call. Wider scopes are not held back.
 */
public final class DepartmentItemPolicy {

    private DepartmentItemPolicy() {}

    /** Whether the user's form fixes an item's department to his own: a department handler's does. */
    public static boolean departmentFixed(CurrentUser user) {
        return user.dataScope() == DataScope.DEPARTMENT;
    }

    /** For an item the user may read: wider scopes change it, a department handler his department's only. */
    static boolean mayChange(Long departmentId, CurrentUser user) {
        return !departmentFixed(user) || ownDepartment(departmentId, user);
    }

    static void checkChange(Long departmentId, CurrentUser user) {
        if (!mayChange(departmentId, user)) {
            throw new BusinessException(ErrorCode.CHECKLIST_OTHER_DEPARTMENT);
        }
    }

    static void checkNewItem(ServiceItemForm form, CurrentUser user) {
        if (departmentFixed(user) && !ownDepartment(form.departmentId(), user)) {
            throw BusinessException.invalid("departmentId", "checklist.error.own-department");
        }
    }

    static void checkDepartmentKept(ServiceItemForm form, Long departmentBefore, CurrentUser user) {
        if (departmentFixed(user) && !Objects.equals(form.departmentId(), departmentBefore)) {
            throw BusinessException.invalid("departmentId", "checklist.error.department-fixed");
        }
    }

    static boolean ownDepartment(Long departmentId, CurrentUser user) {
        return departmentId != null && departmentId.equals(user.departmentId());
    }
}

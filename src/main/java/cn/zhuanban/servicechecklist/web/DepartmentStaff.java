package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The department's own items (/service-items, its export) are the work list of department staff. An enterprise contact
 * holds the checklist view permission for its projects' checklists, and opened the department page empty under the
 * title 本部门服务事项; it is refused as other staff pages are.
 */
final class DepartmentStaff {

    private DepartmentStaff() {}

    static void require(CurrentUser user) {
        if (user.enterpriseId() != null) {
            throw new AccessDeniedException("department items are for department staff");
        }
    }

    /**
     * The export is a department's sheet: staff of no department (a district leader, a 分包领导) have none to export;
     * their page says so (servicechecklist/no-department) and offers no export, and the address alone is refused
     * rather than answered with an empty sheet.
     */
    static void requireDepartment(CurrentUser user) {
        require(user);
        if (user.departmentId() == null) {
            throw new AccessDeniedException("department items need a department");
        }
    }
}

package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.servicechecklist.DepartmentItemFilter;
import cn.zhuanban.servicechecklist.ItemLateness;
import cn.zhuanban.servicechecklist.ItemLedger;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * The service items across projects (/service-items, its export) are a staff list. An enterprise contact
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
     * The list's and the export's filter; a department handler's list is his department's, so a department asked for
     * in the address is no filter of his (the scope holds him to his own in the database anyway).
     */
    static DepartmentItemFilter filter(
            String q,
            ServiceItemStatus status,
            boolean open,
            ItemLateness late,
            Long departmentId,
            Long projectId,
            CurrentUser user) {
        return new DepartmentItemFilter(
                q, status, open, late, ItemLedger.departmentOnly(user) ? null : departmentId, projectId);
    }

    /**
     * The export is a sheet of the user's list: a department handler of no department has none to export; his page
     * says so (servicechecklist/no-department) and offers no export, and the address alone is refused rather than
     * answered with an empty sheet.
     */
    static void requireList(CurrentUser user) {
        require(user);
        if (!ItemLedger.hasList(user)) {
            throw new AccessDeniedException("department items need a department");
        }
    }
}

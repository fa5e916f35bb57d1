package cn.zhuanban.schedule;

import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The departments a plan row may answer to: one of the district's, or none; a stage has none of its own. The one rule
 * for a row's department cell ({@link PlanRowEditing#setDepartment}) and for a row added to the table.
 */
@Component
class RowDepartments {

    private final DepartmentManagement departments;

    RowDepartments(DepartmentManagement departments) {
        this.departments = departments;
    }

    /** The district's departments by name in the tree's order: what the table offers. */
    List<String> names() {
        return departments.tree().stream().map(DepartmentView::name).distinct().toList();
    }

    /** The department of a row being added, null for none; refused when not the district's, or given to a stage. */
    String forNewRow(String key, boolean stage, String department) {
        String clean = department == null || department.isBlank() ? null : department.strip();
        if (clean == null) {
            return null;
        }
        if (stage) {
            throw refused("plan.error.stage-department", key);
        }
        if (!names().contains(clean)) {
            throw refused("plan.error.department", clean);
        }
        return clean;
    }

    static BusinessException refused(String messageKey, String value) {
        return new BusinessException(
                ErrorCode.SCHEDULE_INPUT,
                "department",
                new DefaultMessageSourceResolvable(new String[] {messageKey}, new Object[] {value}));
    }
}

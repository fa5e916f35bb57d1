package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.DepartmentRepository;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * The department and the enterprise an account names must exist. A department deleted meanwhile (a stale page) or a
 * tampered form is refused beside the field, not by the database's foreign key, which ended the save in an error page
 * that lost what was typed. The enterprise has no foreign key at all (the enterprise module owns that table), so an
 * unknown one was stored: an enterprise contact bound to no enterprise, or to one registered later under that id.
 */
@Component
class UserReferences {

    private final DepartmentRepository departments;
    private final UserEnterprises enterprises;

    UserReferences(DepartmentRepository departments, UserEnterprises enterprises) {
        this.departments = departments;
        this.enterprises = enterprises;
    }

    void check(Long departmentId, Long enterpriseId) {
        if (departmentId != null && !departments.existsById(departmentId)) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "departmentId", departmentId);
        }
        if (enterpriseId != null && !enterprises.exists(enterpriseId)) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", enterpriseId);
        }
    }
}

package cn.zhuanban.identity.domain;

import cn.zhuanban.identity.AdminDuty;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Separation of administrative duties (三员分立): user and department management belongs to the
 * system administrator, roles and security settings to the security administrator, the audit log
 * to the auditor. No role mixes duties, and no account holds two duties.
 */
public final class AdminDutyPolicy {

    private static final Map<String, AdminDuty> DUTIES = Map.ofEntries(
            Map.entry(Permissions.USER_EDIT, AdminDuty.SYSTEM),
            Map.entry(Permissions.DEPARTMENT_EDIT, AdminDuty.SYSTEM),
            Map.entry(Permissions.NOTIFICATION_ROBOT_EDIT, AdminDuty.SYSTEM),
            Map.entry(Permissions.ROLE_VIEW, AdminDuty.SECURITY),
            Map.entry(Permissions.ROLE_EDIT, AdminDuty.SECURITY),
            Map.entry(Permissions.USER_GRANT, AdminDuty.SECURITY),
            Map.entry(Permissions.USER_UNLOCK, AdminDuty.SECURITY),
            Map.entry(Permissions.SECURITY_SETTINGS, AdminDuty.SECURITY),
            Map.entry(Permissions.SESSION_MANAGE, AdminDuty.SECURITY),
            Map.entry(Permissions.AUDIT_VIEW, AdminDuty.AUDIT),
            Map.entry(Permissions.AUDIT_EXPORT, AdminDuty.AUDIT),
            Map.entry(Permissions.AUDIT_VERIFY, AdminDuty.AUDIT));

    private AdminDutyPolicy() {}

    /** The duty a permission belongs to, or null for a business permission anyone may get. */
    public static AdminDuty dutyOf(String permission) {
        return DUTIES.get(permission);
    }

    static BusinessException refusal(String permission) {
        return new BusinessException(ErrorCode.ADMIN_DUTIES_COMBINED, "permissions", permission);
    }

    /** Refuses a set of roles that would give one account two administrator duties. */
    public static void checkOneDuty(Collection<Role> roles) {
        long duties = roles.stream()
                .map(Role::getAdminDuty)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        if (duties > 1) {
            throw new BusinessException(ErrorCode.ADMIN_DUTIES_COMBINED, "roles", "");
        }
    }
}

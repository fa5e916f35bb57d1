package cn.zhuanban.identity.domain;

import static cn.zhuanban.identity.Permissions.*;

import cn.zhuanban.identity.AdminDuty;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Separation of administrative duties (三员分立): user and department management belongs to the
 * system administrator, roles and security settings to the security administrator, the audit log
 * to the auditor. No role mixes duties, an administrator role holds nothing but its duty, and no
 * account holds two duties, nor a duty and business roles.
 */
public final class AdminDutyPolicy {

    private static final Map<String, AdminDuty> DUTIES = Map.ofEntries(
            Map.entry(USER_EDIT, AdminDuty.SYSTEM),
            Map.entry(DEPARTMENT_EDIT, AdminDuty.SYSTEM),
            Map.entry(NOTIFICATION_ROBOT_EDIT, AdminDuty.SYSTEM),
            Map.entry(NOTIFICATION_MAIL_EXPORT, AdminDuty.SYSTEM),
            Map.entry(ROLE_VIEW, AdminDuty.SECURITY),
            Map.entry(ROLE_EDIT, AdminDuty.SECURITY),
            Map.entry(USER_GRANT, AdminDuty.SECURITY),
            Map.entry(USER_UNLOCK, AdminDuty.SECURITY),
            Map.entry(SECURITY_SETTINGS, AdminDuty.SECURITY),
            Map.entry(SESSION_MANAGE, AdminDuty.SECURITY),
            Map.entry(AUDIT_VIEW, AdminDuty.AUDIT),
            Map.entry(AUDIT_EXPORT, AdminDuty.AUDIT),
            Map.entry(AUDIT_VERIFY, AdminDuty.AUDIT));

    /**
     * What every account has whatever its roles: the workbench it lands on. Its own account (password, second factor,
     * language) needs no permission at all.
     */
    private static final Set<String> NEUTRAL = Set.of(WORKBENCH_VIEW);

    /**
     * Permissions that are no duty of their own but that a duty needs for its work: the user and department lists to
     * pick from, and for the system administrator the notification deliveries and the working-day calendar he keeps.
     * Business roles may hold them too; an administrator role holds only these of its duty.
     */
    private static final Map<AdminDuty, Set<String>> DUTY_TOOLS = Map.of(
            AdminDuty.SYSTEM,
            Set.of(USER_VIEW, DEPARTMENT_VIEW, NOTIFICATION_DELIVERY_VIEW, CALENDAR_VIEW, CALENDAR_EDIT),
            AdminDuty.SECURITY,
            Set.of(USER_VIEW, DEPARTMENT_VIEW),
            AdminDuty.AUDIT,
            Set.of());

    private AdminDutyPolicy() {}

    /** The duty a permission belongs to, or null for a business permission anyone may get. */
    public static AdminDuty dutyOf(String permission) {
        return DUTIES.get(permission);
    }

    /**
     * Refuses a permission that a role of {@code duty} (null: a business role) may not hold: another duty's, for an
     * administrator role anything beyond its own duty and the neutral permissions, for a business role any duty's.
     */
    static void checkPermission(String roleName, AdminDuty duty, String permission) {
        AdminDuty required = dutyOf(permission);
        if (required != null && required != duty) {
            throw new BusinessException(ErrorCode.ADMIN_DUTIES_COMBINED, "permissions", named(permission));
        }
        if (duty != null
                && required == null
                && !NEUTRAL.contains(permission)
                && !DUTY_TOOLS.get(duty).contains(permission)) {
            throw new BusinessException(
                    ErrorCode.ADMIN_ROLE_PERMISSION, "permissions", roleName, label(permission), permission);
        }
    }

    /**
     * Refuses a set of roles that would give one account two administrator duties, or an administrator duty together
     * with a business role: an administrator works on the system, never on its business data.
     */
    public static void checkOneDuty(Collection<Role> roles) {
        long duties = roles.stream()
                .map(Role::getAdminDuty)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        if (duties > 1) {
            throw new BusinessException(ErrorCode.ADMIN_DUTIES_COMBINED, "roles", "");
        }
        if (duties == 1) {
            roles.stream()
                    .filter(role -> role.getAdminDuty() == null)
                    .map(Role::getName)
                    .sorted()
                    .findFirst()
                    .ifPresent(business -> {
                        throw new BusinessException(ErrorCode.ADMIN_AND_BUSINESS_ROLES, "roleCodes", business);
                    });
        }
    }

    /** The one administrator duty among {@code roles}, or null for an account without one. */
    public static AdminDuty dutyOf(Collection<Role> roles) {
        return roles.stream()
                .map(Role::getAdminDuty)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static DefaultMessageSourceResolvable named(String permission) {
        return new DefaultMessageSourceResolvable(
                new String[] {"identity.permission-refused"}, new Object[] {label(permission), permission});
    }

    private static DefaultMessageSourceResolvable label(String permission) {
        return new DefaultMessageSourceResolvable(new String[] {"permission." + permission}, null, permission);
    }
}

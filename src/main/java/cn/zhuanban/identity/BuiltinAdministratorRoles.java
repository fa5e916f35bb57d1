package cn.zhuanban.identity;

import static cn.zhuanban.identity.Permissions.*;

import java.util.List;
import java.util.Set;

/**
 * The three administrators of the separation of duties (system, security, audit): each carries
 * only its own duty's permissions and no business permission, so no one account both runs the
 * system and grants or audits it.
 */
final class BuiltinAdministratorRoles {

    static final List<BuiltinRoleCatalog.Definition> ROLES = List.of(
            new BuiltinRoleCatalog.Definition(
                    BuiltinRoles.SYSTEM_ADMIN,
                    "系统管理员",
                    AdminDuty.SYSTEM,
                    DataScope.ALL,
                    Set.of(
                            WORKBENCH_VIEW,
                            USER_VIEW,
                            USER_EDIT,
                            DEPARTMENT_VIEW,
                            DEPARTMENT_EDIT,
                            NOTIFICATION_DELIVERY_VIEW,
                            NOTIFICATION_ROBOT_EDIT,
                            NOTIFICATION_MAIL_EXPORT,
                            CALENDAR_VIEW,
                            CALENDAR_EDIT)),
            new BuiltinRoleCatalog.Definition(
                    BuiltinRoles.SECURITY_ADMIN,
                    "安全管理员",
                    AdminDuty.SECURITY,
                    DataScope.ALL,
                    Set.of(
                            WORKBENCH_VIEW,
                            USER_VIEW,
                            USER_GRANT,
                            USER_UNLOCK,
                            DEPARTMENT_VIEW,
                            ROLE_VIEW,
                            ROLE_EDIT,
                            SECURITY_SETTINGS,
                            SESSION_MANAGE)),
            new BuiltinRoleCatalog.Definition(
                    BuiltinRoles.AUDITOR,
                    "审计管理员",
                    AdminDuty.AUDIT,
                    DataScope.ALL,
                    Set.of(WORKBENCH_VIEW, AUDIT_VIEW, AUDIT_EXPORT, AUDIT_VERIFY)));

    private BuiltinAdministratorRoles() {}
}

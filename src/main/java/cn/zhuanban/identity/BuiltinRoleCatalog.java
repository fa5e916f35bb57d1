package cn.zhuanban.identity;

import static cn.zhuanban.identity.Permissions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles a new installation starts with, their default data scopes and permissions. Business
 * roles carry no administrator permission; each administrator role carries only its own duty's.
 */
final class BuiltinRoleCatalog {

    record Definition(String code, String name, AdminDuty duty, DataScope scope, Set<String> permissions) {}

    private static final Set<String> READ =
            Set.of(WORKBENCH_VIEW, PROJECT_VIEW, ENTERPRISE_VIEW, TASK_FORCE_VIEW, API_TOKEN, PLAN_VIEW, CALENDAR_VIEW);

    private static final List<Definition> BASE_ROLES = List.of(
            new Definition(
                    BuiltinRoles.DISTRICT_LEADER,
                    "区领导",
                    null,
                    DataScope.ALL,
                    plus(
                            READ,
                            PROJECT_EXPORT,
                            ENTERPRISE_EXPORT,
                            TICKET_VIEW,
                            TICKET_EXPORT,
                            TICKET_METRICS,
                            TICKET_SUSPEND,
                            INVESTMENT_VIEW,
                            COCKPIT_VIEW,
                            REPORT_GENERATE,
                            CHECKLIST_VIEW,
                            CONTACT_VIEW,
                            MEETING_VIEW)),
            new Definition(
                    BuiltinRoles.LEAD_OFFICIAL,
                    "分包领导",
                    null,
                    DataScope.LED_PROJECTS,
                    plus(
                            READ,
                            PROJECT_EDIT,
                            PROJECT_EXPORT,
                            TICKET_REPORT,
                            TICKET_VIEW,
                            TICKET_SUSPEND,
                            TICKET_METRICS,
                            INVESTMENT_VIEW,
                            COCKPIT_VIEW,
                            CHECKLIST_VIEW,
                            CHECKLIST_EDIT,
                            CONTACT_VIEW,
                            CONTACT_EDIT,
                            MEETING_VIEW,
                            MEETING_EDIT,
                            PLAN_EDIT)),
            new Definition(
                    BuiltinRoles.DISPATCH_OFFICE,
                    "调度办",
                    null,
                    DataScope.ALL,
                    plus(
                            READ,
                            PROJECT_CREATE,
                            PROJECT_EDIT,
                            PROJECT_EXPORT,
                            TASK_FORCE_EDIT,
                            ENTERPRISE_CREATE,
                            ENTERPRISE_EDIT,
                            ENTERPRISE_EXPORT,
                            TICKET_REPORT,
                            TICKET_VIEW,
                            TICKET_DISPATCH,
                            TICKET_EXPORT,
                            TICKET_METRICS,
                            INVESTMENT_VIEW,
                            INVESTMENT_REPORT,
                            INVESTMENT_CONFIRM,
                            INVESTMENT_PLAN,
                            INVESTMENT_IMPORT,
                            COCKPIT_VIEW,
                            REPORT_GENERATE,
                            CHECKLIST_VIEW,
                            CHECKLIST_EDIT,
                            CONTACT_VIEW,
                            CONTACT_EDIT,
                            MEETING_VIEW,
                            MEETING_EDIT,
                            PLAN_EDIT)),
            new Definition(
                    BuiltinRoles.TASK_FORCE_MEMBER,
                    "专班成员",
                    null,
                    DataScope.TASK_FORCE,
                    plus(
                            READ,
                            PROJECT_EDIT,
                            ENTERPRISE_EDIT,
                            TICKET_REPORT,
                            TICKET_VIEW,
                            TICKET_METRICS,
                            INVESTMENT_VIEW,
                            INVESTMENT_REPORT,
                            INVESTMENT_IMPORT,
                            CHECKLIST_VIEW,
                            CHECKLIST_EDIT,
                            CONTACT_VIEW,
                            CONTACT_EDIT,
                            MEETING_VIEW,
                            MEETING_EDIT,
                            PLAN_EDIT)),
            new Definition(
                    BuiltinRoles.DEPARTMENT_HANDLER,
                    "部门经办人",
                    null,
                    DataScope.DEPARTMENT,
                    plus(
                            READ,
                            TICKET_REPORT,
                            TICKET_VIEW,
                            TICKET_HANDLE,
                            TICKET_EXPORT,
                            TICKET_METRICS,
                            INVESTMENT_VIEW,
                            COCKPIT_VIEW,
                            CHECKLIST_VIEW,
                            CHECKLIST_EDIT,
                            MEETING_VIEW)),
            new Definition(
                    BuiltinRoles.ENTERPRISE_CONTACT,
                    "企业联络员",
                    null,
                    DataScope.ENTERPRISE,
                    Set.of(
                            WORKBENCH_VIEW,
                            PROJECT_VIEW,
                            ENTERPRISE_VIEW,
                            API_TOKEN,
                            TICKET_REPORT,
                            TICKET_VIEW,
                            INVESTMENT_VIEW,
                            INVESTMENT_REPORT,
                            CHECKLIST_VIEW,
                            PLAN_VIEW)),
            new Definition(
                    BuiltinRoles.SUPERVISION,
                    "督查室",
                    null,
                    DataScope.ALL,
                    plus(
                            READ,
                            PROJECT_EXPORT,
                            ENTERPRISE_EXPORT,
                            TICKET_VIEW,
                            TICKET_EXPORT,
                            TICKET_METRICS,
                            INVESTMENT_VIEW,
                            COCKPIT_VIEW,
                            REPORT_GENERATE,
                            CHECKLIST_VIEW,
                            CONTACT_VIEW,
                            MEETING_VIEW)),
            new Definition(
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
                            CALENDAR_VIEW,
                            CALENDAR_EDIT)),
            new Definition(
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
                            SECURITY_SETTINGS)),
            new Definition(
                    BuiltinRoles.AUDITOR,
                    "审计管理员",
                    AdminDuty.AUDIT,
                    DataScope.ALL,
                    Set.of(WORKBENCH_VIEW, AUDIT_VIEW, AUDIT_EXPORT, AUDIT_VERIFY)));

    /**
     * Industry chains, investment leads and talent, added to the roles above: leads are staff work
     * (never the enterprise contact's), candidates' contact data only for the offices that recruit.
     * Exporting the talent pool is its own permission, not part of seeing it: a file of people's
     * names and phone numbers leaves the system's access control and can be copied without trace,
     * so under the Personal Information Protection Law (minimum necessary, access by role) and the
     * least privilege of MLPS level 3 the security administrator grants it on purpose, and can
     * withdraw it, without touching who may work with the pool on screen.
     */
    private static final Map<String, Set<String>> CHAIN_INVESTMENT_TALENT = Map.of(
            BuiltinRoles.DISTRICT_LEADER,
                    Set.of(
                            INDUSTRY_CHAIN_VIEW,
                            INVESTMENT_LEAD_VIEW,
                            INVESTMENT_LEAD_EXPORT,
                            TALENT_DEMAND_VIEW,
                            TALENT_DEMAND_EXPORT),
            BuiltinRoles.LEAD_OFFICIAL,
                    Set.of(
                            INDUSTRY_CHAIN_VIEW,
                            INVESTMENT_LEAD_VIEW,
                            INVESTMENT_LEAD_EDIT,
                            TALENT_DEMAND_VIEW,
                            PLAN_PROGRESS),
            BuiltinRoles.DISPATCH_OFFICE,
                    Set.of(
                            INDUSTRY_CHAIN_VIEW,
                            INDUSTRY_CHAIN_EDIT,
                            INVESTMENT_LEAD_VIEW,
                            INVESTMENT_LEAD_EDIT,
                            INVESTMENT_LEAD_EXPORT,
                            INVESTMENT_RULE_EDIT,
                            TALENT_DEMAND_VIEW,
                            TALENT_DEMAND_EDIT,
                            TALENT_DEMAND_EXPORT,
                            TALENT_CANDIDATE_VIEW,
                            TALENT_CANDIDATE_EDIT,
                            TALENT_CANDIDATE_EXPORT,
                            PLAN_PROGRESS,
                            PLAN_TEMPLATE_EDIT),
            BuiltinRoles.TASK_FORCE_MEMBER,
                    Set.of(
                            INDUSTRY_CHAIN_VIEW,
                            INVESTMENT_LEAD_VIEW,
                            INVESTMENT_LEAD_EDIT,
                            TALENT_DEMAND_VIEW,
                            TALENT_DEMAND_EDIT,
                            PLAN_PROGRESS),
            BuiltinRoles.DEPARTMENT_HANDLER,
                    Set.of(INDUSTRY_CHAIN_VIEW, INVESTMENT_LEAD_VIEW, INVESTMENT_LEAD_EDIT, TALENT_DEMAND_VIEW),
            BuiltinRoles.ENTERPRISE_CONTACT, Set.of(TALENT_DEMAND_VIEW, TALENT_DEMAND_EDIT, PLAN_PROGRESS),
            BuiltinRoles.SUPERVISION,
                    Set.of(
                            INDUSTRY_CHAIN_VIEW,
                            INVESTMENT_LEAD_VIEW,
                            INVESTMENT_LEAD_EXPORT,
                            TALENT_DEMAND_VIEW,
                            TALENT_DEMAND_EXPORT));

    /**
     * One enterprise, one plan: staff who serve enterprises edit plans, the lead official approves
     * them (only for enterprises whose projects he leads), everyone else reads within his scope.
     */
    private static final Map<String, Set<String>> ENTERPRISE_PLANS = Map.of(
            BuiltinRoles.DISTRICT_LEADER, Set.of(ENTERPRISE_PLAN_VIEW),
            BuiltinRoles.LEAD_OFFICIAL, Set.of(ENTERPRISE_PLAN_VIEW, ENTERPRISE_PLAN_EDIT, ENTERPRISE_PLAN_APPROVE),
            BuiltinRoles.DISPATCH_OFFICE, Set.of(ENTERPRISE_PLAN_VIEW, ENTERPRISE_PLAN_EDIT),
            BuiltinRoles.TASK_FORCE_MEMBER, Set.of(ENTERPRISE_PLAN_VIEW, ENTERPRISE_PLAN_EDIT),
            BuiltinRoles.DEPARTMENT_HANDLER, Set.of(ENTERPRISE_PLAN_VIEW),
            BuiltinRoles.ENTERPRISE_CONTACT, Set.of(ENTERPRISE_PLAN_VIEW),
            BuiltinRoles.SUPERVISION, Set.of(ENTERPRISE_PLAN_VIEW));

    static final List<Definition> ROLES = BASE_ROLES.stream()
            .map(role -> new Definition(
                    role.code(),
                    role.name(),
                    role.duty(),
                    role.scope(),
                    plus(
                            role.permissions(),
                            CHAIN_INVESTMENT_TALENT
                                    .getOrDefault(role.code(), Set.of())
                                    .toArray(String[]::new))))
            .map(role -> new Definition(
                    role.code(),
                    role.name(),
                    role.duty(),
                    role.scope(),
                    plus(
                            role.permissions(),
                            ENTERPRISE_PLANS.getOrDefault(role.code(), Set.of()).toArray(String[]::new))))
            .toList();

    private BuiltinRoleCatalog() {}

    private static Set<String> plus(Set<String> base, String... more) {
        var all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}

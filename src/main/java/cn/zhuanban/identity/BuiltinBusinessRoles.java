package cn.zhuanban.identity;

import static cn.zhuanban.identity.Permissions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The business roles as a new installation first defined them, before the later modules' grants
 * ({@link BuiltinRoleCatalog} adds those): no administrator permission, and the data scope each
 * role works in by default.
 */
final class BuiltinBusinessRoles {

    /** What every staff role reads: the enterprise contact reads less, so it lists its own. */
    private static final Set<String> READ =
            Set.of(WORKBENCH_VIEW, PROJECT_VIEW, ENTERPRISE_VIEW, TASK_FORCE_VIEW, API_TOKEN, PLAN_VIEW, CALENDAR_VIEW);

    /**
     * The supervision office and the district's auditors read everything and change nothing
     * (MISSION, who uses it): every ledger with its export, no permission that writes. The auditors
     * here are the audit bureau checking the projects, not the audit administrator of the separation
     * of duties, who reads the system's log and no business data.
     */
    static final Set<String> READ_EVERYTHING = read(
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
            MEETING_VIEW);

    static final List<BuiltinRoleCatalog.Definition> ROLES = List.of(
            new BuiltinRoleCatalog.Definition(
                    BuiltinRoles.DISTRICT_LEADER,
                    "区领导",
                    null,
                    DataScope.ALL,
                    read(
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
            new BuiltinRoleCatalog.Definition(
                    BuiltinRoles.LEAD_OFFICIAL,
                    "分包领导",
                    null,
                    DataScope.LED_PROJECTS,
                    read(
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
            new BuiltinRoleCatalog.Definition(
                    BuiltinRoles.DISPATCH_OFFICE,
                    "调度办",
                    null,
                    DataScope.ALL,
                    read(
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
            new BuiltinRoleCatalog.Definition(
                    BuiltinRoles.TASK_FORCE_MEMBER,
                    "专班成员",
                    null,
                    DataScope.TASK_FORCE,
                    read(
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
            new BuiltinRoleCatalog.Definition(
                    BuiltinRoles.DEPARTMENT_HANDLER,
                    "部门经办人",
                    null,
                    DataScope.DEPARTMENT,
                    read(
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
            new BuiltinRoleCatalog.Definition(
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
            new BuiltinRoleCatalog.Definition(BuiltinRoles.SUPERVISION, "督查室", null, DataScope.ALL, READ_EVERYTHING),
            new BuiltinRoleCatalog.Definition(BuiltinRoles.AUDIT_OFFICE, "审计局", null, DataScope.ALL, READ_EVERYTHING));

    private BuiltinBusinessRoles() {}

    private static Set<String> read(String... more) {
        var all = new HashSet<>(READ);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}

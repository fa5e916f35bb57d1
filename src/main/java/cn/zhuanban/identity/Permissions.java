package cn.zhuanban.identity;

import java.util.List;
import java.util.Set;

/**
 * The permission catalogue. Strings follow the {@code module:resource:action} habit that
 * government IT staff know; checks use these constants, the role editor lists them all, and
 * each has a label under {@code permission.<string>} in the message bundles.
 */
public final class Permissions {

    public static final String WORKBENCH_VIEW = "home:workbench:view";
    public static final String PROJECT_VIEW = "project:project:view";
    public static final String PROJECT_CREATE = "project:project:create";
    public static final String PROJECT_EDIT = "project:project:edit";
    public static final String PROJECT_EXPORT = "project:project:export";
    public static final String PROJECT_IMPORT = "project:project:import";
    public static final String TASK_FORCE_VIEW = "project:taskforce:view";
    public static final String TASK_FORCE_EDIT = "project:taskforce:edit";
    public static final String ENTERPRISE_VIEW = "enterprise:enterprise:view";
    public static final String ENTERPRISE_CREATE = "enterprise:enterprise:create";
    public static final String ENTERPRISE_EDIT = "enterprise:enterprise:edit";
    public static final String ENTERPRISE_EXPORT = "enterprise:enterprise:export";
    public static final String ENTERPRISE_IMPORT = "enterprise:enterprise:import";
    public static final String USER_VIEW = "identity:user:view";
    public static final String USER_EDIT = "identity:user:edit";
    public static final String USER_GRANT = "identity:user:grant";
    public static final String USER_UNLOCK = "identity:user:unlock";
    public static final String DEPARTMENT_VIEW = "identity:department:view";
    public static final String DEPARTMENT_EDIT = "identity:department:edit";
    public static final String ROLE_VIEW = "identity:role:view";
    public static final String ROLE_EDIT = "identity:role:edit";
    public static final String SECURITY_SETTINGS = "identity:security:edit";
    public static final String SESSION_MANAGE = "identity:session:manage";
    public static final String AUDIT_VIEW = "audit:log:view";
    public static final String AUDIT_EXPORT = "audit:log:export";
    public static final String AUDIT_VERIFY = "audit:log:verify";
    public static final String API_TOKEN = "identity:token:create";
    public static final String NOTIFICATION_DELIVERY_VIEW = "notification:delivery:view";
    public static final String NOTIFICATION_ROBOT_EDIT = "notification:robot:edit";
    /** The mail outbox as Excel: the system administrator's duty alone (AdminDutyPolicy), audited. */
    public static final String NOTIFICATION_MAIL_EXPORT = "notification:mail:export";

    public static final String TICKET_REPORT = "ticket:ticket:report";
    public static final String TICKET_VIEW = "ticket:ticket:view";
    public static final String TICKET_DISPATCH = "ticket:ticket:dispatch";
    public static final String TICKET_HANDLE = "ticket:ticket:handle";
    public static final String TICKET_SUSPEND = "ticket:ticket:suspend";
    public static final String TICKET_EXPORT = "ticket:ticket:export";
    public static final String TICKET_METRICS = "ticket:metrics:view";
    /** Follow lateness district-wide: red cards, supervision notices (督办) and escalations, read-only. */
    public static final String TICKET_ESCALATION_VIEW = "ticket:escalation:view";
    /** Give a leader's instruction (领导批示): a ticket assigned at once, or an instruction on an existing one. */
    public static final String TICKET_INSTRUCT = "ticket:ticket:instruct";

    public static final String INVESTMENT_VIEW = "project:investment:view";
    public static final String INVESTMENT_REPORT = "project:investment:report";
    public static final String INVESTMENT_CONFIRM = "project:investment:confirm";
    public static final String INVESTMENT_PLAN = "project:investment:plan";
    public static final String INVESTMENT_IMPORT = "project:investment:import";
    public static final String COCKPIT_VIEW = "home:cockpit:view";
    public static final String REPORT_GENERATE = "home:report:generate";
    public static final String CHECKLIST_VIEW = "project:checklist:view";
    public static final String CHECKLIST_EDIT = "project:checklist:edit";
    public static final String CONTACT_VIEW = "meeting:contact:view";
    public static final String CONTACT_EDIT = "meeting:contact:edit";
    public static final String MEETING_VIEW = "meeting:meeting:view";
    public static final String MEETING_EDIT = "meeting:meeting:edit";
    public static final String PLAN_VIEW = "schedule:plan:view";
    public static final String PLAN_EDIT = "schedule:plan:edit";
    public static final String CALENDAR_VIEW = "calendar:calendar:view";
    public static final String CALENDAR_EDIT = "calendar:calendar:edit";
    public static final String INDUSTRY_CHAIN_VIEW = "industry:chain:view";
    public static final String INDUSTRY_CHAIN_EDIT = "industry:chain:edit";
    public static final String INVESTMENT_LEAD_VIEW = "investment:lead:view";
    public static final String INVESTMENT_LEAD_EDIT = "investment:lead:edit";
    public static final String INVESTMENT_LEAD_EXPORT = "investment:lead:export";
    /**
     * The partner and referrer registries: district-wide directories with contact data, kept by those who attract
     * investment and read by those who oversee them, not by a department that only reads its own leads.
     */
    public static final String INVESTMENT_REGISTRY_VIEW = "investment:registry:view";

    public static final String INVESTMENT_RULE_EDIT = "investment:rule:edit";
    public static final String TALENT_DEMAND_VIEW = "talent:demand:view";
    public static final String TALENT_DEMAND_EDIT = "talent:demand:edit";
    public static final String TALENT_DEMAND_EXPORT = "talent:demand:export";
    public static final String TALENT_CANDIDATE_VIEW = "talent:candidate:view";
    public static final String TALENT_CANDIDATE_EDIT = "talent:candidate:edit";
    public static final String TALENT_CANDIDATE_EXPORT = "talent:candidate:export";
    public static final String PLAN_PROGRESS = "schedule:plan:progress";
    public static final String PLAN_TEMPLATE_EDIT = "schedule:template:edit";
    public static final String ENTERPRISE_PLAN_VIEW = "enterpriseplan:plan:view";
    public static final String ENTERPRISE_PLAN_EDIT = "enterpriseplan:plan:edit";
    public static final String ENTERPRISE_PLAN_APPROVE = "enterpriseplan:plan:approve";
    /** Record the progress of the measures one's own department owns, without editing the plan. */
    public static final String ENTERPRISE_PLAN_PROGRESS = "enterpriseplan:measure:progress";

    public static final String EVALUATION_RATE = "project:evaluation:rate";
    public static final String EVALUATION_VIEW = "project:evaluation:view";

    /**
     * What a role held by an enterprise's people (an account linked to an enterprise, or granted with the scope 本企业)
     * may hold: the permissions whose data the enterprise scope filters down to the account's own enterprise (its
     * projects with their plans, checklists and investment reports, its tickets, its directory entry, its talent
     * demands and plan), and the harmless ones beside them (workbench, API token, the working-day calendar). Everything
     * else reaches data no enterprise scope filters, or works on other people's items: the candidate pool with its
     * phone numbers, the partner and referrer registries, the district's SLA and investment rules, the dispatch moves
     * on tickets, meetings and contact logs, registering projects or enterprises. The built-in enterprise contact holds
     * all of these but the calendar; a grant or a role edit that would go beyond them is refused (GrantScopePolicy).
     */
    public static final Set<String> ENTERPRISE_SAFE = Set.of(
            WORKBENCH_VIEW,
            API_TOKEN,
            CALENDAR_VIEW,
            PROJECT_VIEW,
            PROJECT_EXPORT,
            PLAN_VIEW,
            PLAN_PROGRESS,
            CHECKLIST_VIEW,
            ENTERPRISE_VIEW,
            ENTERPRISE_EXPORT,
            TICKET_REPORT,
            TICKET_VIEW,
            TICKET_EXPORT,
            INVESTMENT_VIEW,
            INVESTMENT_REPORT,
            TALENT_DEMAND_VIEW,
            TALENT_DEMAND_EDIT,
            TALENT_DEMAND_EXPORT,
            ENTERPRISE_PLAN_VIEW,
            EVALUATION_RATE);

    public static final List<String> ALL = List.of(
            WORKBENCH_VIEW,
            PROJECT_VIEW,
            PROJECT_CREATE,
            PROJECT_EDIT,
            PROJECT_EXPORT,
            PROJECT_IMPORT,
            TASK_FORCE_VIEW,
            TASK_FORCE_EDIT,
            ENTERPRISE_VIEW,
            ENTERPRISE_CREATE,
            ENTERPRISE_EDIT,
            ENTERPRISE_EXPORT,
            ENTERPRISE_IMPORT,
            USER_VIEW,
            USER_EDIT,
            USER_GRANT,
            USER_UNLOCK,
            DEPARTMENT_VIEW,
            DEPARTMENT_EDIT,
            ROLE_VIEW,
            ROLE_EDIT,
            SECURITY_SETTINGS,
            SESSION_MANAGE,
            AUDIT_VIEW,
            AUDIT_EXPORT,
            AUDIT_VERIFY,
            API_TOKEN,
            NOTIFICATION_DELIVERY_VIEW,
            NOTIFICATION_ROBOT_EDIT,
            NOTIFICATION_MAIL_EXPORT,
            TICKET_REPORT,
            TICKET_VIEW,
            TICKET_DISPATCH,
            TICKET_HANDLE,
            TICKET_SUSPEND,
            TICKET_EXPORT,
            TICKET_METRICS,
            TICKET_ESCALATION_VIEW,
            TICKET_INSTRUCT,
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
            PLAN_VIEW,
            PLAN_EDIT,
            CALENDAR_VIEW,
            CALENDAR_EDIT,
            INDUSTRY_CHAIN_VIEW,
            INDUSTRY_CHAIN_EDIT,
            INVESTMENT_LEAD_VIEW,
            INVESTMENT_LEAD_EDIT,
            INVESTMENT_LEAD_EXPORT,
            INVESTMENT_REGISTRY_VIEW,
            INVESTMENT_RULE_EDIT,
            TALENT_DEMAND_VIEW,
            TALENT_DEMAND_EDIT,
            TALENT_DEMAND_EXPORT,
            TALENT_CANDIDATE_VIEW,
            TALENT_CANDIDATE_EDIT,
            TALENT_CANDIDATE_EXPORT,
            PLAN_PROGRESS,
            PLAN_TEMPLATE_EDIT,
            ENTERPRISE_PLAN_VIEW,
            ENTERPRISE_PLAN_EDIT,
            ENTERPRISE_PLAN_APPROVE,
            ENTERPRISE_PLAN_PROGRESS,
            EVALUATION_RATE,
            EVALUATION_VIEW);

    private Permissions() {}
}

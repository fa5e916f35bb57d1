package cn.zhuanban.identity;

import static cn.zhuanban.identity.Permissions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The roles a new installation starts with, their default data scopes and permissions: the
 * business roles ({@link BuiltinBusinessRoles}) with what the later modules grant them, then the
 * administrators ({@link BuiltinAdministratorRoles}). Business roles carry no administrator
 * permission; each administrator role carries only its own duty's.
 */
final class BuiltinRoleCatalog {

    record Definition(String code, String name, AdminDuty duty, DataScope scope, Set<String> permissions) {

        /** The same role with {@code more} permissions as well. */
        Definition plus(Set<String> more) {
            var all = new HashSet<>(permissions);
            all.addAll(more);
            return new Definition(code, name, duty, scope, Set.copyOf(all));
        }
    }

    /** What the supervision office and the auditors read of the chains, leads and talent demands. */
    private static final Set<String> READ_EVERYTHING_MORE = Set.of(
            INDUSTRY_CHAIN_VIEW,
            INVESTMENT_LEAD_VIEW,
            INVESTMENT_LEAD_EXPORT,
            TALENT_DEMAND_VIEW,
            TALENT_DEMAND_EXPORT);

    /**
     * Industry chains, investment leads and talent, added to the business roles: leads are staff work
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
                    Set.of(INDUSTRY_CHAIN_VIEW, INVESTMENT_LEAD_VIEW, INVESTMENT_LEAD_EDIT, TALENT_DEMAND_VIEW),
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
            // A department handler reads the leads of his department but does not enter or move leads: attracting
            // investment is the dispatch office's, the task forces' and the lead officials' work (audit D1).
            BuiltinRoles.DEPARTMENT_HANDLER, Set.of(INDUSTRY_CHAIN_VIEW, INVESTMENT_LEAD_VIEW, TALENT_DEMAND_VIEW),
            BuiltinRoles.ENTERPRISE_CONTACT, Set.of(TALENT_DEMAND_VIEW, TALENT_DEMAND_EDIT, PLAN_PROGRESS),
            BuiltinRoles.SUPERVISION, READ_EVERYTHING_MORE,
            BuiltinRoles.AUDIT_OFFICE, READ_EVERYTHING_MORE);

    /**
     * The partner and referrer registries are district-wide directories with the partners' contact phone numbers: the
     * tools of those who attract investment, read by those who oversee it. A department handler reads the leads of his
     * department (with their partner's and referrer's names), not the directories behind them (MISSION: handlers see
     * their department's work, nothing else).
     */
    private static final Set<String> REGISTRY_READERS = Set.of(
            BuiltinRoles.DISTRICT_LEADER,
            BuiltinRoles.LEAD_OFFICIAL,
            BuiltinRoles.DISPATCH_OFFICE,
            BuiltinRoles.TASK_FORCE_MEMBER,
            BuiltinRoles.SUPERVISION,
            BuiltinRoles.AUDIT_OFFICE);

    /**
     * One enterprise, one plan: staff who serve enterprises edit plans, the lead official approves
     * them (only for enterprises whose projects he leads), everyone else reads within his scope. A department
     * handler records the progress of the measures his department owns: each measure is work assigned to its owner
     * department, which reports how far it has come, as it does on its tickets.
     */
    private static final Map<String, Set<String>> ENTERPRISE_PLANS = Map.of(
            BuiltinRoles.DISTRICT_LEADER, Set.of(ENTERPRISE_PLAN_VIEW),
            BuiltinRoles.LEAD_OFFICIAL, Set.of(ENTERPRISE_PLAN_VIEW, ENTERPRISE_PLAN_EDIT, ENTERPRISE_PLAN_APPROVE),
            BuiltinRoles.DISPATCH_OFFICE, Set.of(ENTERPRISE_PLAN_VIEW, ENTERPRISE_PLAN_EDIT),
            BuiltinRoles.TASK_FORCE_MEMBER, Set.of(ENTERPRISE_PLAN_VIEW, ENTERPRISE_PLAN_EDIT),
            BuiltinRoles.DEPARTMENT_HANDLER, Set.of(ENTERPRISE_PLAN_VIEW, ENTERPRISE_PLAN_PROGRESS),
            BuiltinRoles.ENTERPRISE_CONTACT, Set.of(ENTERPRISE_PLAN_VIEW),
            BuiltinRoles.SUPERVISION, Set.of(ENTERPRISE_PLAN_VIEW),
            BuiltinRoles.AUDIT_OFFICE, Set.of(ENTERPRISE_PLAN_VIEW));

    /**
     * Batch import of the enterprise directory and the project ledger, for whoever registers them one by one: a
     * district moving onto the platform brings thousands of both in Excel.
     */
    private static final Map<String, Set<String>> LEDGER_IMPORTS =
            Map.of(BuiltinRoles.DISPATCH_OFFICE, Set.of(ENTERPRISE_IMPORT, PROJECT_IMPORT));

    /**
     * Service evaluation (服务评价): the enterprise contact rates the service of his projects' task forces once a
     * month; the people who answer for that service, and those who oversee it, read the ratings within their scope.
     * Department handlers do not: the ratings judge the task force, not the departments' ticket work.
     */
    private static final Map<String, Set<String>> SERVICE_EVALUATIONS = Map.of(
            BuiltinRoles.ENTERPRISE_CONTACT, Set.of(EVALUATION_RATE),
            BuiltinRoles.DISTRICT_LEADER, Set.of(EVALUATION_VIEW),
            BuiltinRoles.LEAD_OFFICIAL, Set.of(EVALUATION_VIEW),
            BuiltinRoles.DISPATCH_OFFICE, Set.of(EVALUATION_VIEW),
            BuiltinRoles.TASK_FORCE_MEMBER, Set.of(EVALUATION_VIEW),
            BuiltinRoles.SUPERVISION, Set.of(EVALUATION_VIEW),
            BuiltinRoles.AUDIT_OFFICE, Set.of(EVALUATION_VIEW));

    /**
     * Following lateness (督查): the supervision office follows red cards, supervision notices and escalations
     * district-wide, the district leader the escalations that reach him (domain.md §3, the ladder's last rung). Its own
     * permission, not every reader's: the auditors read the same tickets but do not chase them.
     */
    private static final Map<String, Set<String>> ESCALATION_WATCH = Map.of(
            BuiltinRoles.SUPERVISION, Set.of(TICKET_ESCALATION_VIEW),
            BuiltinRoles.DISTRICT_LEADER, Set.of(TICKET_ESCALATION_VIEW));

    /**
     * Leaders' instructions (领导批示, domain.md §3's third source of tickets): the district leader on any project, a
     * lead official on the projects he leads (his data scope); each instruction goes to a department at once.
     */
    private static final Map<String, Set<String>> INSTRUCTIONS = Map.of(
            BuiltinRoles.DISTRICT_LEADER, Set.of(TICKET_INSTRUCT),
            BuiltinRoles.LEAD_OFFICIAL, Set.of(TICKET_INSTRUCT));

    /**
     * Every ledger can be exported by whoever reads it, within the same data scope as its list (the export runs the
     * list's own query): the task forces, the lead officials and the departments hand their figures on in Excel as
     * the dispatch office does. The roles that read everything had their exports from the start. The enterprise
     * contact downloads the tickets he reads, his enterprise's (as an enterprise downloads what it may see on a
     * government platform), and so his projects (with their investment reports and wall chart), his enterprise and
     * its talent demands; the leads and their registries stay the staff's (the registries need their own permission
     * besides). The SLA rules' and the meeting actions' exports stay the staff's (their own checks).
     */
    private static final Map<String, Set<String>> LEDGER_EXPORTS = Map.of(
            BuiltinRoles.LEAD_OFFICIAL,
                    Set.of(ENTERPRISE_EXPORT, TICKET_EXPORT, INVESTMENT_LEAD_EXPORT, TALENT_DEMAND_EXPORT),
            BuiltinRoles.TASK_FORCE_MEMBER,
                    Set.of(
                            PROJECT_EXPORT,
                            ENTERPRISE_EXPORT,
                            TICKET_EXPORT,
                            INVESTMENT_LEAD_EXPORT,
                            TALENT_DEMAND_EXPORT),
            BuiltinRoles.DEPARTMENT_HANDLER,
                    Set.of(PROJECT_EXPORT, ENTERPRISE_EXPORT, INVESTMENT_LEAD_EXPORT, TALENT_DEMAND_EXPORT),
            BuiltinRoles.ENTERPRISE_CONTACT,
                    Set.of(TICKET_EXPORT, PROJECT_EXPORT, ENTERPRISE_EXPORT, TALENT_DEMAND_EXPORT));

    static final List<Definition> ROLES = Stream.concat(
                    BuiltinBusinessRoles.ROLES.stream(), BuiltinAdministratorRoles.ROLES.stream())
            .map(role -> role.plus(CHAIN_INVESTMENT_TALENT.getOrDefault(role.code(), Set.of())))
            .map(role -> role.plus(
                    REGISTRY_READERS.contains(role.code()) ? Set.of(INVESTMENT_REGISTRY_VIEW) : Set.<String>of()))
            .map(role -> role.plus(ENTERPRISE_PLANS.getOrDefault(role.code(), Set.of())))
            .map(role -> role.plus(LEDGER_IMPORTS.getOrDefault(role.code(), Set.of())))
            .map(role -> role.plus(SERVICE_EVALUATIONS.getOrDefault(role.code(), Set.of())))
            .map(role -> role.plus(ESCALATION_WATCH.getOrDefault(role.code(), Set.of())))
            .map(role -> role.plus(INSTRUCTIONS.getOrDefault(role.code(), Set.of())))
            .map(role -> role.plus(LEDGER_EXPORTS.getOrDefault(role.code(), Set.of())))
            .toList();

    private BuiltinRoleCatalog() {}
}

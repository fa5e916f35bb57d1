package cn.zhuanban.enterpriseplan;

import cn.zhuanban.enterpriseplan.domain.EnterprisePlanStore;
import cn.zhuanban.enterpriseplan.domain.PlanRows.PlanRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.VersionRow;
import cn.zhuanban.enterpriseplan.domain.PlanScope;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * Who may see, edit and approve a plan. Reading follows the project scope ({@link PlanScope}): the
 * plans of the enterprises with a project in the user's scope, and for a department handler also a
 * plan in which his department owns a measure. A plan outside it is not found (404, as a project
 * is), on the page, its versions, its comparison, the Word file, the export and the enterprise page's
 * card alike. Enterprise contacts read their own enterprise's plan as approved, and change nothing:
 * a draft is the task force's work in progress, not yet what the district has committed to, so they
 * neither see nor land on one (a plan never approved is not theirs to read yet). Only the lead
 * official of one of the enterprise's projects approves. Progress of a measure is recorded by those
 * who edit plans, and by the handler of the measure's owner department for that measure only.
 */
@Component
class EnterprisePlanAccess {

    private final EnterprisePlanStore store;
    private final ProjectReads projects;

    EnterprisePlanAccess(EnterprisePlanStore store, ProjectReads projects) {
        this.store = store;
        this.projects = projects;
    }

    PlanScope scope(CurrentUser user) {
        boolean byProjects = user.dataScope() != null
                && user.dataScope() != DataScope.ALL
                && user.dataScope() != DataScope.ENTERPRISE;
        return PlanScope.of(user, byProjects ? projects.scope(user) : null);
    }

    PlanRow load(long planId, CurrentUser user) {
        return store.plan(planId, scope(user)).orElseThrow(() -> new NotFoundException("enterprise-plan", planId));
    }

    VersionRow version(PlanRow plan, int number) {
        return store.version(plan.id(), number)
                .orElseThrow(() -> new NotFoundException("enterprise-plan-version", number));
    }

    /** A version the user may read: staff read every version, an enterprise contact the approved ones. */
    VersionRow version(PlanRow plan, int number, CurrentUser user) {
        VersionRow version = version(plan, number);
        if (!isStaff(user) && version.status() != PlanStatus.APPROVED) {
            throw new NotFoundException("enterprise-plan-version", number);
        }
        return version;
    }

    /** The version a plan opens at: the newest for staff, the one in force for an enterprise contact. */
    int shownNumber(PlanRow plan, CurrentUser user) {
        if (isStaff(user)) {
            return plan.latestNumber();
        }
        if (plan.approvedNumber() == null) { // the scope keeps such plans from him already
            throw new NotFoundException("enterprise-plan", plan.id());
        }
        return plan.approvedNumber();
    }

    /** The latest version for a change of content: it must be a draft. */
    VersionRow draft(PlanRow plan, CurrentUser user) {
        requireStaff(user);
        VersionRow latest = version(plan, plan.latestNumber());
        if (latest.status() == PlanStatus.APPROVED) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_APPROVED, (String) null, latest.number());
        }
        return latest;
    }

    boolean isStaff(CurrentUser user) {
        return user.dataScope() != DataScope.ENTERPRISE && user.enterpriseId() == null;
    }

    void requireStaff(CurrentUser user) {
        if (!isStaff(user)) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_READ_ONLY, (String) null);
        }
    }

    boolean mayEdit(CurrentUser user) {
        return isStaff(user) && user.can(Permissions.ENTERPRISE_PLAN_EDIT);
    }

    /**
     * Whether the user may record the progress of a measure owned by {@code ownerDepartmentId}: whoever edits plans
     * may for every measure; a department handler for his own department's measures (the measure is work assigned to
     * his department, which reports on it).
     */
    boolean mayRecordProgress(Long ownerDepartmentId, CurrentUser user) {
        if (!isStaff(user)) {
            return false;
        }
        if (user.can(Permissions.ENTERPRISE_PLAN_EDIT)) {
            return true;
        }
        return user.can(Permissions.ENTERPRISE_PLAN_PROGRESS)
                && ownerDepartmentId != null
                && ownerDepartmentId.equals(user.departmentId());
    }

    void checkRecordProgress(Long ownerDepartmentId, CurrentUser user) {
        requireStaff(user);
        if (!mayRecordProgress(ownerDepartmentId, user)) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_OTHER_DEPARTMENT, (String) null);
        }
    }

    /** The user leads at least one project of the enterprise (分包领导). */
    boolean leads(long enterpriseId, CurrentUser user) {
        ProjectFilter led = new ProjectFilter(null, null, null, null, enterpriseId, user.id(), null);
        return projects.search(led, user, new PageQuery(0, 1)).totalElements() > 0;
    }

    boolean mayApprove(long enterpriseId, CurrentUser user) {
        return isStaff(user) && user.can(Permissions.ENTERPRISE_PLAN_APPROVE) && leads(enterpriseId, user);
    }

    /** Whether the user may create a plan for this enterprise: it lies in his scope. */
    boolean mayServe(long enterpriseId, CurrentUser user) {
        if (user.dataScope() == DataScope.ALL) {
            return true;
        }
        return projects.search(ProjectFilter.ofEnterprise(enterpriseId), user, new PageQuery(0, 1))
                        .totalElements()
                > 0;
    }
}

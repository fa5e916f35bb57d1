package cn.zhuanban.project;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.domain.ProjectRepository;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.project.domain.TaskForceQueries;
import cn.zhuanban.project.domain.TaskForceRepository;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What a project form refers to, checked before a project is registered or edited: its enterprise, lead official and
 * task force exist and are ones the user may choose, and its project code is not another project's. Each refusal is
 * the form's own error beside the field ({@link BusinessException}), not a missing page.
 */
@Component
class ProjectReferences {

    private final ProjectRepository projects;
    private final TaskForceRepository taskForces;
    private final TaskForceQueries taskForceQueries;
    private final EnterpriseManagement enterprises;
    private final UserDirectory directory;

    ProjectReferences(
            ProjectRepository projects,
            TaskForceRepository taskForces,
            TaskForceQueries taskForceQueries,
            EnterpriseManagement enterprises,
            UserDirectory directory) {
        this.projects = projects;
        this.taskForces = taskForces;
        this.taskForceQueries = taskForceQueries;
        this.enterprises = enterprises;
        this.directory = directory;
    }

    /**
     * Every reference of the form a user sends, checked at once: its enterprise exists and, when changed from
     * {@code currentEnterprise}, is on the user's pick list; its lead official is one; its task force, when changed from
     * {@code currentTaskForce}, is one the user sees (an unknown or out-of-scope id typed into the request is the form's
     * own error beside the pick list, not a missing page), and exists. Each refused field is named beside itself
     * ({@link BusinessException#throwAll}): several unknown ids were told one at a time.
     */
    void checkAll(ProjectForm form, CurrentUser user, Long currentEnterprise, Long currentTaskForce) {
        BusinessException.throwAll(refusals(form, user, currentEnterprise, currentTaskForce));
    }

    /** The references of a form the platform itself sends (a lead converted, the demo): no user's pick list applies. */
    void checkReferences(ProjectForm form) {
        BusinessException.throwAll(refusals(form, null, null, null));
    }

    private List<BusinessException> refusals(
            ProjectForm form, CurrentUser user, Long currentEnterprise, Long currentTaskForce) {
        List<BusinessException> refused = new ArrayList<>();
        Long enterpriseId = form.enterpriseId();
        boolean enterpriseChanged = enterpriseId != null && !enterpriseId.equals(currentEnterprise);
        if ((enterpriseId != null && !enterprises.exists(enterpriseId))
                || (user != null && enterpriseChanged && !enterprises.isChoosable(enterpriseId, user))) {
            refused.add(new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", enterpriseId));
        }
        if (form.leadOfficialId() != null
                && directory
                        .find(form.leadOfficialId())
                        .filter(u -> u.roles().contains(BuiltinRoles.LEAD_OFFICIAL))
                        .isEmpty()) {
            refused.add(new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "leadOfficialId", form.leadOfficialId()));
        }
        Long taskForceId = form.taskForceId();
        if (taskForceId != null
                && user != null
                && !taskForceId.equals(currentTaskForce)
                && !taskForceQueries.visible(taskForceId, ScopeCondition.forTaskForces(user))) {
            refused.add(new BusinessException(ErrorCode.PROJECT_TASK_FORCE_UNKNOWN, "taskForceId", taskForceId));
        } else if (taskForceId != null && !taskForces.existsById(taskForceId)) {
            refused.add(new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "taskForceId", taskForceId));
        }
        return refused;
    }

    void checkCodeFree(ProjectCode code, Long self) {
        if (code == null) {
            return;
        }
        projects.findByProjectCode(code.value())
                .filter(other -> !Objects.equals(other.getId(), self))
                .ifPresent(other -> {
                    throw new BusinessException(ErrorCode.PROJECT_CODE_TAKEN, "projectCode", code.value());
                });
    }
}

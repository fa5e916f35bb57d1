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

    /** A changed enterprise must be on the user's pick list; the one the project has may stay. */
    void checkChoosable(Long enterpriseId, Long current, CurrentUser user) {
        if (enterpriseId != null && !enterpriseId.equals(current) && !enterprises.isChoosable(enterpriseId, user)) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", enterpriseId);
        }
    }

    /**
     * A changed task force must be one the user sees, the one the project has may stay; an unknown or out-of-scope id
     * (typed into the request) is the form's own error beside the pick list, not a missing page.
     */
    void checkTaskForceChoosable(Long taskForceId, Long current, CurrentUser user) {
        if (taskForceId != null
                && !taskForceId.equals(current)
                && !taskForceQueries.visible(taskForceId, ScopeCondition.forTaskForces(user))) {
            throw new BusinessException(ErrorCode.PROJECT_TASK_FORCE_UNKNOWN, "taskForceId", taskForceId);
        }
    }

    void checkReferences(ProjectForm form) {
        if (!enterprises.exists(form.enterpriseId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", form.enterpriseId());
        }
        if (form.leadOfficialId() != null
                && directory
                        .find(form.leadOfficialId())
                        .filter(u -> u.roles().contains(BuiltinRoles.LEAD_OFFICIAL))
                        .isEmpty()) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "leadOfficialId", form.leadOfficialId());
        }
        if (form.taskForceId() != null && !taskForces.existsById(form.taskForceId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "taskForceId", form.taskForceId());
        }
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

package cn.zhuanban.talent;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Checks that a demand's enterprise exists and that its project is one the user may see and that
 * belongs to that enterprise, so an enterprise contact cannot hang a demand on someone else's project.
 */
@Component
class DemandReferences {

    private final EnterpriseManagement enterprises;
    private final ProjectReads projects;

    DemandReferences(EnterpriseManagement enterprises, ProjectReads projects) {
        this.enterprises = enterprises;
        this.projects = projects;
    }

    void check(CurrentUser user, long enterpriseId, Long projectId) {
        if (!enterprises.exists(enterpriseId)) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", enterpriseId);
        }
        if (projectId == null) {
            return;
        }
        boolean ownProject = projects.isVisible(projectId, user)
                && projects.summary(projectId)
                        .map(ProjectSummary::enterpriseId)
                        .filter(e -> e == enterpriseId)
                        .isPresent();
        if (!ownProject) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "projectId", projectId);
        }
    }
}

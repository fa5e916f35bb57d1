package cn.zhuanban.project;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.NotFoundException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The project named in a path ({@code /projects/{id}/plan/…}, {@code /investment-reports/projects/{id}/…}), checked
 * before the form is read: a project that does not exist or lies outside the user's scope is a 404, whatever the
 * request carries. The forms' own checks answered first: a post without its fields got a 400 naming them, one with a
 * stale version a 409, to a user who does not even see the project.
 */
@Component
public class ProjectPaths implements CheckedBeforeBinding.PathCheck {

    private final ProjectReads projects;

    ProjectPaths(ProjectReads projects) {
        this.projects = projects;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        long projectId = CheckedBeforeBinding.PathCheck.number(path, "id", "project");
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
    }
}

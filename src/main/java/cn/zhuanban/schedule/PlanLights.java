package cn.zhuanban.schedule;

import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.StatusLight;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The project's light from its schedule (domain §4): the worst of its stage goals and critical tasks. Red tickets are
 * the ticket module's part of the light; it sets the light itself.
 */
@Component
class PlanLights {

    private final ProjectManagement projects;

    PlanLights(ProjectManagement projects) {
        this.projects = projects;
    }

    void update(long projectId, PlanSheet sheet) {
        List<PlanSheet.Row> judged = sheet.rows().stream()
                .filter(r -> !r.stage() && (r.milestone() || r.critical()))
                .toList();
        String worst =
                PlanSheets.worst(judged.stream().map(PlanSheet.Row::light).toList());
        if (worst == null) {
            return;
        }
        projects.setLight(projectId, StatusLight.valueOf(worst), reason(sheet));
    }

    /** Stored with the light; names the tasks that are short and by how much, or nothing when the plan is feasible. */
    static String reason(PlanSheet sheet) {
        if (sheet.schedule().shortfalls().isEmpty()) {
            return null;
        }
        return sheet.schedule().shortfalls().stream()
                .limit(5)
                .map(s -> s.key() + " " + s.workingDays())
                .collect(Collectors.joining(", ", "plan: ", ""));
    }
}

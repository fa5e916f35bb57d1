package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemView;
import cn.zhuanban.shared.PageQuery;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Builds a new meeting's agenda from the task force's data on the meeting day: open actions of
 * earlier meetings first (they stay until closed), then red and yellow projects, then service items
 * past or near their limit. Tickets and stage goals join once those modules are in main.
 */
@Component
class AgendaBuilder {

    private final ProjectManagement projects;
    private final ServiceChecklistManagement checklists;
    private final AgendaStore agenda;
    private final ActionStore actions;

    AgendaBuilder(
            ProjectManagement projects,
            ServiceChecklistManagement checklists,
            AgendaStore agenda,
            ActionStore actions) {
        this.projects = projects;
        this.checklists = checklists;
        this.agenda = agenda;
        this.actions = actions;
    }

    int build(long meetingId, long taskForceId, LocalDate heldOn, CurrentUser user) {
        int count = 0;
        for (ActionStore.ActionRow a : actions.openBefore(taskForceId, meetingId)) {
            agenda.add(
                    meetingId,
                    AgendaSource.OPEN_ACTION,
                    a.id(),
                    a.decision(),
                    "#" + a.meetingNumber() + " · " + a.deadline());
            count++;
        }
        List<ProjectSummary> served = projects.search(
                        ProjectFilter.ofTaskForce(taskForceId), user, new PageQuery(0, PageQuery.MAX_SIZE))
                .content();
        for (ProjectSummary p : served) {
            if (p.statusLight() != StatusLight.GREEN) {
                agenda.add(
                        meetingId,
                        AgendaSource.PROJECT_LIGHT,
                        p.id(),
                        p.name(),
                        p.statusLight().name());
                count++;
            }
        }
        for (ServiceItemView i :
                checklists.alerts(served.stream().map(ProjectSummary::id).toList(), heldOn)) {
            agenda.add(
                    meetingId,
                    AgendaSource.SERVICE_ITEM,
                    i.id(),
                    i.projectName() + " · " + i.name(),
                    i.alert() + " " + i.due());
            count++;
        }
        return count;
    }
}

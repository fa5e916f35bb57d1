package cn.zhuanban.servicechecklist;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.servicechecklist.domain.ServiceItem;
import cn.zhuanban.servicechecklist.domain.ServiceItemRepository;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every change of a service item goes through, whoever makes it: loading it for a user who may change it, the
 * rule that a date reported to the plan cannot lie ahead, and the audited event of the change. Shared by the
 * checklist's own edits ({@link ServiceChecklistManagement}) and the plan's ({@link ItemsFollowThePlan}), which each
 * had their copy of the event.
 */
@Component
class ItemChanges {

    private final ServiceItemRepository items;
    private final ProjectReads projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemChanges(ServiceItemRepository items, ProjectReads projects, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** The item, if the user may see and change it; 404 otherwise (an item out of scope does not exist for him). */
    ServiceItem load(long id, CurrentUser user) {
        ServiceItem item = items.findById(id).orElseThrow(() -> new NotFoundException("service-item", id));
        if (!mayAccess(item.getProjectId(), item.getDepartmentId(), user)) {
            throw new NotFoundException("service-item", id);
        }
        DepartmentItemPolicy.checkChange(item.getDepartmentId(), user);
        return item;
    }

    /** A single item is visible to whoever sees its project and to the department that answers for it. */
    boolean mayAccess(long projectId, Long departmentId, CurrentUser user) {
        return projects.isVisible(projectId, user) || DepartmentItemPolicy.ownDepartment(departmentId, user);
    }

    /** The plan row that stands for the item takes the date as its actual finish, which cannot lie ahead. */
    void notAhead(String planKey, LocalDate date, String field) {
        if (planKey != null && date != null && date.isAfter(LocalDate.now(clock))) {
            throw BusinessException.invalid(field, "checklist.error.future", date);
        }
    }

    void changed(String action, ServiceItem item, Map<String, Object> before) {
        changed(Actor.current(), action, item, before);
    }

    void changed(Actor actor, String action, ServiceItem item, Map<String, Object> before) {
        events.publishEvent(new ServiceItemChanged(
                actor, action, item.getId(), item.getProjectId(), ChangeSummary.between(before, item.snapshot())));
    }
}

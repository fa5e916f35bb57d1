package cn.zhuanban.notification.domain;

import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The people a ticket concerns, looked up when a notice about it is sent. */
@Component
class TicketAudiences {

    private final UserDirectory users;
    private final DepartmentManagement departments;

    TicketAudiences(UserDirectory users, DepartmentManagement departments) {
        this.users = users;
        this.departments = departments;
    }

    /** The lead department's handlers (经办人). */
    Set<Long> handlers(Long departmentId) {
        if (departmentId == null) {
            return Set.of();
        }
        return ids(users.inDepartmentWithRole(departmentId, BuiltinRoles.DEPARTMENT_HANDLER));
    }

    Set<Long> head(Long departmentId) {
        if (departmentId == null) {
            return Set.of();
        }
        return departments
                .find(departmentId)
                .map(DepartmentView::headUserId)
                .map(Set::of)
                .orElse(Set.of());
    }

    /** Whoever may assign, review and decide extensions and returns: the dispatch office by permission, not by role. */
    Set<Long> dispatchers() {
        return ids(users.withPermission(Permissions.TICKET_DISPATCH));
    }

    /** The audience without whoever made the step: nobody is told of his own step. */
    Set<Long> notMadeBy(TicketStepRecorded step, Set<Long> audience) {
        Set<Long> result = new LinkedHashSet<>(audience);
        if (!result.isEmpty() && step.actor() != null) {
            Long actor = actorId(step.actor().username());
            if (actor != null) {
                result.remove(actor);
            }
        }
        return result;
    }

    /** The reporter, unless he made the step or is told in another audience's words already. */
    Set<Long> reporter(TicketStepRecorded step, Set<Long> toldAlready) {
        Set<Long> reporter = notMadeBy(step, of(step.reporterId()));
        reporter.removeAll(toldAlready);
        return reporter;
    }

    /** The id of the user who made a step, so that he is not told of his own step; null for the system. */
    Long actorId(String username) {
        return username == null
                ? null
                : users.findByUsername(username).map(UserView::id).orElse(null);
    }

    /**
     * The district leaders a ticket escalated to the weekly meeting reaches (the ladder's last rung). By role, unlike
     * the dispatchers: no permission is the district leader's alone. Following escalations is the supervision office's
     * too, and suspending tickets the lead officials' too; picking by either would tell people the ladder does not
     * reach. A permission of his own (granted by catalogue and migration) would let custom roles in here.
     */
    Set<Long> districtLeaders() {
        return ids(users.withRole(BuiltinRoles.DISTRICT_LEADER));
    }

    static Set<Long> of(Long... ids) {
        Set<Long> result = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id != null) {
                result.add(id);
            }
        }
        return result;
    }

    @SafeVarargs
    static Set<Long> union(Collection<Long>... groups) {
        Set<Long> result = new LinkedHashSet<>();
        for (Collection<Long> group : groups) {
            result.addAll(group);
        }
        return result;
    }

    private static Set<Long> ids(List<UserView> found) {
        Set<Long> result = new LinkedHashSet<>();
        found.forEach(u -> result.add(u.id()));
        return result;
    }
}

package cn.zhuanban.dashboard.web;

import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What waits for the three administrators: locked accounts, pending first passwords, today's audit. */
@Component
class AdministrationItems implements WorkbenchSource {

    private final UserDirectory users;
    private final AuditManagement audit;
    private final Clock clock;

    AdministrationItems(UserDirectory users, AuditManagement audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        List<WorkbenchItem> items = new ArrayList<>();
        if (user.can(Permissions.USER_UNLOCK)) {
            List<UserView> locked = users.locked(5);
            items.add(new WorkbenchItem(
                    10,
                    "workbench.locked-users",
                    locked.size(),
                    "/admin/users",
                    locked.isEmpty() ? Urgency.NORMAL : Urgency.WARNING,
                    locked.stream()
                            .map(u -> new Row(u.fullName(), "/admin/users/" + u.id() + "/edit", null))
                            .toList()));
        }
        if (user.can(Permissions.USER_EDIT)) {
            items.add(new WorkbenchItem(
                    11,
                    "workbench.password-pending",
                    users.countPasswordChangePending(),
                    "/admin/users",
                    Urgency.NORMAL,
                    List.of()));
        }
        if (user.can(Permissions.AUDIT_VIEW)) {
            var today = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
            items.add(new WorkbenchItem(
                    12, "workbench.audit-today", audit.countSince(today), "/audit", Urgency.NORMAL, List.of()));
        }
        return items;
    }
}

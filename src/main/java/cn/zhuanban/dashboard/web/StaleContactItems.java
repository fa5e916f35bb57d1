package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ContactLogManagement;
import cn.zhuanban.meeting.EnterpriseContactStatus;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The enterprises in the user's scope that nobody has contacted for N working days: exactly what the list behind the
 * card ({@code /contacts/enterprises?stale=true}) shows. That list has no filter by chief service officer, so the
 * card counts the whole scope rather than only the user's own enterprises; otherwise its count and its list would
 * disagree.
 */
@Component
class StaleContactItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final ContactLogManagement contacts;
    private final Clock clock;

    StaleContactItems(ContactLogManagement contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.CONTACT_VIEW)) {
            return List.of();
        }
        PageResult<EnterpriseContactStatus> stale =
                contacts.statuses(user, true, LocalDate.now(clock), new PageQuery(0, ROWS));
        if (stale.totalElements() == 0) {
            return List.of();
        }
        return List.of(new WorkbenchItem(
                4,
                "workbench.stale-contacts",
                stale.totalElements(),
                "/contacts/enterprises?stale=true",
                Urgency.WARNING,
                stale.content().stream()
                        .map(s -> new Row(s.enterpriseName(), "/contacts?enterpriseId=" + s.enterpriseId(), null))
                        .toList()));
    }
}

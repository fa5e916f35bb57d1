package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ActionFilter;
import cn.zhuanban.meeting.ActionLedger;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.meeting.ActionState;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Meeting decisions past their deadline and still open: a department's own (its handlers owe them), everyone else's
 * within the meetings they see (the dispatch and supervision offices, leaders and task forces follow them up). Not for
 * enterprise contacts: a meeting's decisions are the government's to carry out.
 */
@Component
class MeetingActionItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final ActionLedger ledger;

    MeetingActionItems(ActionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.MEETING_VIEW) || user.dataScope() == DataScope.ENTERPRISE) {
            return List.of();
        }
        Long department = user.dataScope() == DataScope.DEPARTMENT ? user.departmentId() : null;
        PageResult<ActionLedgerRow> overdue = ledger.search(
                new ActionFilter(null, null, department, ActionState.OVERDUE), user, new PageQuery(0, ROWS));
        if (overdue.totalElements() == 0) {
            return List.of();
        }
        return List.of(new WorkbenchItem(
                7,
                "workbench.meeting-actions-overdue",
                overdue.totalElements(),
                "/meetings/actions?state=OVERDUE" + (department == null ? "" : "&departmentId=" + department),
                Urgency.DANGER,
                overdue.content().stream()
                        .map(a -> new Row(a.decision(), "/meetings/" + a.meetingId(), null))
                        .toList()));
    }
}

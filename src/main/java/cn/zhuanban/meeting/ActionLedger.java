package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.meeting.domain.ActionLedgerQueries;
import cn.zhuanban.project.Named;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions ledger (议定事项台账): every action the weekly meetings decided, across the meetings of every task
 * force the user sees (the meeting page's scope) and, for a department's staff, every action their department owns
 * (its ticket is theirs wherever the meeting was), so that the dispatch and supervision offices follow up what is
 * still open or was closed late without opening meeting after meeting.
 */
@Service
@Transactional(readOnly = true)
public class ActionLedger {

    private final ActionLedgerQueries queries;
    private final TaskForceManagement taskForces;
    private final Clock clock;

    ActionLedger(ActionLedgerQueries queries, TaskForceManagement taskForces, Clock clock) {
        this.queries = queries;
        this.taskForces = taskForces;
        this.clock = clock;
    }

    public PageResult<ActionLedgerRow> search(ActionFilter filter, CurrentUser user, PageQuery page) {
        return page(filter == null ? ActionFilter.none() : filter, user, today(), page);
    }

    /** The decisions still open past their deadline as of a day, nearest deadline first: for the briefings. */
    public List<ActionLedgerRow> overdue(CurrentUser user, LocalDate asOf, int limit) {
        return page(new ActionFilter(null, null, null, ActionState.OVERDUE), user, asOf, new PageQuery(0, limit))
                .content();
    }

    /** The meetings' task forces the user sees, and his department's own decisions when his scope is a department. */
    private PageResult<ActionLedgerRow> page(ActionFilter filter, CurrentUser user, LocalDate today, PageQuery page) {
        List<Long> visible = taskForces.visible(user).stream().map(Named::id).toList();
        Long ownDepartment = user.dataScope() == DataScope.DEPARTMENT ? user.departmentId() : null;
        return queries.page(filter, visible, ownDepartment, today, page);
    }

    /** The task forces to filter by: those the user sees. */
    public List<Named> taskForces(CurrentUser user) {
        return taskForces.visible(user);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

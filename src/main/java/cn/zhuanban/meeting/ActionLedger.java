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

    /**
     * Whose decisions a user's ledger shows: the meetings of the task forces he sees (also the task forces the ledger
     * filters by) and, for a department's staff, every decision his department owns. A province has hundreds of task
     * forces: a page of the ledger and its filter, or an export's every page, ask for them once through one reach.
     * Only {@link #reach} makes one, from the user.
     */
    public static final class Reach {

        private final List<Named> taskForces;
        private final List<Long> taskForceIds;
        private final Long ownDepartment;

        private Reach(List<Named> taskForces, Long ownDepartment) {
            this.taskForces = List.copyOf(taskForces);
            this.taskForceIds = taskForces.stream().map(Named::id).toList();
            this.ownDepartment = ownDepartment;
        }

        /** The task forces to filter by: those the user sees, by name. */
        public List<Named> taskForces() {
            return taskForces;
        }
    }

    public Reach reach(CurrentUser user) {
        return new Reach(
                taskForces.visible(user), user.dataScope() == DataScope.DEPARTMENT ? user.departmentId() : null);
    }

    public PageResult<ActionLedgerRow> search(ActionFilter filter, CurrentUser user, PageQuery page) {
        return search(filter, reach(user), page);
    }

    public PageResult<ActionLedgerRow> search(ActionFilter filter, Reach reach, PageQuery page) {
        return page(filter == null ? ActionFilter.none() : filter, reach, today(), page);
    }

    /**
     * The decisions open past their deadline at the end of {@code asOf}, nearest deadline first: for the briefings. A
     * past day (a past month's end) reads them as they stood then: a decision closed since was open and is listed as
     * open, one of a meeting held since was not taken yet. Only their tickets' state is today's.
     */
    public List<ActionLedgerRow> overdue(CurrentUser user, LocalDate asOf, int limit) {
        return overdueOn(reach(user), asOf, new PageQuery(0, limit)).content();
    }

    /** How many decisions were open past their deadline at the end of {@code asOf} (the briefings' key figure). */
    public long overdueCount(CurrentUser user, LocalDate asOf) {
        return overdueOn(reach(user), asOf, new PageQuery(0, 1)).totalElements();
    }

    private PageResult<ActionLedgerRow> overdueOn(Reach reach, LocalDate day, PageQuery page) {
        return queries.overdueOn(reach.taskForceIds, reach.ownDepartment, day, page);
    }

    private PageResult<ActionLedgerRow> page(ActionFilter filter, Reach reach, LocalDate today, PageQuery page) {
        return queries.page(filter, reach.taskForceIds, reach.ownDepartment, today, page);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.meeting.domain.ActionLedgerQueries;
import cn.zhuanban.project.Named;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.ActionTicketStatus;
import cn.zhuanban.ticket.MeetingTickets;
import cn.zhuanban.ticket.PastActionStatuses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final MeetingTickets tickets;
    private final PastActionStatuses pastStatuses;
    private final Clock clock;

    ActionLedger(
            ActionLedgerQueries queries,
            TaskForceManagement taskForces,
            MeetingTickets tickets,
            PastActionStatuses pastStatuses,
            Clock clock) {
        this.queries = queries;
        this.taskForces = taskForces;
        this.tickets = tickets;
        this.pastStatuses = pastStatuses;
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

    /**
     * A page of the ledger: as it stands today, or for a filter naming a past month, as it stood at that month's end
     * ({@link #asOf}).
     */
    public PageResult<ActionLedgerRow> search(ActionFilter filter, Reach reach, PageQuery page) {
        ActionFilter f = filter == null ? ActionFilter.none() : filter;
        LocalDate today = today();
        LocalDate day = asOf(f, today);
        return withTickets(
                queries.page(f, reach.taskForceIds, reach.ownDepartment, day, day.isBefore(today), page), day, today);
    }

    /**
     * The page's late open decisions with the deadline their tickets missed first and by how many working days, on
     * {@code day}, as the ticket module tells it (the one rule of {@code WatchedDeadlines}: a ticket never signed is
     * late from its sign deadline, its completion date still ahead), so that the row names it as the ticket's page
     * does. Which rows are late stays the ledger's filter: only the words change. One or a few queries per page.
     */
    private PageResult<ActionLedgerRow> withTickets(PageResult<ActionLedgerRow> page, LocalDate day, LocalDate today) {
        List<Long> ids = page.content().stream()
                .filter(a -> a.open() && a.late(day))
                .map(ActionLedgerRow::ticketId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return page;
        }
        Map<Long, ActionTicketStatus> statuses =
                day.isBefore(today) ? pastStatuses.listedOn(ids, day) : tickets.statuses(ids);
        return page.map(a -> a.ticketId() == null ? a : a.withTicket(statuses.get(a.ticketId())));
    }

    /**
     * The day the ledger is read as of: the end of the filter's month when it is over, else today. A past month's
     * decisions stand as they did at its end, but for their deadline and ticket state, which are today's (the
     * ledger's deadline is its ticket's resolve date as it stands, and {@link #overdue} reads them so too).
     */
    public LocalDate asOf(ActionFilter filter) {
        return asOf(filter == null ? ActionFilter.none() : filter, today());
    }

    private static LocalDate asOf(ActionFilter filter, LocalDate today) {
        return filter.month() == null || !filter.month().atEndOfMonth().isBefore(today)
                ? today
                : filter.month().atEndOfMonth();
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
        LocalDate today = today();
        return withTickets(queries.overdueOn(reach.taskForceIds, reach.ownDepartment, day, page), day, today)
                .map(ActionLedgerRow::dueOnMissed);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

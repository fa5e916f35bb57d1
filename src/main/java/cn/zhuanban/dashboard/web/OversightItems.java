package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.schedule.StageGoals;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a lead official (分包领导) oversees on the projects he leads, beside the ticket cards he acts on (rejections
 * to confirm, overdue problems) and the red lights: the stage goals past their date and not met, and the problems
 * suspended, which only he resumes. By permission: whoever may suspend tickets (the lead officials, the district
 * leader) answers for them; the task forces enter the progress that moves these figures.
 */
@Component
class OversightItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final StageGoals goals;
    private final TicketLists tickets;
    private final Clock clock;

    OversightItems(StageGoals goals, TicketLists tickets, Clock clock) {
        this.goals = goals;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.TICKET_SUSPEND)) {
            return List.of();
        }
        List<WorkbenchItem> items = new ArrayList<>();
        if (user.can(Permissions.PLAN_VIEW)) {
            PageResult<StageGoals.Goal> missed =
                    goals.list(user, StageGoals.Status.MISSED, null, LocalDate.now(clock), new PageQuery(0, ROWS));
            items.add(new WorkbenchItem(
                    4,
                    "workbench.stage-goals-missed",
                    missed.totalElements(),
                    "/stage-goals?status=" + StageGoals.Status.MISSED,
                    missed.totalElements() > 0 ? Urgency.DANGER : Urgency.NORMAL,
                    missed.content().stream()
                            .map(g -> new Row(
                                    g.projectName() + " · " + g.name() + " · " + g.target(),
                                    "/projects/" + g.projectId() + "/plan",
                                    null))
                            .toList()));
        }
        if (user.can(Permissions.TICKET_VIEW)) {
            TicketFilter suspended =
                    new TicketFilter(null, TicketState.SUSPENDED, null, null, null, null, null, null, null);
            PageResult<TicketSummary> found = tickets.search(suspended, user, new PageQuery(0, ROWS));
            items.add(new WorkbenchItem(
                    7,
                    "workbench.tickets-suspended",
                    found.totalElements(),
                    "/tickets?state=" + TicketState.SUSPENDED,
                    found.totalElements() > 0 ? Urgency.WARNING : Urgency.NORMAL,
                    found.content().stream()
                            .map(t -> new Row(t.title(), "/tickets/" + t.id(), null))
                            .toList()));
        }
        return items;
    }
}

package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketTodo;
import cn.zhuanban.ticket.TodoCounts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The user's ticket to-do lists on the workbench: to assign and to review (dispatch office), to
 * sign (departments), overdue (everyone who handles or follows tickets), to rate (reporters).
 */
@Component
class TicketItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final TicketLists tickets;

    TicketItems(TicketLists tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.TICKET_VIEW)) {
            return List.of();
        }
        TodoCounts counts = tickets.todo(user);
        List<WorkbenchItem> items = new ArrayList<>();
        if (user.can(Permissions.TICKET_DISPATCH)) {
            items.add(item(1, TicketTodo.TO_ASSIGN, counts, Urgency.WARNING, user));
            items.add(item(4, TicketTodo.TO_REVIEW, counts, Urgency.WARNING, user));
        }
        if (user.can(Permissions.TICKET_HANDLE)) {
            items.add(item(2, TicketTodo.TO_SIGN, counts, Urgency.WARNING, user));
        }
        if (user.can(Permissions.TICKET_DISPATCH)
                || user.can(Permissions.TICKET_HANDLE)
                || user.can(Permissions.TICKET_SUSPEND)
                || user.can(Permissions.TICKET_METRICS)) {
            items.add(item(3, TicketTodo.OVERDUE, counts, Urgency.DANGER, user));
        }
        if (user.can(Permissions.TICKET_SUSPEND)) {
            items.add(item(6, TicketTodo.TO_CONFIRM_REJECTION, counts, Urgency.WARNING, user));
        }
        if (user.can(Permissions.TICKET_REPORT)) {
            items.add(item(5, TicketTodo.TO_RATE, counts, Urgency.WARNING, user));
        }
        return items;
    }

    private WorkbenchItem item(int order, TicketTodo todo, TodoCounts counts, Urgency whenAny, CurrentUser user) {
        long count = counts.of(todo);
        return new WorkbenchItem(
                order,
                "workbench.ticket." + todo,
                count,
                "/tickets?todo=" + todo,
                count > 0 ? whenAny : Urgency.NORMAL,
                count > 0 ? firstRows(todo, user) : List.of());
    }

    /** The first few tickets behind a card (one query per card that has any; its count is known), with card colours. */
    private List<Row> firstRows(TicketTodo todo, CurrentUser user) {
        return tickets.first(TicketFilter.none().withTodo(todo), user, ROWS).stream()
                .map(t -> new Row(
                        t.title(),
                        "/tickets/" + t.id(),
                        t.card() == TicketCard.NONE ? null : t.card().name()))
                .toList();
    }
}

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
import cn.zhuanban.ticket.TicketSummary;
import cn.zhuanban.ticket.TicketTodo;
import cn.zhuanban.ticket.TodoCounts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user's ticket to-do lists on the workbench, each where it is the user's duty ({@link TicketTodo#isDutyOf}): to
 * assign, to review, extension and return requests to decide (dispatch office); to sign and to resolve, a reopened
 * ticket among them (departments); overdue (everyone who handles or follows tickets); rejections to confirm (lead
 * officials); to rate (reporters); red cards and supervision notices, escalations to the district leader (the
 * supervision office and the leader, who follow them). A ticket whose deadline runs shows the next one, named as the
 * ticket list names it (签收 / 首次反馈 / 办结): a ticket waiting to be signed counts its sign deadline.
 */
@Component
class TicketItems implements WorkbenchSource {

    private static final int ROWS = 5;

    /** Where each card stands among the workbench's cards (the first six kept their places when more were added). */
    private static final Map<TicketTodo, Integer> ORDER = new EnumMap<>(Map.ofEntries(
            Map.entry(TicketTodo.TO_ASSIGN, 1),
            Map.entry(TicketTodo.TO_SIGN, 2),
            Map.entry(TicketTodo.OVERDUE, 3),
            Map.entry(TicketTodo.TO_REVIEW, 4),
            Map.entry(TicketTodo.TO_RATE, 5),
            Map.entry(TicketTodo.TO_CONFIRM_REJECTION, 6),
            Map.entry(TicketTodo.TO_HANDLE, 2),
            Map.entry(TicketTodo.TO_DECIDE_EXTENSION, 4),
            Map.entry(TicketTodo.TO_DECIDE_RETURN, 4),
            Map.entry(TicketTodo.ESCALATED_TO_LEADER, 3),
            Map.entry(TicketTodo.SUPERVISED, 3),
            Map.entry(TicketTodo.ESCALATED_BY_DISSATISFACTION, 3)));

    private final TicketLists tickets;
    private final MessageSource messages;

    TicketItems(TicketLists tickets, MessageSource messages) {
        this.tickets = tickets;
        this.messages = messages;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.TICKET_VIEW)) {
            return List.of();
        }
        TodoCounts counts = tickets.todo(user);
        List<WorkbenchItem> items = new ArrayList<>();
        for (TicketTodo todo : TicketTodo.values()) {
            if (todo.isDutyOf(user)) {
                items.add(item(
                        ORDER.get(todo), todo, counts, todo.isLateness() ? Urgency.DANGER : Urgency.WARNING, user));
            }
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
                        t.countdown() == null ? t.title() : t.title() + " · " + countdown(t.countdown()),
                        "/tickets/" + t.id(),
                        t.card() == TicketCard.NONE ? null : t.card().name()))
                .toList();
    }

    private String countdown(TicketSummary.Countdown c) {
        var locale = LocaleContextHolder.getLocale();
        String name = messages.getMessage(c.nameKey(), null, locale);
        return messages.getMessage(c.messageKey(), new Object[] {name, c.workingDays(), c.due()}, locale);
    }
}

package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.ticket.InstructionRecords;
import cn.zhuanban.ticket.TicketCard;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The leader's own instructions (领导批示) still open: he gave them, so he follows them to the end (and rates them).
 * A red card among them makes the card urgent. Only for whoever may instruct, and only when there is any.
 */
@Component
class InstructionItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final InstructionRecords instructions;

    InstructionItems(InstructionRecords instructions) {
        this.instructions = instructions;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.TICKET_INSTRUCT) || !user.can(Permissions.TICKET_VIEW)) {
            return List.of();
        }
        long open = instructions.openCount(user);
        if (open == 0) {
            return List.of();
        }
        var rows = instructions.openOf(user, ROWS);
        boolean red = rows.stream().anyMatch(r -> r.card() == TicketCard.RED);
        return List.of(new WorkbenchItem(
                3,
                "workbench.ticket.instructions-open",
                open,
                "/tickets?source=INSTRUCTION&open=true",
                red ? Urgency.DANGER : Urgency.WARNING,
                rows.stream()
                        .map(r -> new Row(
                                r.title() + " · " + r.resolveBy(),
                                "/tickets/" + r.id(),
                                r.card() == TicketCard.NONE ? null : r.card().name()))
                        .toList()));
    }
}

package cn.zhuanban.ticket;

import cn.zhuanban.identity.CheckedBeforeBinding.PathCheck;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.ticket.domain.TicketRepository;
import cn.zhuanban.ticket.domain.TicketScope;
import cn.zhuanban.ticket.domain.TicketVisibility;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A move on {@code /{id}/{action}}, checked before its body is read: a ticket outside the user's scope or an unknown
 * action is 404, someone else's move 403 ({@link MoveAuthority}). {@link TicketManagement#perform} checks again when
 * it makes the move.
 */
@Component
public class MoveCheck implements PathCheck {

    private final TicketRepository tickets;
    private final TicketVisibility visibility;
    private final MoveAuthority authority;

    MoveCheck(TicketRepository tickets, TicketVisibility visibility, MoveAuthority authority) {
        this.tickets = tickets;
        this.visibility = visibility;
        this.authority = authority;
    }

    @Override
    @Transactional(readOnly = true)
    public void check(Map<String, String> path, CurrentUser user) {
        long id = id(path.get("id"));
        String action = path.get("action");
        TicketMove asked = TicketMove.ofPath(action).orElseThrow(() -> new NotFoundException("action", action));
        if (!visibility.visible(id, TicketScope.forTickets(user))) {
            throw new NotFoundException("ticket", id);
        }
        tickets.findById(id).ifPresent(ticket -> authority.check(ticket, asked.meantIn(ticket.getState()), user));
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("ticket", text);
        }
    }
}

package cn.zhuanban.ticket;

import cn.zhuanban.ticket.domain.TicketRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a ticket's state allows a move at all (409 if not), for a move whose body could not be read: the README has
 * the state answer before the body, so a closed ticket's resolve with {@code "outcome": "bad"} is refused for the state,
 * not as a badly typed body (400). A readable body goes to {@link TicketManagement}, whose refusals say more (an
 * extension request that lapsed, a reassignment to the same department).
 */
@Component
public class MoveStateCheck {

    private final TicketRepository tickets;

    MoveStateCheck(TicketRepository tickets) {
        this.tickets = tickets;
    }

    /** Checked after {@link MoveCheck}: the ticket is in the user's scope and the move, a known one, is his. */
    @Transactional(readOnly = true)
    public void requireStateAllows(long id, String action) {
        TicketMove asked = TicketMove.ofPath(action).orElseThrow();
        tickets.findById(id).ifPresent(ticket -> ticket.requireStateAllows(asked.meantIn(ticket.getState())));
    }
}

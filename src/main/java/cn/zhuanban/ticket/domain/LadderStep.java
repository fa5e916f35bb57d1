package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;

/**
 * What the escalation job does when a due time arrives: the rungs of the ladder (domain.md §3)
 * and closing a ticket whose reporter did not answer.
 */
public enum LadderStep {
    YELLOW(TicketCard.YELLOW, EscalationLevel.REMINDER),
    RED(TicketCard.RED, EscalationLevel.SUPERVISION),
    LEAD_OFFICIAL(null, EscalationLevel.LEAD_OFFICIAL),
    MEETING(null, EscalationLevel.MEETING),
    NO_RESPONSE(null, null);

    private final TicketCard card;
    private final EscalationLevel level;

    LadderStep(TicketCard card, EscalationLevel level) {
        this.card = card;
        this.level = level;
    }

    public TicketCard card() {
        return card;
    }

    public EscalationLevel level() {
        return level;
    }
}

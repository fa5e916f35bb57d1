package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketState;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A move the state or a rule does not allow. The message names the state and the move in the
 * user's language (the arguments are message keys the bundles resolve), plus the rule, if any.
 */
public final class TicketRefusal {

    private TicketRefusal() {}

    public static BusinessException of(TicketState state, TicketMove move, String ruleKey) {
        return of(state, move, ruleKey, new Object[0]);
    }

    /** The same with {@code ruleArgs} filling the rule's placeholders (which ticket, which state). */
    public static BusinessException of(TicketState state, TicketMove move, String ruleKey, Object... ruleArgs) {
        return new BusinessException(
                ErrorCode.TICKET_MOVE_REFUSED,
                "action",
                new DefaultMessageSourceResolvable("ticket.state." + state.name()),
                new DefaultMessageSourceResolvable(move.labelKey()),
                new DefaultMessageSourceResolvable(
                        new String[] {"ticket.refused." + (ruleKey == null ? "state" : ruleKey)}, ruleArgs));
    }
}

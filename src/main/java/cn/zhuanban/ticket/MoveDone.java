package cn.zhuanban.ticket;

import java.util.Set;

/**
 * What a move did: the step it recorded ({@code ticket.signed}, {@code ticket.reopened} …) with its result, if any,
 * and the state the ticket is in afterwards. The page confirms the step in words ({@link #messageKey()}), so that
 * the user sees that the right thing happened, not only that something did.
 */
public record MoveDone(TicketState state, String action, String result) {

    /** Steps whose confirmation depends on the answer: an extension approved or refused, a rating. */
    private static final Set<String> TOLD_BY_RESULT = Set.of("ticket.extension-decided", "ticket.rated");

    public String messageKey() {
        return "ticket.done." + action + (result != null && TOLD_BY_RESULT.contains(action) ? "." + result : "");
    }
}

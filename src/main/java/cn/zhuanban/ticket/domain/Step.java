package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketState;
import java.util.Set;

/**
 * One recorded move: its action name, the states before and after, the reason given and, for a resolution or a
 * rating, the answer chosen ({@code SOLVED}, {@code SATISFIED} …) as a code of its own, so that the timeline shows
 * it in the reader's words instead of in the text.
 */
public record Step(int number, String action, TicketState from, TicketState to, String reason, String result) {

    public Step(int number, String action, TicketState from, TicketState to, String reason) {
        this(number, action, from, to, reason, null);
    }

    /**
     * Moves that set the deadlines (a resolve date of their own, or the same one kept, as an insistence or a
     * resumption of a ticket suspended before its assignment): the timeline keeps the resolve date they left the
     * ticket with ({@code ticket_step.resolve_by}), which the ticket row forgets at the next one.
     */
    public static final Set<String> SETTING_DEADLINES = Set.of(
            "ticket.assigned",
            "ticket.reassigned",
            "ticket.insisted",
            "ticket.resumed",
            "ticket.reopened",
            "ticket.deadlines-recounted");

    /** Whether a step with this action and answer set the deadlines: those above, and an approved extension. */
    public static boolean setsDeadlines(String action, String result) {
        return SETTING_DEADLINES.contains(action)
                || ("ticket.extension-decided".equals(action) && "APPROVED".equals(result));
    }

    public boolean setsDeadlines() {
        return setsDeadlines(action, result);
    }

    Step withResult(Enum<?> answer) {
        return new Step(number, action, from, to, reason, answer.name());
    }
}

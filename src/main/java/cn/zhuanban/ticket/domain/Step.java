package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketState;

/**
 * One recorded move: its action name, the states before and after, the reason given and, for a resolution or a
 * rating, the answer chosen ({@code SOLVED}, {@code SATISFIED} …) as a code of its own, so that the timeline shows
 * it in the reader's words instead of in the text.
 */
public record Step(int number, String action, TicketState from, TicketState to, String reason, String result) {

    public Step(int number, String action, TicketState from, TicketState to, String reason) {
        this(number, action, from, to, reason, null);
    }

    Step withResult(Enum<?> answer) {
        return new Step(number, action, from, to, reason, answer.name());
    }
}

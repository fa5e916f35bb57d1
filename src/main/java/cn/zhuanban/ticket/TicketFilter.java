package cn.zhuanban.ticket;

/**
 * Filters of the ticket lists, the API list and the export; all optional ({@code open}: not closed, merged or
 * rejected; {@code outcome}: closed tickets whose resolution had that outcome, e.g. the cockpit's "solved").
 */
public record TicketFilter(
        String q,
        TicketState state,
        Long departmentId,
        Long projectId,
        TicketCategory category,
        TicketCard card,
        TicketTodo todo,
        Boolean open,
        TicketOutcome outcome) {

    public static TicketFilter none() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null);
    }

    public TicketFilter withTodo(TicketTodo todo) {
        return new TicketFilter(q, state, departmentId, projectId, category, card, todo, open, outcome);
    }
}

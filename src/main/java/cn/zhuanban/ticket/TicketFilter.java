package cn.zhuanban.ticket;

/**
 * Filters of the ticket lists, the API list and the export; all optional ({@code open}: not closed, merged or
 * rejected; {@code outcome}: closed tickets whose resolution had that outcome, e.g. the cockpit's "solved";
 * {@code source}: where they came from, e.g. leaders' instructions).
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
        TicketOutcome outcome,
        TicketSource source) {

    /** The filters without the source, as they were before it was added. */
    public TicketFilter(
            String q,
            TicketState state,
            Long departmentId,
            Long projectId,
            TicketCategory category,
            TicketCard card,
            TicketTodo todo,
            Boolean open,
            TicketOutcome outcome) {
        this(q, state, departmentId, projectId, category, card, todo, open, outcome, null);
    }

    public static TicketFilter none() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public TicketFilter withTodo(TicketTodo todo) {
        return new TicketFilter(q, state, departmentId, projectId, category, card, todo, open, outcome, source);
    }
}

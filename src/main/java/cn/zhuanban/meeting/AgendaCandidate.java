package cn.zhuanban.meeting;

/**
 * An agenda item as the data gives it, before it is stored: what {@link AgendaBuilder} finds and {@link AgendaRefresh}
 * compares with the stored agenda.
 */
record AgendaCandidate(AgendaSource source, Long refId, Long projectId, String title, String detail) {

    String key() {
        return key(source, refId, title);
    }

    /**
     * What an item is about, whatever its reason now: a ticket stays the same item when it turns from new to red, a
     * project when its light turns from yellow to red or from "new" to "still". Stage goals are told apart by their
     * title (the ref is their project). Null for an item people typed: it is theirs, the data never changes it.
     */
    static String key(AgendaSource source, Long refId, String title) {
        if (refId == null) {
            return null;
        }
        return switch (source) {
            case TICKET_NEW, TICKET_OVERDUE, TICKET_RED -> "ticket|" + refId;
            // a fact of its own: an earlier item of the open ticket, removed by staff, does not hold it back
            case TICKET_ESCALATED -> "escalated|" + refId;
            case PROJECT_LIGHT, PROJECT_LIGHT_STILL -> "project|" + refId;
            case STAGE_GOAL_LIGHT, STAGE_GOAL_LIGHT_STILL -> "goal-light|" + refId + "|" + title;
            case STAGE_GOAL_DUE -> "goal-due|" + refId + "|" + title;
            case SERVICE_ITEM -> "service-item|" + refId;
            case OPEN_ACTION -> "action|" + refId;
            case MANUAL -> null;
        };
    }
}

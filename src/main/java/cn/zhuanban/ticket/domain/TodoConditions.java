package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketTodo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the to-do lists (workbench tiles and the ticket list's tabs) for {@link TicketQueries}: what each list
 * holds and how their counts are taken, kept apart from the queries that read tickets.
 */
final class TodoConditions {

    private TodoConditions() {}

    /** Closed, merged and rejected tickets wait for nobody. */
    static final String OPEN = "t.state not in ('CLOSED', 'MERGED', 'REJECTED')";

    /**
     * Not yet resolved (as the project light counts red cards): the department still owes the work, the lateness is
     * still on. A resolved ticket keeps its card and level, but waits for the review, it is not late any more.
     */
    static final String UNRESOLVED =
            "t.state in ('REPORTED', 'ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS', 'SUSPENDED')";

    /** Closed by the reporter's second dissatisfaction, and so escalated to the lead official. */
    static final String ESCALATED_CLOSURE = ClosedFacts.CLOSED_DISSATISFIED;

    /** The rungs from the supervision notice (督办单) up. */
    static final String SUPERVISION_OR_ABOVE = "('SUPERVISION', 'LEAD_OFFICIAL', 'MEETING')";

    /**
     * What each to-do list holds (alias {@code t}; {@code :myDept} the user's department, {@code :me}
     * the user, {@code :today}). Every to-do but one is an open ticket: the counts stay off the closed history,
     * which outgrows the open tickets year by year, and a stale extension request of a closed ticket
     * is not "to review". The exception is the lead official's: a ticket closed by the second dissatisfaction
     * ({@link #ESCALATED_CLOSURE}) is escalated to him, and waits for his instruction. Each condition leads with the
     * state (or the reporter, the department) so that an index answers it.
     */
    static final Map<TicketTodo, String> TODO = new EnumMap<>(Map.ofEntries(
            Map.entry(TicketTodo.TO_ASSIGN, "t.state = 'REPORTED' and t.rejection_proposed = false"),
            Map.entry(TicketTodo.TO_CONFIRM_REJECTION, "t.state = 'REPORTED' and t.rejection_proposed = true"),
            Map.entry(TicketTodo.TO_SIGN, "t.state = 'ASSIGNED' and t.department_id = :myDept"),
            Map.entry(TicketTodo.TO_HANDLE, "t.state = 'IN_PROGRESS' and t.department_id = :myDept"),
            Map.entry(
                    TicketTodo.OVERDUE,
                    "t.state in ('ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS')"
                            + " and (t.resolve_by < :today or (t.state = 'ASSIGNED' and t.sign_by < :today))"),
            Map.entry(TicketTodo.TO_REVIEW, "t.state = 'RESOLVED'"),
            // In work only: a suspended ticket's request waits for the resumption, and a resolution ends a request.
            Map.entry(TicketTodo.TO_DECIDE_EXTENSION, "t.extension_until is not null and t.state = 'IN_PROGRESS'"),
            Map.entry(TicketTodo.TO_DECIDE_RETURN, "t.state = 'RETURN_REQUESTED'"),
            Map.entry(TicketTodo.TO_RATE, "t.state = 'AWAITING_FEEDBACK' and t.reporter_id = :me"),
            Map.entry(
                    TicketTodo.SUPERVISED,
                    UNRESOLVED + " and (t.card = 'RED' or t.escalation_level in " + SUPERVISION_OR_ABOVE + ")"),
            Map.entry(TicketTodo.ESCALATED_TO_LEADER, UNRESOLVED + " and t.escalation_level = 'MEETING'"),
            // escalated to the lead official of the project (the notice went to him), handled by an instruction
            // (批示) a leader gave on it since it closed
            Map.entry(
                    TicketTodo.ESCALATED_BY_DISSATISFACTION,
                    ESCALATED_CLOSURE
                            + " and exists (select 1 from project lp where lp.id = t.project_id"
                            + " and lp.lead_official_id = :me)"
                            + " and not exists (select 1 from ticket_instruction i where i.ticket_id = t.id"
                            + " and i.given_at >= t.closed_at)")));

    /** The lists in the order of {@link TodoCounts}' components, which the counting queries return. */
    static final List<TicketTodo> COUNTED = List.of(
            TicketTodo.TO_ASSIGN,
            TicketTodo.TO_SIGN,
            TicketTodo.TO_HANDLE,
            TicketTodo.OVERDUE,
            TicketTodo.TO_REVIEW,
            TicketTodo.TO_DECIDE_EXTENSION,
            TicketTodo.TO_DECIDE_RETURN,
            TicketTodo.TO_RATE,
            TicketTodo.TO_CONFIRM_REJECTION,
            TicketTodo.SUPERVISED,
            TicketTodo.ESCALATED_TO_LEADER,
            TicketTodo.ESCALATED_BY_DISSATISFACTION);

    /**
     * The to-do counts of a whole-district scope, each an index-only count (no pass over the open tickets): by state
     * (and department, reporter), the extension requests by the index on extension_until.
     */
    static final String COUNTS_ALL = "select "
            + String.join(
                    ", ",
                    COUNTED.stream()
                            .map(t -> "(select count(*) from ticket t where " + TODO.get(t) + ")")
                            .toList());

    /** The to-do counts of a narrower scope: one pass over its open tickets (a few hundred, found by index). */
    static final String COUNTS_SCOPED = "select "
            + String.join(
                    ", ",
                    COUNTED.stream()
                            .map(t -> "sum(case when " + TODO.get(t) + " then 1 else 0 end)")
                            .toList())
            + " from %s where (" + OPEN + " or " + ESCALATED_CLOSURE + ")";
}

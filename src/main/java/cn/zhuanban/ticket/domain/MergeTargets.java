package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketSummary;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which tickets a duplicate may be merged into: one still being worked on. A closed, rejected or merged ticket has
 * nobody working on it, so a problem merged into it would be "handled" by no one. A resolved ticket (awaiting review
 * or the reporter's rating) is left out too: its result was written before the duplicate came in, and only its own
 * reporter rates it, so the newer report would be closed by a rating that never looked at it; such a report is
 * assigned on its own. Suspended tickets stay open (the lead official paused them) and may take duplicates.
 */
@Component
public class MergeTargets {

    /** The states a merge target may be in. */
    public static final Set<TicketState> OPEN_STATES = EnumSet.of(
            TicketState.REPORTED,
            TicketState.ASSIGNED,
            TicketState.RETURN_REQUESTED,
            TicketState.IN_PROGRESS,
            TicketState.SUSPENDED);

    private final JdbcClient jdbc;

    MergeTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean accepts(TicketState state) {
        return OPEN_STATES.contains(state);
    }

    /**
     * The tickets of a project a duplicate may be merged into, within the scope and without {@code except} itself,
     * newest first: the merge form's pick list.
     */
    public List<TicketSummary> of(long projectId, long except, TicketScope scope, int limit) {
        return jdbc.sql(TicketQueries.COLUMNS + TicketQueries.FROM.formatted(scope.sql()) + """
                         and t.project_id = :project and t.id <> :except and t.state in (:states)
                         order by t.id desc limit :limit""")
                .params(scope.params())
                .param("project", projectId)
                .param("except", except)
                .param("states", OPEN_STATES.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query(TicketQueries::summary)
                .list();
    }
}

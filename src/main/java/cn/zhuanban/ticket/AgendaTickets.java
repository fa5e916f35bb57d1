package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.ticket.domain.TicketScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets a weekly meeting discusses (domain §3): the open tickets of the task force's projects, within the
 * planning user's scope, that were reported since the last meeting, were overdue on the meeting day or carried a red
 * card. Meeting actions are left out (the agenda lists them as open actions).
 *
 * <p>Only what the meeting could know. For a meeting held on a past day (the demo's last week, a meeting planned or
 * refreshed afterwards) each ticket is judged as its timeline and the ladder's records tell it stood at the end of that
 * day ({@link PastActionStatuses#listedOn}): a ticket closed or given more time since is listed all the same, one
 * reported since is not, one overdue or red only since is not, and each reads in the state, with the card and the
 * resolve date it had then. Today's ticket row alone once chose them, so a past agenda lost what was settled later.
 */
@Service
@Transactional(readOnly = true)
public class AgendaTickets {

    private static final String OPEN = "t.state not in ('CLOSED', 'MERGED', 'REJECTED')";

    private static final List<TicketState> RUNNING =
            List.of(TicketState.ASSIGNED, TicketState.RETURN_REQUESTED, TicketState.IN_PROGRESS);

    private final PastActionStatuses past;
    private final JdbcClient jdbc;
    private final Clock clock;

    AgendaTickets(PastActionStatuses past, JdbcClient jdbc, Clock clock) {
        this.past = past;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The tickets of these projects a meeting on {@code asOf} discusses, new since {@code since}, oldest first; for a
     * past day as they stood at its end.
     */
    public List<TicketSummary> forAgenda(
            Collection<Long> projectIds, LocalDate since, LocalDate asOf, CurrentUser user) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        if (!asOf.isBefore(LocalDate.now(clock))) {
            // today or ahead: the ticket row is where it stands
            return query(projectIds, since, asOf, user, """
                    %s and (t.created_at >= :since or t.card = 'RED'
                            or (t.state in ('ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS')
                                and (t.resolve_by < :asOf or (t.state = 'ASSIGNED' and t.sign_by < :asOf))))""".formatted(OPEN)).stream()
                    .map(Listed::summary)
                    .toList();
        }
        // reported by the end of the day and open now, or moved since (it may have been open then): judged as it stood
        List<Listed> candidates = query(projectIds, since, asOf, user, """
                t.created_at < :until and (%s or exists (select 1 from ticket_step s
                                                          where s.ticket_id = t.id and s.at >= :until))""".formatted(OPEN));
        Map<Long, ActionTicketStatus> then =
                past.listedOn(candidates.stream().map(c -> c.summary().id()).toList(), asOf);
        return candidates.stream()
                .map(c -> c.asItStood(then.get(c.summary().id()), since, asOf, clock))
                .filter(Objects::nonNull)
                .toList();
    }

    private List<Listed> query(
            Collection<Long> projectIds, LocalDate since, LocalDate asOf, CurrentUser user, String which) {
        TicketScope scope = TicketScope.forTickets(user);
        return jdbc.sql("""
                        select t.id, t.title, t.project_id, p.name as project_name, t.category, t.severity, t.state,
                               t.department_id, t.resolve_by, t.resolve_date_chosen, t.card, t.escalation_level,
                               t.created_at
                        from ticket t join project p on p.id = t.project_id
                        where (%s) and t.source <> :meeting and t.project_id in (:projects) and %s
                        order by t.id""".formatted(scope.sql(), which))
                .params(scope.params())
                .param("meeting", TicketSource.MEETING.name())
                .param("projects", List.copyOf(projectIds))
                .param(
                        "since",
                        Timestamp.from(since.atStartOfDay(clock.getZone()).toInstant()))
                .param("asOf", asOf)
                .param(
                        "until",
                        Timestamp.from(
                                asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, n) -> new Listed(TicketSummary.ofRow(rs)))
                .list();
    }

    /** A ticket the query found. */
    private record Listed(TicketSummary summary) {

        /**
         * The ticket as it stood at the end of {@code day} when the meeting of that day discusses it, null otherwise.
         * Not signed in time is judged by the sign deadline it had then, which its steps keep (V193): today's was set
         * by a reassignment or a recount since, and once hid a ticket the meeting saw unsigned past its deadline.
         */
        TicketSummary asItStood(ActionTicketStatus then, LocalDate since, LocalDate day, Clock clock) {
            if (then == null || then.ended()) {
                return null;
            }
            TicketSummary t = summary;
            boolean reported =
                    !t.createdAt().isBefore(since.atStartOfDay(clock.getZone()).toInstant());
            boolean running = RUNNING.contains(then.state());
            boolean late = running
                    && (then.resolveBy() != null && then.resolveBy().isBefore(day)
                            || then.state() == TicketState.ASSIGNED
                                    && then.signBy() != null
                                    && then.signBy().isBefore(day));
            if (!reported && then.card() != TicketCard.RED && !late) {
                return null;
            }
            return new TicketSummary(
                    t.id(),
                    t.title(),
                    t.projectId(),
                    t.projectName(),
                    t.category(),
                    t.severity(),
                    then.state(),
                    t.departmentId(),
                    t.departmentName(),
                    then.resolveBy(),
                    t.resolveDateChosen(),
                    then.card(),
                    t.escalationLevel(),
                    t.createdAt(),
                    null,
                    null,
                    null);
        }
    }
}

package cn.zhuanban.meeting.domain;

import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Decisions with their actions, and the amendments of confirmed meetings. */
@Repository
public class ActionStore {

    public record ActionRow(
            long id,
            long meetingId,
            int meetingNumber,
            long taskForceId,
            Long agendaItemId,
            String decision,
            Long ownerDepartmentId,
            Long ownerUserId,
            LocalDate deadline,
            String status,
            Long ticketId,
            Long projectId,
            LocalDate closedOn,
            LocalDate ticketResolveBy) {

        /**
         * The deadline as it stands: the ticket's resolve date, which an approved extension or a reassignment with a
         * new date moves; the one the meeting set for an action without a ticket. {@link #deadline} stays the
         * meeting's, what its review of the ticket as of a past day starts from.
         */
        public LocalDate currentDeadline() {
            return ticketResolveBy == null ? deadline : ticketResolveBy;
        }

        /** Whether the action was still open at the end of {@code day}: open now, or closed after that day. */
        public boolean openOn(LocalDate day) {
            return "OPEN".equals(status) || (closedOn != null && closedOn.isAfter(day));
        }
    }

    public record AmendmentRow(String text, long authorId, Instant createdAt) {}

    private static final String SELECT = """
            select a.id, a.meeting_id, m.number as meeting_number, a.task_force_id, a.agenda_item_id, a.decision,
                   a.owner_department_id, a.owner_user_id, a.deadline, a.status, a.ticket_id,
                   a.project_id, a.closed_on, tk.resolve_by as ticket_resolve_by
            from meeting_action a join meeting m on m.id = a.meeting_id
            left join ticket tk on tk.id = a.ticket_id
            """;

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long meetingId, long taskForceId, DecisionForm f, long projectId, String category, long ticketId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_action (meeting_id, task_force_id, agenda_item_id, decision,
                            owner_department_id, owner_user_id, deadline, status, project_id, category, ticket_id)
                        values (:m, :tf, :item, :decision, :dept, :owner, :deadline, 'OPEN', :project, :category,
                            :ticket)""")
                .param("project", projectId)
                .param("category", category)
                .param("ticket", ticketId)
                .param("m", meetingId)
                .param("tf", taskForceId)
                .param("item", f.agendaItemId())
                .param("decision", f.decision().strip())
                .param("dept", f.ownerDepartmentId())
                .param("owner", f.ownerUserId())
                .param("deadline", f.deadline())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<ActionRow> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + " where a.meeting_id = :m order by a.id")
                .param("m", meetingId)
                .query(ActionRow.class)
                .list();
    }

    /** Open actions of the task force's meetings before this one. */
    public List<ActionRow> openBefore(long taskForceId, long meetingId) {
        return jdbc.sql(SELECT + " where a.task_force_id = :tf and a.status = 'OPEN' and a.meeting_id <> :m"
                        + " order by coalesce(tk.resolve_by, a.deadline), a.id")
                .param("tf", taskForceId)
                .param("m", meetingId)
                .query(ActionRow.class)
                .list();
    }

    /** The agenda items of the meeting that a decision was taken on. */
    public Set<Long> decidedItems(long meetingId) {
        return Set.copyOf(jdbc.sql("select agenda_item_id from meeting_action where meeting_id = :m"
                        + " and agenda_item_id is not null")
                .param("m", meetingId)
                .query(Long.class)
                .list());
    }

    /** These actions by id (those that exist). */
    public Map<Long, ActionRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " where a.id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(ActionRow.class)
                .list()
                .stream()
                .collect(Collectors.toMap(ActionRow::id, Function.identity()));
    }

    public Optional<ActionRow> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(ActionRow.class)
                .optional();
    }

    public void close(long id, LocalDate on) {
        jdbc.sql("update meeting_action set status = 'CLOSED', closed_on = :on where id = :id")
                .param("on", on)
                .param("id", id)
                .update();
    }

    /** Closes the open actions whose ticket this is; returns their ids. */
    public List<Long> closeByTicket(long ticketId, LocalDate on) {
        List<Long> ids = jdbc.sql("select id from meeting_action where ticket_id = :t and status = 'OPEN'")
                .param("t", ticketId)
                .query(Long.class)
                .list();
        ids.forEach(id -> close(id, on));
        return ids;
    }

    public void amend(long meetingId, String text, long author, Instant at) {
        jdbc.sql("insert into meeting_amendment (meeting_id, text, author_id, created_at) values (:m, :t, :a, :at)")
                .param("m", meetingId)
                .param("t", text.strip())
                .param("a", author)
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<AmendmentRow> amendments(long meetingId) {
        return jdbc.sql("select text, author_id, created_at from meeting_amendment where meeting_id = :m order by id")
                .param("m", meetingId)
                .query(AmendmentRow.class)
                .list();
    }
}

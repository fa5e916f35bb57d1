package cn.zhuanban.meeting.domain;

import cn.zhuanban.meeting.AgendaSource;
import cn.zhuanban.meeting.MeetingRecords.ActionProgress;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items of a meeting's agenda, in order, with their minutes. */
@Repository
public class AgendaStore {

    private final JdbcClient jdbc;

    AgendaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long meetingId, AgendaSource source, Long refId, Long projectId, String title, String detail) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = :m")
                .param("m", meetingId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into agenda_item (meeting_id, position, source, ref_id, project_id, title, detail)"
                        + " values (:m, :p, :source, :ref, :project, :title, :detail)")
                .param("m", meetingId)
                .param("p", position)
                .param("source", source.name())
                .param("ref", refId)
                .param("project", projectId)
                .param("title", abbreviate(title, 500))
                .param("detail", abbreviate(detail, 1000))
                .update();
    }

    /**
     * Keeps where each carried-over action stood for the meeting ({@code itemId → standing}, as of the meeting day once
     * it is past): the confirmed minutes read this from then on, a record of the meeting, rather than today's standing.
     */
    public void freezeProgress(Map<Long, ActionProgress> progress) {
        progress.forEach((itemId, p) -> jdbc.sql("""
                        insert into agenda_item_progress (item_id, standing, working_days_overdue, as_of)
                        values (:item, :standing, :days, :asOf)""")
                .param("item", itemId)
                .param("standing", p.standing())
                .param("days", p.workingDaysOverdue())
                .param("asOf", p.asOf())
                .update());
    }

    /** The standings kept at the meeting's confirmation, by item; empty for a draft (or one confirmed before). */
    public Map<Long, ActionProgress> frozenProgress(long meetingId) {
        Map<Long, ActionProgress> out = new HashMap<>();
        jdbc.sql("""
                        select p.item_id, p.standing, p.working_days_overdue, p.as_of
                        from agenda_item_progress p join agenda_item a on a.id = p.item_id
                        where a.meeting_id = :m""")
                .param("m", meetingId)
                .query((rs, n) -> out.put(
                        rs.getLong(1),
                        new ActionProgress(rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class))))
                .list();
        return out;
    }

    public List<AgendaItemView> of(long meetingId) {
        return jdbc.sql("select id, position, source, ref_id, project_id, title, detail, minutes from agenda_item"
                        + " where meeting_id = :m order by position")
                .param("m", meetingId)
                .query(AgendaItemView.class)
                .list();
    }

    /**
     * The items of these sources on the agenda of the series' previous meeting (the one numbered just
     * before {@code meetingId}), as "refId|title" keys.
     */
    public Set<String> onPreviousAgenda(long meetingId, Collection<AgendaSource> sources) {
        return Set.copyOf(jdbc.sql("""
                        select a.ref_id, a.title from agenda_item a
                        join meeting p on p.id = a.meeting_id
                        join meeting m on m.series_id = p.series_id and p.number = m.number - 1
                        where m.id = :m and a.source in (:sources)""")
                .param("m", meetingId)
                .param("sources", sources.stream().map(Enum::name).toList())
                .query((rs, n) -> key(rs.getLong(1), rs.getString(2)))
                .list());
    }

    /** How {@link #onPreviousAgenda} names an item. */
    public static String key(long refId, String title) {
        return refId + "|" + abbreviate(title, 500);
    }

    /** A generated item follows its data: new reason, title and detail, same place and minutes. */
    public void update(long itemId, AgendaSource source, Long projectId, String title, String detail) {
        jdbc.sql("update agenda_item set source = :source, project_id = :project, title = :title, detail = :detail"
                        + " where id = :id")
                .param("source", source.name())
                .param("project", projectId)
                .param("title", abbreviate(title, 500))
                .param("detail", abbreviate(detail, 1000))
                .param("id", itemId)
                .update();
    }

    /** Remembers that staff took the item with this key off the meeting's agenda, so the data does not bring it back. */
    public void dismiss(long meetingId, String key) {
        jdbc.sql("delete from agenda_item_dismissed where meeting_id = :m and item_key = :k")
                .param("m", meetingId)
                .param("k", key)
                .update();
        jdbc.sql("insert into agenda_item_dismissed (meeting_id, item_key) values (:m, :k)")
                .param("m", meetingId)
                .param("k", key)
                .update();
    }

    public Set<String> dismissed(long meetingId) {
        return Set.copyOf(jdbc.sql("select item_key from agenda_item_dismissed where meeting_id = :m")
                .param("m", meetingId)
                .query(String.class)
                .list());
    }

    public Optional<AgendaItemView> item(long itemId) {
        return jdbc.sql("select id, position, source, ref_id, project_id, title, detail, minutes from agenda_item"
                        + " where id = :id")
                .param("id", itemId)
                .query(AgendaItemView.class)
                .optional();
    }

    public Optional<Long> meetingOf(long itemId) {
        return jdbc.sql("select meeting_id from agenda_item where id = :id")
                .param("id", itemId)
                .query(Long.class)
                .optional();
    }

    public void remove(long itemId) {
        jdbc.sql("delete from agenda_item where id = :id").param("id", itemId).update();
    }

    public void minutes(long itemId, String minutes) {
        jdbc.sql("update agenda_item set minutes = :t where id = :id")
                .param("t", minutes)
                .param("id", itemId)
                .update();
    }

    /** Swaps an item with its neighbour above (up) or below. */
    public void move(long meetingId, long itemId, boolean up) {
        List<AgendaItemView> items = of(meetingId);
        for (int i = 0; i < items.size(); i++) {
            int j = up ? i - 1 : i + 1;
            if (items.get(i).id() == itemId && j >= 0 && j < items.size()) {
                setPosition(itemId, items.get(j).position());
                setPosition(items.get(j).id(), items.get(i).position());
                return;
            }
        }
    }

    private void setPosition(long id, int position) {
        jdbc.sql("update agenda_item set position = :p where id = :id")
                .param("p", position)
                .param("id", id)
                .update();
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * Of these tickets, by id, the day of the last meeting before {@code before} (other than {@code meetingId}) that
     * listed it as a ticket escalated after the reporter's second dissatisfaction: that meeting took it up (an action
     * it decided from the item hangs off the item). Dated by the meetings, not the clock, as the agenda is.
     */
    public Map<Long, LocalDate> escalationsTakenUp(Collection<Long> ticketIds, long meetingId, LocalDate before) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> out = new HashMap<>();
        jdbc.sql("""
                        select i.ref_id, max(m.held_on)
                        from agenda_item i join meeting m on m.id = i.meeting_id
                        where i.source = 'TICKET_ESCALATED' and i.ref_id in (:tickets)
                          and m.id <> :m and m.held_on < :before
                        group by i.ref_id""")
                .param("tickets", List.copyOf(ticketIds))
                .param("m", meetingId)
                .param("before", before)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        return out;
    }
}

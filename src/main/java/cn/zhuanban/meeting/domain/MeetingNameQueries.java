package cn.zhuanban.meeting.domain;

import cn.zhuanban.shared.NamesByIds;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names of meetings, series and agenda items by id, regardless of scope, for the audit log's names beside ids:
 * one query per kind and thousand ids; a deleted thing is absent.
 */
@Repository
public class MeetingNameQueries {

    private static final int SLICE = 1000;

    private final JdbcClient jdbc;

    MeetingNameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting by its series' task force and its day, {@code 第一专班 · 2026-12-07}, as the meeting's page heads it. */
    public Map<Long, String> meetings(Collection<Long> ids) {
        List<Long> all = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            jdbc.sql("""
                            select m.id, t.name, m.held_on from meeting m
                            join meeting_series s on s.id = m.series_id join task_force t on t.id = s.task_force_id
                            where m.id in (:ids)""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query((rs, n) ->
                            names.put(rs.getLong(1), rs.getString(2) + " · " + rs.getObject(3, LocalDate.class)))
                    .list();
        }
        return names;
    }

    /** A series by its task force and place, {@code 第一专班 · 三楼会议室}. */
    public Map<Long, String> series(Collection<Long> ids) {
        return NamesByIds.of(jdbc, """
                select s.id, t.name || ' · ' || s.place
                from meeting_series s join task_force t on t.id = s.task_force_id
                where s.id in (:ids)""", ids);
    }

    /** Agenda items by their titles, cut to {@code max} characters (a generated title names project and ticket). */
    public Map<Long, String> itemTitles(Collection<Long> ids, int max) {
        Map<Long, String> titles = NamesByIds.of(jdbc, "select id, title from agenda_item where id in (:ids)", ids);
        titles.replaceAll((id, t) -> t.length() <= max ? t : t.substring(0, max - 1) + "…");
        return titles;
    }
}

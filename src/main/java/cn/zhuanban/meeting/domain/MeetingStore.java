package cn.zhuanban.meeting.domain;

import cn.zhuanban.meeting.MeetingRecords.MeetingSummary;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Series and meetings. A meeting row carries a version that every change of the meeting bumps. */
@Repository
public class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long createSeries(SeriesForm f) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting_series (task_force_id, weekday, start_time, place)"
                        + " values (:tf, :weekday, :time, :place)")
                .param("tf", f.taskForceId())
                .param("weekday", f.weekday().name())
                .param("time", f.startTime())
                .param("place", f.place().strip())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public record SeriesRow(long id, long taskForceId, String weekday, java.time.LocalTime startTime, String place) {}

    public Optional<SeriesRow> series(long id) {
        return jdbc.sql("select id, task_force_id, weekday, start_time, place from meeting_series where id = :id")
                .param("id", id)
                .query(SeriesRow.class)
                .optional();
    }

    /**
     * A page of the series of these task forces, by task force name; {@code q} narrows to words of the task force's
     * name or the place.
     */
    public PageResult<SeriesRow> seriesOf(List<Long> taskForceIds, String q, PageQuery page) {
        if (taskForceIds.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        String text = LikeText.containing(q);
        String from =
                " from meeting_series s join task_force t on t.id = s.task_force_id where s.task_force_id in (:ids)"
                        + " and (cast(:like as varchar) is null or lower(t.name) like :like escape '!'"
                        + " or lower(s.place) like :like escape '!')";
        long total = jdbc.sql("select count(*)" + from)
                .param("ids", taskForceIds)
                .param("like", text)
                .query(Long.class)
                .single();
        List<SeriesRow> rows = jdbc.sql("select s.id, s.task_force_id, s.weekday, s.start_time, s.place" + from
                        + " order by t.name, s.id limit :limit offset :offset")
                .param("ids", taskForceIds)
                .param("like", text)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(SeriesRow.class)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /**
     * The day of the series' last meeting on or before {@code day} (not after it: a meeting planned before drafts of
     * later weeks follows the one before it), since which a new meeting's agenda covers the data.
     */
    public Optional<LocalDate> lastBefore(long seriesId, LocalDate day) {
        return jdbc.sql("select max(held_on) from meeting where series_id = :s and held_on <= :on")
                .param("s", seriesId)
                .param("on", day)
                .query(LocalDate.class)
                .optional();
    }

    /**
     * The day of the series' last meeting whose number is cited: confirmed minutes, or a meeting already held (before
     * {@code today}), whose minutes and decisions (第3期例会议定) name it by its number.
     */
    public Optional<LocalDate> lastCitedOn(long seriesId, LocalDate today) {
        return jdbc.sql("select max(held_on) from meeting where series_id = :s"
                        + " and (status = 'CONFIRMED' or held_on < :today)")
                .param("s", seriesId)
                .param("today", today)
                .query(LocalDate.class)
                .optional();
    }

    /**
     * A meeting that moved up one number for one inserted before it; {@code oldSince} is the day its period began
     * before, and {@code newSince} the day it begins now: the inserted meeting's day for the first of them, whose
     * period the inserted meeting now ends (null for the others, whose period stays as it was).
     */
    public record Renumbered(
            long id, int oldNumber, int newNumber, LocalDate heldOn, LocalDate oldSince, LocalDate newSince) {}

    /**
     * Holds the series until the transaction ends, so that two meetings planned together do not take one number, and
     * makes room for a meeting on {@code day}: moves every meeting after that day up one number, and starts the period
     * of the first of them (the data its agenda covers, {@code since}) on that day, since the inserted meeting now
     * covers the days before. The numbers move in two steps through negative numbers: the unique (series_id, number)
     * index is checked row by row on PostgreSQL, so one {@code number + 1} would collide with the next meeting's number.
     */
    public List<Renumbered> makeRoomOn(long seriesId, LocalDate day) {
        jdbc.sql("select id from meeting_series where id = :s for update")
                .param("s", seriesId)
                .query(Long.class)
                .optional();
        List<Renumbered> later = new ArrayList<>(
                jdbc.sql("select id, number as old_number, number + 1 as new_number, held_on, since as old_since,"
                                + " cast(null as date) as new_since from meeting"
                                + " where series_id = :s and held_on > :on order by number")
                        .param("s", seriesId)
                        .param("on", day)
                        .query(Renumbered.class)
                        .list());
        if (!later.isEmpty()) {
            jdbc.sql("update meeting set number = -(number + 1) where series_id = :s and held_on > :on")
                    .param("s", seriesId)
                    .param("on", day)
                    .update();
            jdbc.sql("update meeting set number = -number where series_id = :s and number < 0")
                    .param("s", seriesId)
                    .update();
            Renumbered next = later.getFirst();
            if (!day.equals(next.oldSince())) {
                jdbc.sql("update meeting set since = :on where id = :id")
                        .param("on", day)
                        .param("id", next.id())
                        .update();
                later.set(
                        0,
                        new Renumbered(
                                next.id(), next.oldNumber(), next.newNumber(), next.heldOn(), next.oldSince(), day));
            }
        }
        return later;
    }

    /** A meeting on {@code heldOn} numbered after the series' meetings on or before that day. */
    public long createMeeting(SeriesRow s, LocalDate heldOn, LocalDate since) {
        int number = jdbc.sql(
                        "select coalesce(max(number), 0) + 1 from meeting where series_id = :s and held_on <= :on")
                .param("s", s.id())
                .param("on", heldOn)
                .query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting (series_id, task_force_id, number, held_on, since, status)"
                        + " values (:s, :tf, :n, :on, :since, 'DRAFT')")
                .param("s", s.id())
                .param("tf", s.taskForceId())
                .param("n", number)
                .param("on", heldOn)
                .param("since", since)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Per series of the task force, its next meeting still to be held: a draft on {@code today} or later, the earliest
     * one (a series may have planned several weeks ahead).
     */
    public List<Long> nextDrafts(long taskForceId, LocalDate today) {
        return jdbc.sql("""
                        select m.id from meeting m
                        where m.task_force_id = :tf and m.status = 'DRAFT' and m.held_on >= :today
                          and not exists (select 1 from meeting e where e.series_id = m.series_id
                                          and e.status = 'DRAFT' and e.held_on >= :today and e.held_on < m.held_on)
                        order by m.id""")
                .param("tf", taskForceId)
                .param("today", today)
                .query(Long.class)
                .list();
    }

    /**
     * Holds the meeting's row until the transaction ends, so that one agenda is brought up to date by one transaction at
     * a time: two users opening the page together (on two nodes, too) would otherwise both add the same new item.
     */
    public void lockAgenda(long id) {
        jdbc.sql("select id from meeting where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public Optional<MeetingRow> meeting(long id) {
        return jdbc.sql("""
                        select m.id, m.series_id, m.task_force_id, m.number, m.held_on, m.since, m.status, m.attendees,
                               s.place, s.start_time, s.weekday, m.version
                        from meeting m join meeting_series s on s.id = m.series_id where m.id = :id""").param("id", id).query(MeetingRow.class).optional();
    }

    /**
     * A page of the series' meetings, the newest (highest number) first, with the count: a weekly series holds some
     * fifty meetings a year. The series' unique (series_id, number) index serves both.
     */
    public PageResult<MeetingSummary> meetingsOf(long seriesId, PageQuery page) {
        long total = jdbc.sql("select count(*) from meeting where series_id = :s")
                .param("s", seriesId)
                .query(Long.class)
                .single();
        List<MeetingSummary> rows = total == 0
                ? List.of()
                : jdbc.sql("select id, series_id, number, held_on, status = 'CONFIRMED' as confirmed from meeting"
                                + " where series_id = :s order by number desc limit :limit offset :offset")
                        .param("s", seriesId)
                        .param("limit", page.size())
                        .param("offset", page.offset())
                        .query(MeetingSummary.class)
                        .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Bumps the meeting's version: refused when someone else changed it meanwhile. */
    public void touch(long id, int version) {
        int n = jdbc.sql("update meeting set version = version + 1 where id = :id and version = :v")
                .param("id", id)
                .param("v", version)
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("meeting changed by someone else");
        }
    }

    public void setAttendees(long id, String attendees) {
        jdbc.sql("update meeting set attendees = :a where id = :id")
                .param("a", attendees)
                .param("id", id)
                .update();
    }

    public void confirm(long id, long chair, Instant at) {
        jdbc.sql("update meeting set status = 'CONFIRMED', chair_user_id = :chair, confirmed_at = :at where id = :id")
                .param("chair", chair)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }
}

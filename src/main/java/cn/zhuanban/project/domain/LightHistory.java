package cn.zhuanban.project.domain;

import cn.zhuanban.project.LightChange;
import cn.zhuanban.project.LightCounts;
import cn.zhuanban.project.LightOnDay;
import cn.zhuanban.project.RedProject;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.ClockConfiguration;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projects' lights as they stood on a past day, from the history of changes (project_light_change, V171). A
 * project's light on day D is that of its latest change on or before D; with none, the light it left at its first
 * change after D; with no change at all, today's (it has not changed since the history started). Each question is
 * one set-based query: one ordered pass over the changes of the projects in question picks the one change per project
 * that tells its light, never a query or a subquery per project.
 */
@Component
public class LightHistory {

    private static final int SLICE = 1000;

    /**
     * The projects chosen by {@code %1$s} (a fixed scope text on alias p, never input) registered before {@code
     * :before} (any time when null), with their light, its reason and since when, as of {@code :day}.
     *
     * <p>Each project's changes in order (h): the one that tells its light is the latest on or before the day (its
     * next change, if any, comes after it) or, when all came later, the first (k = 1), whose previous light is the one
     * it had. A correlated "latest change" subquery per project, joined back to its row, was planned on PostgreSQL as
     * a subplan run per project and per use with a sort each, and a hash of the whole history (28,000 buffers, about
     * 190 ms for a province of 5,000 projects); this reads the changes once (under 300 buffers). The changes are
     * limited to the projects in scope, so a narrow scope or a list of ids reads only theirs (by the index on
     * project_id, once the history is large enough for PostgreSQL to prefer it).
     */
    private static final String AS_OF = """
            select p.id, p.name, coalesce(h.light, p.status_light) as light, h.cause, h.changed_at,
                   h.on_day, h.light as recorded, p.created_at, h.cause_code
            from project p
            left join (select l.project_id, l.on_day,
                              case when l.on_day <= :day then l.light else l.previous_light end as light,
                              case when l.on_day <= :day then l.cause end as cause,
                              case when l.on_day <= :day then l.cause_code end as cause_code,
                              case when l.on_day <= :day then l.changed_at end as changed_at,
                              lead(l.on_day) over (partition by l.project_id
                                                   order by l.on_day, l.changed_at, l.id) as next_day,
                              row_number() over (partition by l.project_id
                                                 order by l.on_day, l.changed_at, l.id) as k
                       from project_light_change l
                       where l.project_id in (select p.id from project p where (%1$s))) h
                on h.project_id = p.id
               and ((h.on_day <= :day and (h.next_day is null or h.next_day > :day))
                    or (h.on_day > :day and h.k = 1))
            where (%1$s) and (cast(:before as timestamp with time zone) is null or p.created_at < :before)""";

    private final JdbcClient jdbc;

    private final LightReasonText reasons;

    LightHistory(JdbcClient jdbc, LightReasonText reasons) {
        this.jdbc = jdbc;
        this.reasons = reasons;
    }

    /** The district day the history starts (the day it was introduced); before it, lights are not known. */
    public Optional<LocalDate> startedOn() {
        return jdbc.sql("select min(started_on) from project_light_history")
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional();
    }

    /** Counts by the light of {@code day} of the projects in scope registered before {@code before}. */
    public LightCounts counts(ScopeCondition scope, LocalDate day, Instant before) {
        Map<StatusLight, Long> counts = new EnumMap<>(StatusLight.class);
        jdbc.sql("select y.light, count(*) from (" + AS_OF.formatted(scope.sql()) + ") y group by y.light")
                .params(scope.params())
                .param("day", day)
                .param("before", Timestamp.from(before))
                .query((rs, n) -> counts.put(StatusLight.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return new LightCounts(
                counts.getOrDefault(StatusLight.GREEN, 0L),
                counts.getOrDefault(StatusLight.YELLOW, 0L),
                counts.getOrDefault(StatusLight.RED, 0L));
    }

    /**
     * The projects in scope registered before {@code before} that were red on {@code day}, longest red first, with the
     * reason given then in {@code locale}.
     */
    public List<RedProject> red(ScopeCondition scope, LocalDate day, Instant before, int limit, Locale locale) {
        return jdbc.sql("select y.id, y.name, y.cause, y.changed_at, y.cause_code from (" + AS_OF.formatted(scope.sql())
                        + ") y where y.light = 'RED' order by y.changed_at, y.id limit :limit")
                .params(scope.params())
                .param("day", day)
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> {
                    Timestamp since = rs.getTimestamp(4);
                    return new RedProject(
                            rs.getLong(1),
                            rs.getString(2),
                            reasons.of(rs.getString(3), rs.getString(5), locale),
                            since == null ? null : since.toInstant());
                })
                .list();
    }

    /**
     * The light of each of these projects on {@code day}, the time of the change that set it (null when the light is
     * that before the project's first recorded change) and whether it is known: one query per thousand projects.
     */
    public Map<Long, LightOnDay> lights(Collection<Long> ids, LocalDate day) {
        Map<Long, LightOnDay> lights = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SLICE) {
            jdbc.sql(AS_OF.formatted("p.id in (:ids)"))
                    .param("ids", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .param("day", day)
                    .param("before", null)
                    .query((rs, n) -> {
                        Timestamp since = rs.getTimestamp(5);
                        return lights.put(
                                rs.getLong(1),
                                new LightOnDay(
                                        StatusLight.valueOf(rs.getString(3)),
                                        since == null ? null : since.toInstant(),
                                        known(
                                                day,
                                                rs.getObject(6, LocalDate.class),
                                                rs.getString(7) != null,
                                                rs.getTimestamp(8).toInstant())));
                    })
                    .list();
        }
        return lights;
    }

    /**
     * Whether a project's light on {@code day} is recorded rather than today's carried back: a change on or before the
     * day tells it; else the project's history must reach back to the day. A project registered since the history
     * started was green from its registration (its first change, {@code recorded} on {@code firstOn}, says what it
     * left), so its lights are known from the day it was registered and not before, when it was not there (a demo
     * district or a generated province registered today keeps today's lights for its earlier story). A project
     * carried into the history (V171, no light before) is known from that first row only.
     */
    static boolean known(LocalDate day, LocalDate firstOn, boolean recorded, Instant registered) {
        if (firstOn != null && !firstOn.isAfter(day)) {
            return true;
        }
        if (firstOn != null && !recorded) {
            return false;
        }
        return !day.isBefore(LocalDate.ofInstant(registered, ClockConfiguration.DISTRICT_ZONE));
    }

    /** A page of one project's changes, latest first, their reasons in the reader's language. */
    public PageResult<LightChange> changes(long projectId, PageQuery page) {
        List<LightChange> rows = jdbc.sql("""
                        select light, previous_light, changed_at, on_day, cause, cause_code from project_light_change
                        where project_id = :id order by changed_at desc, id desc limit :limit offset :offset""")
                .param("id", projectId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new LightChange(
                        StatusLight.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : StatusLight.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, LocalDate.class),
                        reasons.of(rs.getString(5), rs.getString(6))))
                .list();
        long total = jdbc.sql("select count(*) from project_light_change where project_id = :id")
                .param("id", projectId)
                .query(Long.class)
                .single();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }
}

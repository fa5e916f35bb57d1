package cn.zhuanban.project.domain;

import cn.zhuanban.project.LightCounts;
import cn.zhuanban.project.ProjectCount;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The project register in SQL: filters, the user's data scope and paging all run in the database,
 * one query for the page and one for the total. Red projects come first, then yellow.
 */
@Component
public class ProjectQueries {

    /** Registered before {@code :before}, or any time when it is null (a briefing of a past month counts only those). */
    private static final String REGISTERED_BEFORE =
            " and (cast(:before as timestamp with time zone) is null or p.created_at < :before)";

    private static final String SELECT =
            "select p.*, tf.name as task_force_name, tf.chief_service_officer_id from project p "
                    + "left join task_force tf on tf.id = p.task_force_id ";

    private static final String FILTER = """
            where (cast(:q as varchar) is null or lower(p.name) like :like escape '!' or p.project_code like :like escape '!'
                   or p.enterprise_id in (:qEnterprises))
              and (cast(:stage as varchar) is null or p.stage = :stage)
              and (cast(:level as varchar) is null or p.level = :level)
              and (cast(:light as varchar) is null or p.status_light = :light)
              and (cast(:enterpriseId as bigint) is null or p.enterprise_id = :enterpriseId)
              and (cast(:leadOfficialId as bigint) is null or p.lead_official_id = :leadOfficialId)
              and (cast(:taskForceId as bigint) is null or p.task_force_id = :taskForceId)
            """;

    /** What a pick list needs of a project (see {@link #choices}). */
    private static final String CHOICE = "select p.id, p.name, p.enterprise_id from project p ";

    private static final String ORDER =
            " order by case p.status_light when 'RED' then 0 when 'YELLOW' then 1 else 2 end, p.id desc";

    private static final int SLICE = 1000;

    private final JdbcClient jdbc;

    private final LightReasonText reasons;

    ProjectQueries(JdbcClient jdbc, LightReasonText reasons) {
        this.jdbc = jdbc;
        this.reasons = reasons;
    }

    /** {@code qEnterprises}: ids of enterprises whose name matches {@code q}, found by the enterprise module. */
    public PageResult<ProjectRow> page(
            ProjectFilter filter, List<Long> qEnterprises, ScopeCondition scope, PageQuery page) {
        Map<String, Object> params = params(filter, qEnterprises, scope);
        String where = FILTER + " and (" + scope.sql() + ")";
        long total = jdbc.sql("select count(*) from project p " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ProjectRow> rows = jdbc.sql(SELECT + where + ORDER + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ProjectRow::map)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** When each of these projects' light last changed (projects whose light never changed are absent). */
    public Map<Long, Instant> lightChangedAt(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> changed = new HashMap<>();
        jdbc.sql("select id, light_changed_at from project where id in (:ids) and light_changed_at is not null")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    changed.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return changed;
    }

    /**
     * Id, name and enterprise of up to {@code limit} projects by name, for pick lists: the page's filter and scope
     * without its count, task force join or light order. The selected id, when given, must be in scope to come back.
     */
    public List<ChoiceRow> choices(ProjectFilter filter, List<Long> qEnterprises, ScopeCondition scope, int limit) {
        return jdbc.sql(CHOICE + FILTER + " and (" + scope.sql() + ") order by p.name, p.id limit :limit")
                .params(params(filter, qEnterprises, scope))
                .param("limit", limit)
                .query(ChoiceRow::map)
                .list();
    }

    /** One project as {@link #choices} reads it, if the scope sees it. */
    public Optional<ChoiceRow> choice(long id, ScopeCondition scope) {
        return jdbc.sql(CHOICE + "where p.id = :id and (" + scope.sql() + ")")
                .params(scope.params())
                .param("id", id)
                .query(ChoiceRow::map)
                .optional();
    }

    public record ChoiceRow(long id, String name, long enterpriseId) {

        static ChoiceRow map(ResultSet rs, int n) throws SQLException {
            return new ChoiceRow(rs.getLong(1), rs.getString(2), rs.getLong(3));
        }
    }

    public Optional<ProjectRow> find(long id, ScopeCondition scope) {
        return jdbc.sql(SELECT + "where p.id = :id and (" + scope.sql() + ")")
                .params(scope.params())
                .param("id", id)
                .query(ProjectRow::map)
                .optional();
    }

    public boolean visible(long id, ScopeCondition scope) {
        return jdbc.sql("select count(*) from project p where p.id = :id and (" + scope.sql() + ")")
                        .params(scope.params())
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Which of these projects the scope shows, in one query per thousand ids (databases limit a statement's parameters). */
    public Set<Long> visibleAmong(Collection<Long> ids, ScopeCondition scope) {
        Set<Long> visible = new HashSet<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SLICE) {
            visible.addAll(jdbc.sql("select p.id from project p where p.id in (:ids) and (" + scope.sql() + ")")
                    .params(scope.params())
                    .param("ids", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query(Long.class)
                    .list());
        }
        return visible;
    }

    /** Which of these project codes are registered already, in one query per thousand codes. */
    public Set<String> registeredCodes(Collection<String> codes) {
        Set<String> registered = new HashSet<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += SLICE) {
            registered.addAll(jdbc.sql("select project_code from project where project_code in (:codes)")
                    .param("codes", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query(String.class)
                    .list());
        }
        return registered;
    }

    /** The names of these projects by id, in one query per thousand ids; a deleted project is absent. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SLICE) {
            jdbc.sql("select id, name from project where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return names;
    }

    /** The names of these enterprises' projects, by enterprise, in one query per thousand enterprises. */
    public Map<Long, Set<String>> namesByEnterprise(Collection<Long> enterpriseIds) {
        Map<Long, Set<String>> names = new HashMap<>();
        List<Long> all = List.copyOf(enterpriseIds);
        for (int from = 0; from < all.size(); from += SLICE) {
            jdbc.sql("select enterprise_id, name from project where enterprise_id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query((rs, n) -> names.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
                            .add(rs.getString(2)))
                    .list();
        }
        return names;
    }

    public LightCounts countsByLight(ScopeCondition scope) {
        return countsByLight(scope, null);
    }

    /** Counts by today's light of the projects registered before {@code before} (all when null): one grouped query. */
    public LightCounts countsByLight(ScopeCondition scope, Instant before) {
        Map<StatusLight, Long> counts = new EnumMap<>(StatusLight.class);
        jdbc.sql("select p.status_light, count(*) from project p where (" + scope.sql() + ")" + REGISTERED_BEFORE
                        + " group by p.status_light")
                .params(scope.params())
                .param("before", before == null ? null : java.sql.Timestamp.from(before))
                .query((rs, n) -> counts.put(StatusLight.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return new LightCounts(
                counts.getOrDefault(StatusLight.GREEN, 0L),
                counts.getOrDefault(StatusLight.YELLOW, 0L),
                counts.getOrDefault(StatusLight.RED, 0L));
    }

    /** When the first project in scope was registered; none when the scope holds no project. */
    public java.util.Optional<Instant> firstRegistered(ScopeCondition scope) {
        return jdbc
                .sql("select min(p.created_at) from project p where (" + scope.sql() + ")")
                .params(scope.params())
                .query((rs, n) -> rs.getTimestamp(1))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull) // min() of no rows is one null
                .findFirst()
                .map(java.sql.Timestamp::toInstant);
    }

    public List<ProjectCount> countsByLevelStageLight(ScopeCondition scope) {
        return jdbc.sql("select p.level, p.stage, p.status_light, count(*) from project p where (" + scope.sql()
                        + ") group by p.level, p.stage, p.status_light")
                .params(scope.params())
                .query((rs, n) -> new ProjectCount(
                        ProjectLevel.valueOf(rs.getString(1)),
                        ProjectStage.valueOf(rs.getString(2)),
                        StatusLight.valueOf(rs.getString(3)),
                        rs.getLong(4)))
                .list();
    }

    /**
     * Red projects in scope registered before {@code before} (all when null) with their reason in {@code locale},
     * longest red first (one query, at most {@code limit}).
     */
    public List<cn.zhuanban.project.RedProject> red(ScopeCondition scope, int limit, Instant before, Locale locale) {
        return jdbc.sql("select p.id, p.name, p.light_reason, p.light_changed_at, p.light_reason_code"
                        + " from project p where p.status_light = 'RED' and ("
                        + scope.sql() + ")" + REGISTERED_BEFORE
                        + " order by p.light_changed_at, p.id limit :limit")
                .params(scope.params())
                .param("before", before == null ? null : java.sql.Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> {
                    java.sql.Timestamp since = rs.getTimestamp(4);
                    return new cn.zhuanban.project.RedProject(
                            rs.getLong(1),
                            rs.getString(2),
                            reasons.of(rs.getString(3), rs.getString(5), locale),
                            since == null ? null : since.toInstant());
                })
                .list();
    }

    private static Map<String, Object> params(ProjectFilter f, List<Long> qEnterprises, ScopeCondition scope) {
        String q = f.q() == null || f.q().isBlank() ? null : f.q().strip();
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("q", q);
        params.put("like", LikeText.containing(q));
        params.put("qEnterprises", qEnterprises.isEmpty() ? List.of(-1L) : qEnterprises);
        params.put("stage", f.stage() == null ? null : f.stage().name());
        params.put("level", f.level() == null ? null : f.level().name());
        params.put("light", f.light() == null ? null : f.light().name());
        params.put("enterpriseId", f.enterpriseId());
        params.put("leadOfficialId", f.leadOfficialId());
        params.put("taskForceId", f.taskForceId());
        return params;
    }
}

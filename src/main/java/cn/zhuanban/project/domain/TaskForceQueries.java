package cn.zhuanban.project.domain;

import cn.zhuanban.project.Named;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Task forces in SQL: the scoped, paged list with member and project counts in one query. */
@Component
public class TaskForceQueries {

    /** A list row; people are ids here, named by the caller with one lookup per page. */
    public record Row(
            long id,
            String name,
            Long leadUserId,
            Long chiefServiceOfficerId,
            int memberCount,
            int departmentCount,
            int projectCount) {}

    private static final String WHERE =
            " from task_force t where (cast(:q as varchar) is null or lower(t.name) like :like escape '!')";

    private static final String SELECT = """
            select t.id, t.name, t.lead_user_id, t.chief_service_officer_id,
                   (select count(*) from task_force_member m where m.task_force = t.id) as member_count,
                   (select count(*) from task_force_department d where d.task_force = t.id) as department_count,
                   (select count(*) from project p where p.task_force_id = t.id) as project_count""";

    private static final int SLICE = 1000;

    private final JdbcClient jdbc;

    TaskForceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Row> page(String q, ScopeCondition scope, PageQuery page) {
        String text = q == null || q.isBlank() ? null : q.strip();
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("q", text);
        params.put("like", LikeText.containing(text));
        String where = WHERE + " and (" + scope.sql() + ")";
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql(SELECT + where + " order by t.name, t.id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getObject("lead_user_id", Long.class),
                        rs.getObject("chief_service_officer_id", Long.class),
                        rs.getInt("member_count"),
                        rs.getInt("department_count"),
                        rs.getInt("project_count")))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public boolean visible(long id, ScopeCondition scope) {
        return jdbc.sql("select count(*) from task_force t where t.id = :id and (" + scope.sql() + ")")
                        .params(scope.params())
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A task force found by name for an import, and whether the importer's scope shows it. */
    public record ByName(long id, String name, boolean inScope) {}

    /**
     * The task forces with these names (compared in upper case, as given), each with whether {@code scope} shows it:
     * one query per thousand names, for a whole file.
     */
    public List<ByName> byNames(Collection<String> upperNames, ScopeCondition scope) {
        List<ByName> found = new ArrayList<>();
        List<String> all = List.copyOf(upperNames);
        for (int from = 0; from < all.size(); from += SLICE) {
            found.addAll(jdbc.sql("select t.id, t.name, case when (" + scope.sql() + ") then 1 else 0 end"
                            + " from task_force t where upper(t.name) in (:names)")
                    .params(scope.params())
                    .param("names", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query((rs, n) -> new ByName(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1))
                    .list());
        }
        return found;
    }

    /** The names of these task forces by id, in one query per thousand ids; a deleted one is absent. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SLICE) {
            jdbc.sql("select id, name from task_force where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return names;
    }

    /** Every task force within the scope by name, without counts: for pages that gather all of them. */
    public List<Named> visibleNames(ScopeCondition scope) {
        return jdbc.sql("select t.id, t.name from task_force t where (" + scope.sql() + ") order by t.name, t.id")
                .params(scope.params())
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /**
     * Up to {@code limit} task forces within the scope whose name contains {@code like} (a {@link
     * cn.zhuanban.shared.LikeText} pattern; null for any), by name: a pick list's page, cut in the database.
     */
    public List<Named> choices(String like, ScopeCondition scope, int limit) {
        return jdbc.sql("select t.id, t.name from task_force t"
                        + " where (cast(:like as varchar) is null or lower(t.name) like :like escape '!')"
                        + " and (" + scope.sql() + ") order by t.name, t.id limit :limit")
                .params(scope.params())
                .param("like", like)
                .param("limit", limit)
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** One task force as {@link #choices} reads it, if the scope sees it. */
    public Optional<Named> choice(long id, ScopeCondition scope) {
        return jdbc.sql("select t.id, t.name from task_force t where t.id = :id and (" + scope.sql() + ")")
                .params(scope.params())
                .param("id", id)
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2)))
                .optional();
    }
}

package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.enterpriseplan.LinkKind;
import cn.zhuanban.enterpriseplan.MeasureProgress;
import cn.zhuanban.enterpriseplan.PlanStatus;
import cn.zhuanban.enterpriseplan.domain.PlanRows.LinkRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.MeasureRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.PlanRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.VersionRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plans, versions, measures and links, written and read with plain SQL. */
@Repository
public class EnterprisePlanStore {

    /** The texts of a version. */
    public record Texts(String situation, String needs, String policies, String expectedResults, String changeNote) {}

    /** The content of a measure. */
    public record MeasureData(
            String title, String content, Long ownerDepartmentId, LocalDate deadline, List<LinkRow> links) {}

    private static final String PLAN = """
            select ep.id, ep.enterprise_id, ep.latest_number, ep.approved_number, ep.next_measure_key, ep.updated_at
            from enterprise_plan ep""";

    private static final String VERSION = """
            select id, plan_id, number, status, situation, needs, policies, expected_results, change_note,
                   created_by, created_at, approved_by, approved_at, version
            from enterprise_plan_version""";

    private final JdbcClient jdbc;

    EnterprisePlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertPlan(long enterpriseId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into enterprise_plan (enterprise_id, latest_number, next_measure_key, created_at, updated_at)
                        values (:enterprise, 1, 1, :now, :now)""")
                .param("enterprise", enterpriseId)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public boolean planExistsFor(long enterpriseId) {
        return jdbc.sql("select count(*) from enterprise_plan where enterprise_id = :e")
                        .param("e", enterpriseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<PlanRow> plan(long id, PlanScope scope) {
        return jdbc.sql(PLAN + " where ep.id = :id and (" + scope.sql() + ")")
                .param("id", id)
                .params(scope.params())
                .query(EnterprisePlanStore::planRow)
                .optional();
    }

    public Optional<PlanRow> planOf(long enterpriseId, PlanScope scope) {
        return jdbc.sql(PLAN + " where ep.enterprise_id = :e and (" + scope.sql() + ")")
                .param("e", enterpriseId)
                .params(scope.params())
                .query(EnterprisePlanStore::planRow)
                .optional();
    }

    public void updatePlan(long id, int latest, Integer approved, int nextKey, Instant now) {
        jdbc.sql("""
                        update enterprise_plan set latest_number = :latest, approved_number = :approved,
                               next_measure_key = :next, updated_at = :now where id = :id""")
                .param("latest", latest)
                .param("approved", approved)
                .param("next", nextKey)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    public long insertVersion(long planId, int number, Texts t, long createdBy, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into enterprise_plan_version (plan_id, number, status, situation, needs, policies,
                               expected_results, change_note, created_by, created_at)
                        values (:plan, :number, 'DRAFT', :situation, :needs, :policies, :results, :note, :by, :now)""")
                .param("plan", planId)
                .param("number", number)
                .param("situation", t.situation())
                .param("needs", t.needs())
                .param("policies", t.policies())
                .param("results", t.expectedResults())
                .param("note", t.changeNote())
                .param("by", createdBy)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<VersionRow> version(long planId, int number) {
        return jdbc.sql(VERSION + " where plan_id = :plan and number = :number")
                .param("plan", planId)
                .param("number", number)
                .query(EnterprisePlanStore::versionRow)
                .optional();
    }

    public List<VersionRow> versions(long planId) {
        return jdbc.sql(VERSION + " where plan_id = :plan order by number desc")
                .param("plan", planId)
                .query(EnterprisePlanStore::versionRow)
                .list();
    }

    /** Saves a draft's texts if nobody changed it since {@code expectedVersion}; false otherwise. */
    public boolean updateTexts(long versionId, Texts t, int expectedVersion) {
        return jdbc.sql("""
                                update enterprise_plan_version set situation = :situation, needs = :needs,
                                       policies = :policies, expected_results = :results, change_note = :note,
                                       version = version + 1
                                where id = :id and version = :expected and status = 'DRAFT'""")
                        .param("situation", t.situation())
                        .param("needs", t.needs())
                        .param("policies", t.policies())
                        .param("results", t.expectedResults())
                        .param("note", t.changeNote())
                        .param("id", versionId)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    public boolean approve(long versionId, long by, Instant at) {
        return jdbc.sql("""
                                update enterprise_plan_version set status = 'APPROVED', approved_by = :by,
                                       approved_at = :at, version = version + 1
                                where id = :id and status = 'DRAFT'""")
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("id", versionId)
                        .update()
                == 1;
    }

    public List<MeasureRow> measures(long versionId) {
        Map<Long, List<LinkRow>> links = jdbc
                .sql("""
                        select l.measure_id, l.kind, l.target_id from enterprise_plan_link l
                        join enterprise_plan_measure m on m.id = l.measure_id
                        where m.plan_version_id = :v order by l.id""")
                .param("v", versionId)
                .query((rs, n) ->
                        Map.entry(rs.getLong(1), new LinkRow(LinkKind.valueOf(rs.getString(2)), rs.getLong(3))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select id, measure_key, sort_order, title, content, owner_department_id, deadline, progress,
                               version
                        from enterprise_plan_measure where plan_version_id = :v order by sort_order, id""")
                .param("v", versionId)
                .query((rs, n) -> new MeasureRow(
                        rs.getLong("id"),
                        rs.getInt("measure_key"),
                        rs.getInt("sort_order"),
                        rs.getString("title"),
                        rs.getString("content"),
                        (Long) rs.getObject("owner_department_id", Long.class),
                        rs.getObject("deadline", LocalDate.class),
                        MeasureProgress.valueOf(rs.getString("progress")),
                        links.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getInt("version")))
                .list();
    }

    public Optional<Long> versionOfMeasure(long measureId) {
        return jdbc.sql("select plan_version_id from enterprise_plan_measure where id = :id")
                .param("id", measureId)
                .query(Long.class)
                .optional();
    }

    public void insertMeasure(long versionId, int key, int sortOrder, MeasureData d, MeasureProgress progress) {
        KeyHolder holder = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into enterprise_plan_measure (plan_version_id, measure_key, sort_order, title, content,
                               owner_department_id, deadline, progress)
                        values (:v, :key, :sort, :title, :content, :department, :deadline, :progress)""")
                .param("v", versionId)
                .param("key", key)
                .param("sort", sortOrder)
                .param("title", d.title())
                .param("content", d.content())
                .param("department", d.ownerDepartmentId())
                .param("deadline", d.deadline())
                .param("progress", progress.name())
                .update(holder, "id");
        insertLinks(holder.getKey().longValue(), d.links());
    }

    /** Changes the measure read at {@code version}; refused when someone else changed it meanwhile. */
    public void updateMeasure(long measureId, int version, MeasureData d) {
        int changed = jdbc.sql("""
                        update enterprise_plan_measure set title = :title, content = :content,
                               owner_department_id = :department, deadline = :deadline, version = version + 1
                        where id = :id and version = :version""")
                .param("title", d.title())
                .param("content", d.content())
                .param("department", d.ownerDepartmentId())
                .param("deadline", d.deadline())
                .param("id", measureId)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("measure changed by someone else");
        }
        jdbc.sql("delete from enterprise_plan_link where measure_id = :id")
                .param("id", measureId)
                .update();
        insertLinks(measureId, d.links());
    }

    public void deleteMeasure(long measureId) {
        jdbc.sql("delete from enterprise_plan_link where measure_id = :id")
                .param("id", measureId)
                .update();
        jdbc.sql("delete from enterprise_plan_measure where id = :id")
                .param("id", measureId)
                .update();
    }

    public void setProgress(long measureId, MeasureProgress progress) {
        jdbc.sql("update enterprise_plan_measure set progress = :p where id = :id")
                .param("p", progress.name())
                .param("id", measureId)
                .update();
    }

    public int maxSortOrder(long versionId) {
        return jdbc.sql("select coalesce(max(sort_order), 0) from enterprise_plan_measure where plan_version_id = :v")
                .param("v", versionId)
                .query(Integer.class)
                .single();
    }

    private void insertLinks(long measureId, List<LinkRow> links) {
        for (LinkRow l : links) {
            jdbc.sql("insert into enterprise_plan_link (measure_id, kind, target_id) values (:m, :kind, :target)")
                    .param("m", measureId)
                    .param("kind", l.kind().name())
                    .param("target", l.targetId())
                    .update();
        }
    }

    private static PlanRow planRow(ResultSet rs, int n) throws SQLException {
        return new PlanRow(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getInt("latest_number"),
                (Integer) rs.getObject("approved_number", Integer.class),
                rs.getInt("next_measure_key"),
                instant(rs.getTimestamp("updated_at")));
    }

    private static VersionRow versionRow(ResultSet rs, int n) throws SQLException {
        return new VersionRow(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getInt("number"),
                PlanStatus.valueOf(rs.getString("status")),
                rs.getString("situation"),
                rs.getString("needs"),
                rs.getString("policies"),
                rs.getString("expected_results"),
                rs.getString("change_note"),
                rs.getLong("created_by"),
                instant(rs.getTimestamp("created_at")),
                (Long) rs.getObject("approved_by", Long.class),
                instant(rs.getTimestamp("approved_at")),
                rs.getInt("version"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

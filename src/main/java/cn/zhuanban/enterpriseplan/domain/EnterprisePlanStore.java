package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.enterpriseplan.PlanStatus;
import cn.zhuanban.enterpriseplan.domain.PlanRows.PlanRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.VersionRow;
import cn.zhuanban.shared.NamesByIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plans and their versions, written and read with plain SQL; the measures are {@link MeasureStore}. */
@Repository
public class EnterprisePlanStore {

    /** The texts of a version. */
    public record Texts(String situation, String needs, String policies, String expectedResults, String changeNote) {}

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

    /** The enterprise of each plan, by the plan's id: its name is what the audit log calls the plan. */
    public Map<Long, Long> enterprisesOf(Collection<Long> planIds) {
        Map<Long, Long> enterprises = new HashMap<>();
        NamesByIds.of(
                        jdbc,
                        "select id, cast(enterprise_id as varchar(20)) from enterprise_plan where id in (:ids)",
                        planIds)
                .forEach((plan, enterprise) -> enterprises.put(plan, Long.valueOf(enterprise)));
        return enterprises;
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

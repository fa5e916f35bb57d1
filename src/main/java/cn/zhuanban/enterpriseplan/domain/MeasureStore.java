package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.enterpriseplan.LinkKind;
import cn.zhuanban.enterpriseplan.MeasureProgress;
import cn.zhuanban.enterpriseplan.domain.PlanRows.LinkRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.MeasureRow;
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

/** The measures of a plan version and the projects, tickets and other targets each links to, in plain SQL. */
@Repository
public class MeasureStore {

    /** The content of a measure. */
    public record MeasureData(
            String title, String content, Long ownerDepartmentId, LocalDate deadline, List<LinkRow> links) {}

    private final JdbcClient jdbc;

    MeasureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        // the progress is the measure's latest step, whichever version's page recorded it (ProgressStore)
        return jdbc.sql("""
                        select m.id, m.measure_key, m.sort_order, m.title, m.content, m.owner_department_id, m.deadline,
                               coalesce((select p.progress from enterprise_plan_progress p
                                         where p.plan_id = v.plan_id and p.measure_key = m.measure_key
                                         order by p.recorded_at desc, p.id desc fetch first 1 rows only),
                                        'NOT_STARTED') as progress,
                               m.version
                        from enterprise_plan_measure m join enterprise_plan_version v on v.id = m.plan_version_id
                        where m.plan_version_id = :v order by m.sort_order, m.id""")
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

    public void insertMeasure(long versionId, int key, int sortOrder, MeasureData d) {
        KeyHolder holder = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into enterprise_plan_measure (plan_version_id, measure_key, sort_order, title, content,
                               owner_department_id, deadline)
                        values (:v, :key, :sort, :title, :content, :department, :deadline)""")
                .param("v", versionId)
                .param("key", key)
                .param("sort", sortOrder)
                .param("title", d.title())
                .param("content", d.content())
                .param("department", d.ownerDepartmentId())
                .param("deadline", d.deadline())
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

    /** Whether any version of the plan still has the measure with this key. */
    public boolean keyInPlan(long planId, int key) {
        return jdbc.sql("""
                        select count(*) from enterprise_plan_measure m
                        join enterprise_plan_version v on v.id = m.plan_version_id
                        where v.plan_id = :plan and m.measure_key = :key""")
                        .param("plan", planId)
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
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
}

package cn.zhuanban.schedule.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For each plan, the first day on which its light can change without an edit. Kept beside the plan aggregate, not in
 * it, so that the daily job never bumps the plan's version under someone editing it.
 */
@Repository
public class LightReviews {

    private final JdbcClient jdbc;
    /** A savepoint for the first insert: a duplicate key then rolls back only the insert, not the caller's work. */
    private final TransactionTemplate savepoint;

    LightReviews(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Sets the plan's next review day. The first time for a plan, several refreshes may land at once (ticket steps of
     * one project together) and all find no row: one inserts it, the others then update it.
     */
    public void dueOn(long projectId, LocalDate day) {
        if (update(projectId, day) > 0) {
            return;
        }
        try {
            savepoint.executeWithoutResult(
                    status -> jdbc.sql("insert into plan_light_review (project_id, due_on) values (:project, :day)")
                            .param("project", projectId)
                            .param("day", day)
                            .update());
        } catch (DuplicateKeyException inserted) {
            update(projectId, day);
        }
    }

    private int update(long projectId, LocalDate day) {
        return jdbc.sql("update plan_light_review set due_on = :day where project_id = :project")
                .param("day", day)
                .param("project", projectId)
                .update();
    }

    /** Makes every plan due for a look on {@code today}: what they are scheduled on changed (the calendar). */
    public void allDueOn(LocalDate today) {
        jdbc.sql("update plan_light_review set due_on = :today where due_on > :today")
                .param("today", today)
                .update();
    }

    /** Plans due for a look on {@code today}, and plans never looked at (stored before the job existed). */
    public List<Long> due(LocalDate today, int limit) {
        return jdbc.sql("""
                        select p.project_id from project_plan p
                        left join plan_light_review r on r.project_id = p.project_id
                        where r.due_on is null or r.due_on <= :today
                        order by p.project_id
                        limit :limit""")
                .param("today", today)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}

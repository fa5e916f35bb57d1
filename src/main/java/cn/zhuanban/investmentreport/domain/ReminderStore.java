package cn.zhuanban.investmentreport.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projects owing a month's report that were not yet reminded (one query), the reminder rows, and
 * the people to remind: the contacts of the project's enterprise and its task force's chief service
 * officer and members (read from the project and identity tables, as the investment report queries do).
 */
@Component
public class ReminderStore {

    /** A project that owes the month's report. */
    public record Due(long projectId, String projectName) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ReminderStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public List<Due> dueWithoutReminder(YearMonth month, Long enterpriseId) {
        return jdbc.sql("select p.id, p.name from project p where " + ReportQueries.OWES
                        + " and not exists (select 1 from investment_report r where r.project_id = p.id"
                        + " and r.report_year = :y and r.report_month = :m)"
                        + " and not exists (select 1 from investment_reminder x where x.project_id = p.id"
                        + " and x.report_year = :y and x.report_month = :m)"
                        + " and (cast(:e as bigint) is null or p.enterprise_id = :e) order by p.id")
                .param("e", enterpriseId)
                .param("y", month.getYear())
                .param("m", month.getMonthValue())
                .params(ReportQueries.owedParams(month))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /**
     * Records the reminder; false when one exists already (another run or node was first). The insert
     * runs under a savepoint so that a duplicate key rolls back only the insert (PostgreSQL would
     * otherwise abort the whole transaction).
     */
    public boolean markReminded(long projectId, YearMonth month, Instant now) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "insert into investment_reminder (project_id, report_year, report_month, reminded_at)"
                                    + " values (:p, :y, :m, :now)")
                    .param("p", projectId)
                    .param("y", month.getYear())
                    .param("m", month.getMonthValue())
                    .param("now", Timestamp.from(now))
                    .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public List<Long> recipients(long projectId) {
        return jdbc.sql("""
                        select u.id from app_user u join project p on p.enterprise_id = u.enterprise_id
                         where p.id = :p and u.enabled = true
                        union
                        select t.chief_service_officer_id from task_force t join project p on p.task_force_id = t.id
                         where p.id = :p and t.chief_service_officer_id is not null
                        union
                        select m.user_id from task_force_member m join project p on p.task_force_id = m.task_force
                         where p.id = :p""").param("p", projectId).query(Long.class).list().stream()
                .sorted()
                .toList();
    }
}

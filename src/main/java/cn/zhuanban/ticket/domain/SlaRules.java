package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.ticket.SlaRule;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketSeverity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SLA rules table: a category's own rule wins over the default rule of the same severity. */
@Component
public class SlaRules {

    private final JdbcClient jdbc;

    SlaRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SlaTerms terms(TicketCategory category, TicketSeverity severity) {
        return jdbc.sql("""
                        select sign_days, feedback_days, resolve_days from ticket_sla_rule
                        where severity = :severity and (category = :category or category is null)
                        order by case when category is null then 1 else 0 end limit 1""")
                .param("severity", severity.name())
                .param("category", category.name())
                .query((rs, n) -> new SlaTerms(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .optional()
                .orElse(new SlaTerms(1, 3, severity == TicketSeverity.COMPLEX ? 22 : 7));
    }

    private static final String SELECT =
            "select id, category, severity, sign_days, feedback_days, resolve_days, version from ticket_sla_rule";

    public List<SlaRule> all() {
        return jdbc.sql(SELECT + " order by severity, category nulls first")
                .query(SlaRules::rule)
                .list();
    }

    public Optional<SlaRule> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(SlaRules::rule)
                .optional();
    }

    public long insert(SlaRule r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into ticket_sla_rule (category, severity, sign_days, feedback_days, resolve_days)
                        values (:category, :severity, :sign, :feedback, :resolve)""")
                .param("category", r.category() == null ? null : r.category().name())
                .param("severity", r.severity().name())
                .param("sign", r.signDays())
                .param("feedback", r.feedbackDays())
                .param("resolve", r.resolveDays())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes the limits of a rule; someone else's change in between is a conflict. */
    public long update(SlaRule r) {
        find(r.id()).orElseThrow(() -> new NotFoundException("sla-rule", r.id()));
        int rows = jdbc.sql("""
                        update ticket_sla_rule set sign_days = :sign, feedback_days = :feedback, resolve_days = :resolve,
                               version = version + 1
                        where id = :id and version = :version""")
                .param("sign", r.signDays())
                .param("feedback", r.feedbackDays())
                .param("resolve", r.resolveDays())
                .param("id", r.id())
                .param("version", r.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("sla rule " + r.id() + " changed");
        }
        return r.id();
    }

    private static SlaRule rule(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        return new SlaRule(
                rs.getLong("id"),
                category == null ? null : TicketCategory.valueOf(category),
                TicketSeverity.valueOf(rs.getString("severity")),
                rs.getInt("sign_days"),
                rs.getInt("feedback_days"),
                rs.getInt("resolve_days"),
                rs.getInt("version"));
    }
}

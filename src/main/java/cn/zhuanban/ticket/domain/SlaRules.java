package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketSeverity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
}

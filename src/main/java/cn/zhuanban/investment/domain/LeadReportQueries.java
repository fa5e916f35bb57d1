package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.InvestmentViews.LeadOrigin;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.LeadStage;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Funnel, channel conversion, cohort input and project lineage, data-scoped in SQL. */
@Component
public class LeadReportQueries {

    /** Leads of a channel, and how many of them were ever signed. */
    public record ChannelCount(LeadChannel channel, long leads, long signed) {}

    private final JdbcClient jdbc;

    LeadReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many leads (created in the period) ever reached each stage. */
    public Map<LeadStage, Long> reached(LeadScope scope, LocalDate from, LocalDate to) {
        Map<LeadStage, Long> reached = new EnumMap<>(LeadStage.class);
        jdbc.sql("select m.stage, count(*) from lead_stage_move m join investment_lead l on l.id = m.investment_lead"
                        + " where " + LeadScope.SQL + " and l.created_on between :from and :to group by m.stage")
                .params(scope.params())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> reached.put(LeadStage.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return reached;
    }

    public List<ChannelCount> byChannel(LeadScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select l.channel, count(*) as leads,
                               sum(case when exists (select 1 from lead_stage_move m where m.investment_lead = l.id
                                                     and m.stage = 'SIGNED') then 1 else 0 end) as signed
                        from investment_lead l where\s""" + LeadScope.SQL + """
                         and l.created_on between :from and :to group by l.channel order by l.channel""")
                .params(scope.params())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ChannelCount(
                        LeadChannel.valueOf(rs.getString("channel")), rs.getLong("leads"), rs.getLong("signed")))
                .list();
    }

    /** Leads signed, started or producing within the period, with all their move dates. */
    public List<CohortLead> cohortLeads(LeadScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select l.id, l.target_company, l.channel, l.agreed_start_on, l.agreed_investment, l.funds_in_place,
                          (select moved_on from lead_stage_move m where m.investment_lead = l.id and m.stage = 'SIGNED') s,
                          (select moved_on from lead_stage_move m where m.investment_lead = l.id and m.stage = 'STARTED') st,
                          (select moved_on from lead_stage_move m where m.investment_lead = l.id
                             and m.stage = 'IN_PRODUCTION') p,
                          (select moved_on from lead_stage_move m where m.investment_lead = l.id and m.stage = 'TERMINATED') t
                        from investment_lead l where\s""" + LeadScope.SQL + """
                         and exists (select 1 from lead_stage_move x where x.investment_lead = l.id
                                     and x.stage in ('SIGNED', 'STARTED', 'IN_PRODUCTION') and x.moved_on between :from and :to)
                        order by l.id""")
                .params(scope.params())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new CohortLead(
                        rs.getLong("id"),
                        rs.getString("target_company"),
                        LeadChannel.valueOf(rs.getString("channel")),
                        rs.getObject("s", LocalDate.class),
                        rs.getObject("st", LocalDate.class),
                        rs.getObject("p", LocalDate.class),
                        rs.getObject("t", LocalDate.class),
                        rs.getObject("agreed_start_on", LocalDate.class),
                        rs.getBigDecimal("agreed_investment"),
                        rs.getBigDecimal("funds_in_place")))
                .list();
    }

    /** The lead a project was created from; lineage is not data-scoped beyond the project's own visibility. */
    public Optional<LeadOrigin> originOf(long projectId) {
        return jdbc.sql("""
                        select l.id, l.target_company, l.channel, p.name as partner_name, r.name as referrer_name,
                               (select moved_on from lead_stage_move m where m.investment_lead = l.id and m.stage = 'SIGNED') s,
                               l.chain_node_id, l.agreed_investment
                        from investment_lead l left join investment_partner p on p.id = l.partner_id
                        left join investment_referrer r on r.id = l.referrer_id where l.project_id = :project""")
                .param("project", projectId)
                .query((rs, n) -> new LeadOrigin(
                        rs.getLong("id"),
                        rs.getString("target_company"),
                        LeadChannel.valueOf(rs.getString("channel")),
                        rs.getString("partner_name"),
                        rs.getString("referrer_name"),
                        rs.getObject("s", LocalDate.class),
                        rs.getObject("chain_node_id", Long.class),
                        rs.getBigDecimal("agreed_investment")))
                .optional();
    }
}

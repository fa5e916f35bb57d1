package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.FollowUpKind;
import cn.zhuanban.investment.InvestmentViews.FollowUpView;
import cn.zhuanban.investment.InvestmentViews.PartnerView;
import cn.zhuanban.investment.InvestmentViews.ReferrerView;
import cn.zhuanban.investment.PartnerKind;
import cn.zhuanban.investment.RewardRule;
import cn.zhuanban.investment.RewardRule.Tier;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NamesByIds;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Partners, referrers, follow-ups and the rules (reward tiers, cap, stale threshold). */
@Component
public class RegistryQueries {

    private static final String PARTNER_WHERE = " where (cast(:like as varchar) is null"
            + " or lower(p.name) like :like escape '!' or lower(coalesce(p.contact_name, '')) like :like escape '!')";

    private static final String REFERRER_WHERE = " where (cast(:like as varchar) is null"
            + " or lower(r.name) like :like escape '!' or lower(coalesce(r.organisation, '')) like :like escape '!')";

    private final JdbcClient jdbc;

    RegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String PARTNER = """
            select p.*, (select count(*) from investment_lead l where l.partner_id = p.id) as leads,
                   (select count(*) from investment_lead l where l.partner_id = p.id and exists (
                      select 1 from lead_stage_move m where m.investment_lead = l.id and m.stage = 'SIGNED')) as signed
            from investment_partner p""";

    private static final String REFERRER = """
            select r.*, (select count(*) from investment_lead l where l.referrer_id = r.id) as leads
            from investment_referrer r""";

    /** The names of these partners by id, for the audit log. */
    public Map<Long, String> partnerNamesOf(Collection<Long> ids) {
        return NamesByIds.of(jdbc, "select id, name from investment_partner where id in (:ids)", ids);
    }

    /** The names of these referrers by id, for the audit log. */
    public Map<Long, String> referrerNamesOf(Collection<Long> ids) {
        return NamesByIds.of(jdbc, "select id, name from investment_referrer where id in (:ids)", ids);
    }

    /** The partners whose name or contact contains the words (a typed {@code %} or {@code _} as itself). */
    public PageResult<PartnerView> partners(String q, PageQuery page) {
        String like = LikeText.containing(q);
        long total = jdbc.sql("select count(*) from investment_partner p" + PARTNER_WHERE)
                .param("like", like)
                .query(Long.class)
                .single();
        List<PartnerView> rows = jdbc.sql(PARTNER + PARTNER_WHERE + " order by p.name limit :limit offset :offset")
                .param("like", like)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(RegistryQueries::partner)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public Optional<PartnerView> partner(long id) {
        return jdbc.sql(PARTNER + " where p.id = :id")
                .param("id", id)
                .query(RegistryQueries::partner)
                .optional();
    }

    /**
     * The referrers whose name or organisation contains the words. Not the phone: neither the list nor its file shows
     * it, and digits typed into the box would tell whose number holds them.
     */
    public PageResult<ReferrerView> referrers(String q, PageQuery page) {
        String like = LikeText.containing(q);
        long total = jdbc.sql("select count(*) from investment_referrer r" + REFERRER_WHERE)
                .param("like", like)
                .query(Long.class)
                .single();
        List<ReferrerView> rows = jdbc.sql(REFERRER + REFERRER_WHERE
                        + " order by r.registered_on desc, r.id desc limit :limit offset :offset")
                .param("like", like)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(RegistryQueries::referrer)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public Optional<ReferrerView> referrer(long id) {
        return jdbc.sql(REFERRER + " where r.id = :id")
                .param("id", id)
                .query(RegistryQueries::referrer)
                .optional();
    }

    private static PartnerView partner(ResultSet rs, int n) throws SQLException {
        return new PartnerView(
                rs.getLong("id"),
                rs.getString("name"),
                PartnerKind.valueOf(rs.getString("kind")),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("note"),
                rs.getLong("leads"),
                rs.getLong("signed"),
                rs.getInt("version"));
    }

    private static ReferrerView referrer(ResultSet rs, int n) throws SQLException {
        return new ReferrerView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("organisation"),
                rs.getString("phone"),
                rs.getObject("registered_on", LocalDate.class),
                rs.getString("note"),
                rs.getLong("leads"),
                rs.getInt("version"));
    }

    /** A lead's follow-ups, newest first, a page at a time (a lead followed for years gathers hundreds). */
    public PageResult<FollowUpView> followUps(long leadId, PageQuery page) {
        long total = jdbc.sql("select count(*) from lead_follow_up where lead_id = :lead")
                .param("lead", leadId)
                .query(Long.class)
                .single();
        List<FollowUpView> rows = jdbc.sql("""
                        select * from lead_follow_up where lead_id = :lead
                        order by happened_on desc, id desc limit :limit offset :offset""")
                .param("lead", leadId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new FollowUpView(
                        rs.getLong("id"),
                        FollowUpKind.valueOf(rs.getString("kind")),
                        rs.getObject("happened_on", LocalDate.class),
                        rs.getString("summary"),
                        rs.getLong("recorded_by")))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public RewardRule rewardRule() {
        List<Tier> tiers = jdbc.sql("select from_amount, rate_per_mille from reward_tier order by from_amount")
                .query((rs, n) -> new Tier(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .list();
        return new RewardRule(
                tiers,
                jdbc.sql("select reward_cap from investment_setting where id = 1")
                        .query(java.math.BigDecimal.class)
                        .single());
    }

    public int staleWorkingDays() {
        return jdbc.sql("select stale_working_days from investment_setting where id = 1")
                .query(Integer.class)
                .single();
    }

    /** The version of the rules, which a save names so that an older form cannot overwrite a newer save. */
    public int rulesVersion() {
        return jdbc.sql("select version from investment_setting where id = 1")
                .query(Integer.class)
                .single();
    }

    /** Saves the rules if they are still at the version the user saw; false if someone saved them meanwhile. */
    public boolean saveRules(RewardRule rule, int staleWorkingDays, int version) {
        int saved = jdbc.sql("update investment_setting set reward_cap = :cap, stale_working_days = :days,"
                        + " version = version + 1 where id = 1 and version = :version")
                .param("cap", rule.cap())
                .param("days", staleWorkingDays)
                .param("version", version)
                .update();
        if (saved == 0) {
            return false;
        }
        jdbc.sql("delete from reward_tier").update();
        for (Tier tier : rule.tiers()) {
            jdbc.sql("insert into reward_tier (from_amount, rate_per_mille) values (:from, :rate)")
                    .param("from", tier.fromAmount())
                    .param("rate", tier.ratePerMille())
                    .update();
        }
        return true;
    }

    public void addFollowUp(long leadId, FollowUpView f, java.sql.Timestamp now) {
        jdbc.sql("""
                        insert into lead_follow_up (lead_id, kind, happened_on, summary, recorded_by, created_at)
                        values (:lead, :kind, :on, :summary, :by, :now)""")
                .param("lead", leadId)
                .param("kind", f.kind().name())
                .param("on", f.happenedOn())
                .param("summary", f.summary())
                .param("by", f.recordedBy())
                .param("now", now)
                .update();
    }
}

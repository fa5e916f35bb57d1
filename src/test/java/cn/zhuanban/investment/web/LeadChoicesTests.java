package cn.zhuanban.investment.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.investment.InvestmentViews.PartnerView;
import cn.zhuanban.investment.InvestmentViews.ReferrerView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lead form offers a first page (200) of partners and referrers; the lead's own stay offered even when past it,
 * so that saving the form does not drop them (the page stands in for a province's longer lists here).
 */
@IntegrationTest
class LeadChoicesTests {

    @Autowired
    LeadChoices choices;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLeadsOwnPartnerAndReferrerStayOfferedPastTheFirstPage() {
        long partner = jdbc.queryForObject("select min(id) from investment_partner", Long.class);
        long referrer = jdbc.queryForObject("select min(id) from investment_referrer", Long.class);
        LeadChoices.Offered offered = new LeadChoices.Offered(List.of(), List.of());

        LeadChoices.Offered kept = choices.keepChosen(offered, partner, referrer);

        assertThat(kept.partners()).extracting(PartnerView::id).containsExactly(partner);
        assertThat(kept.referrers()).extracting(ReferrerView::id).containsExactly(referrer);
    }
}

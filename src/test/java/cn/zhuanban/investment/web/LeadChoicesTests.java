package cn.zhuanban.investment.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.investment.InvestmentViews.PartnerView;
import cn.zhuanban.investment.InvestmentViews.ReferrerView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.ExtendedModelMap;

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
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("partners", List.of());
        model.addAttribute("referrers", List.of());

        choices.keepChosen(model, partner, referrer);

        assertThat((List<?>) model.getAttribute("partners"))
                .extracting(p -> ((PartnerView) p).id())
                .containsExactly(partner);
        assertThat((List<?>) model.getAttribute("referrers"))
                .extracting(r -> ((ReferrerView) r).id())
                .containsExactly(referrer);
    }
}

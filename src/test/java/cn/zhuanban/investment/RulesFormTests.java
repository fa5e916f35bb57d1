package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.investment.RewardRule.Tier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The rules form names the version it was opened at, and the audit log says in words what a save changed. */
@IntegrationTest
class RulesFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentRegistry registry;

    @Autowired
    JdbcClient jdbc;

    RewardRule original;
    int originalStale;

    @BeforeEach
    void remember() {
        original = registry.rewardRule();
        originalStale = registry.staleWorkingDays();
    }

    @AfterEach
    void restore() {
        registry.saveRules(original, originalStale, registry.rulesVersion());
    }

    @Test
    void aFormOpenedBeforeSomeoneElseSavedIsRefusedAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        int opened = registry.rulesVersion();
        mvc.perform(save("321", opened).session(dispatch).with(csrf())).andExpect(redirectedUrl("/investment/rules"));

        String page = mvc.perform(save("654", opened).session(dispatch).with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("这条记录已被修改（可能是在其他窗口）");
        assertThat(HtmlParts.input(page, "rules-form", "cap")).contains("value=\"654\"");
        assertThat(HtmlParts.input(page, "rules-form", "version"))
                .contains("value=\"" + registry.rulesVersion() + "\"");
        assertThat(registry.rewardRule().cap()).isEqualByComparingTo("321");
    }

    @Test
    void aSaveIsAuditedAsTheFieldsItChangedWithTiersAsRanges() {
        RewardRule rule = new RewardRule(
                List.of(
                        new Tier(BigDecimal.ZERO, new BigDecimal("3")),
                        new Tier(new BigDecimal("1000.00"), new BigDecimal("1.500"))),
                original.cap());
        registry.saveRules(rule, originalStale, registry.rulesVersion());
        registry.saveRules(rule, originalStale == 250 ? 249 : originalStale + 1, registry.rulesVersion());

        AuditTrail.awaitRecord(
                jdbc,
                "investment.rules.updated",
                "1",
                "staleWorkingDays: " + originalStale + " → " + (originalStale == 250 ? 249 : originalStale + 1));
        assertThat(RulesSnapshot.tiers(rule.tiers())).isEqualTo("0–1000万元: 3‰, ≥1000万元: 1.5‰");
        assertThat(jdbc.sql("select summary from audit_record where action = 'investment.rules.updated'")
                        .query(String.class)
                        .list())
                .noneMatch(s -> s.contains("RewardRule["));
    }

    private static MockHttpServletRequestBuilder save(String cap, int version) {
        return post("/investment/rules")
                .param("fromAmount", "0", "")
                .param("ratePerMille", "2", "")
                .param("cap", cap)
                .param("staleWorkingDays", "15")
                .param("version", Integer.toString(version));
    }
}

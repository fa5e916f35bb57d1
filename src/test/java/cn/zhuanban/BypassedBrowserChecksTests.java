package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.RewardRule;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Values a browser's own checks stop (required, min, max on a number field) still reach the server from scripts,
 * older browsers and hand-made requests. They come back to the form with a message at the field, as any other
 * refusal, and not as the error page (found by posting blank and oversize values past the browser into every form).
 */
@IntegrationTest
class BypassedBrowserChecksTests {

    private static final String RULE_CHANGES =
            "select count(*) from audit_record where action = 'investment.rules.updated'";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InvestmentRegistry registry;

    @Test
    void investmentRulesWithABlankCapOrAHugeStaleDaysComeBackAtTheirFields() throws Exception {
        String before = jdbc.queryForObject(RULE_CHANGES, String.class);
        String page = formAgain(rules().param("cap", "").param("staleWorkingDays", "20"));
        assertThat(HtmlParts.input(page, "rules-form", "cap")).contains("is-invalid");
        assertThat(page).contains("必填项");

        page = formAgain(rules().param("cap", "500").param("staleWorkingDays", "999999999999"));
        assertThat(HtmlParts.input(page, "rules-form", "staleWorkingDays")).contains("is-invalid");
        assertThat(HtmlParts.input(page, "rules-form", "cap")).contains("value=\"500\"");

        page = formAgain(rules().param("cap", "500").param("staleWorkingDays", "251"));
        assertThat(page).contains("不能大于250");
        page = formAgain(rules().param("cap", "abc").param("staleWorkingDays", "20"));
        assertThat(page).contains("请输入有效的数字：abc");
        assertThat(jdbc.queryForObject(RULE_CHANGES, String.class)).isEqualTo(before);
    }

    @Test
    void theRulesAsTheyAreSaveAgainWithoutComplaint() throws Exception {
        RewardRule rule = registry.rewardRule();
        long changes = jdbc.queryForObject(RULE_CHANGES, Long.class);
        MockHttpServletRequestBuilder save = post("/investment/rules")
                .param("cap", rule.cap().toPlainString())
                .param("staleWorkingDays", Integer.toString(registry.staleWorkingDays()))
                .param("version", Integer.toString(registry.rulesVersion()));
        for (RewardRule.Tier tier : rule.tiers()) {
            save.param("fromAmount", tier.fromAmount().toPlainString())
                    .param("ratePerMille", tier.ratePerMille().toPlainString());
        }
        save.param("fromAmount", "").param("ratePerMille", "");
        mvc.perform(save.session(WebTestSupport.login(mvc, "dispatch")).with(csrf()))
                .andExpect(redirectedUrl("/investment/rules"));
        assertThat(registry.rewardRule()).isEqualTo(rule);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(RULE_CHANGES, Long.class) > changes);
    }

    @Test
    void anUnreadableTierAmountIsToldAboveTheTiers() throws Exception {
        String page = formAgain(post("/investment/rules")
                .param("fromAmount", "0", "x")
                .param("ratePerMille", "5", "3")
                .param("cap", "500")
                .param("staleWorkingDays", "20"));
        assertThat(HtmlParts.form(page, "rules-form")).contains("格式不正确");
    }

    @Test
    void aTokenLifetimeTooLargeForANumberComesBackWithTheTypedName() throws Exception {
        String page = formAgain(post("/account/tokens").param("name", "对接平台").param("expiresInDays", "99999999999"));
        assertThat(page).contains("请输入有效的整数：99999999999").contains("value=\"对接平台\"");
        assertThat(page).doesNotContain("issued-token");

        page = formAgain(post("/account/tokens").param("name", "对接平台").param("expiresInDays", "400"));
        assertThat(page).contains("value=\"对接平台\"").contains("value=\"400\"").doesNotContain("issued-token");
    }

    @Test
    void aTemplateRowDurationPastAnyNumberIsRefusedWithTheDurationsMessage() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/plan-templates/industrial/rows")
                        .param("originalKey", "A01")
                        .param("key", "A01")
                        .param("rowName", "项目备案")
                        .param("kind", "TASK")
                        .param("parentKey", "S1")
                        .param("duration", "99999999999")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("工期")));
    }

    private static MockHttpServletRequestBuilder rules() {
        return post("/investment/rules").param("fromAmount", "0").param("ratePerMille", "5");
    }

    private String formAgain(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        return mvc.perform(request.session(session).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.BearerTokens;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Amounts larger than the columns hold (numeric(14, 2): 12 digits, 2 decimals) or negative ones are refused at their
 * field with the form kept as typed, instead of the 500 page that lost the input; the largest amount that fits is
 * stored.
 */
@IntegrationTest
class InvestmentAmountLimitsTests {

    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    static final String TOO_LARGE = "金额最多 12 位整数、2 位小数";
    static final String LARGEST = "999999999999.99";
    static final String HUGE = "99999999999999999999";

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    InvestmentRegistry registry;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLeadsExpectedInvestmentBeyondTheColumnOrBelowZeroIsRefusedAtTheFieldAndTheFormKept() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        // What was typed comes back as the number it is, in digits: 1e20 as 100000000000000000000, not 1E+20.
        for (String[] wrong : new String[][] {
            {"1e20", TOO_LARGE, "100000000000000000000"},
            {"99999999999999999999", TOO_LARGE, "99999999999999999999"},
            {"1.005", TOO_LARGE, "1.005"},
            {"-5", "不能为负数", "-5"}
        }) {
            String company = TestCodes.unique("金额过大企业");
            String page = mvc.perform(
                            newLead(company, wrong[0]).session(dispatch).with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(HtmlParts.input(page, "lead-form", "expectedInvestment"))
                    .as(wrong[0])
                    .contains("value=\"" + wrong[2] + "\"")
                    .contains("is-invalid");
            assertThat(HtmlParts.input(page, "lead-form", "targetCompany")).contains("value=\"" + company + "\"");
            assertThat(HtmlParts.form(page, "lead-form")).contains(wrong[1]);
            assertThat(leadsOf(company)).as(wrong[0]).isZero();
        }

        String company = TestCodes.unique("金额最大企业");
        mvc.perform(newLead(company, LARGEST).session(dispatch).with(csrf()))
                .andExpect(redirectedUrlPattern("/investment/leads/*"));
        assertThat(jdbc.sql("select expected_investment from investment_lead where target_company = :c")
                        .param("c", company)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo(LARGEST);
    }

    @Test
    void theApiRefusesAnExpectedInvestmentBeyondTheColumnNamingTheField() throws Exception {
        String company = TestCodes.unique("接口金额企业");
        long owner = directory.findByUsername("lead").orElseThrow().id();
        mvc.perform(post("/api/v1/investment/leads")
                        .header("Authorization", BearerTokens.of(mvc, "lead"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"targetCompany": "%s", "channel": "CHAIN", "expectedInvestment": 1e20,
                                 "ownerId": %d}""".formatted(company, owner)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields", Matchers.contains("expectedInvestment")))
                .andExpect(jsonPath("$.detail", Matchers.containsString(TOO_LARGE)));
        assertThat(leadsOf(company)).isZero();
    }

    @Test
    void eachContractFigureBeyondTheColumnIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        long lead = SignedLeads.signedOn(investment, dispatch, TestCodes.unique("合同金额企业"), LocalDate.now(DISTRICT));
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        for (String field : List.of("agreedInvestment", "fundsInPlace", "fixedAssetInvestment")) {
            int version = investment.lead(dispatch, lead).version();
            String page = mvc.perform(contract(lead, version, "100", field, HUGE)
                            .session(session)
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(HtmlParts.input(page, "contract-form", field))
                    .contains("value=\"" + HUGE + "\"")
                    .contains("is-invalid");
            assertThat(HtmlParts.form(page, "contract-form")).contains(TOO_LARGE);
            assertThat(investment.lead(dispatch, lead).agreedInvestment())
                    .as(field)
                    .isNull();
            assertThat(investment.lead(dispatch, lead).version()).isEqualTo(version);
        }

        mvc.perform(contract(lead, investment.lead(dispatch, lead).version(), LARGEST, "fundsInPlace", LARGEST)
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/investment/leads/" + lead));
        assertThat(investment.lead(dispatch, lead).agreedInvestment()).isEqualByComparingTo(LARGEST);
        assertThat(investment.lead(dispatch, lead).fundsInPlace()).isEqualByComparingTo(LARGEST);
    }

    @Test
    void aKeyProjectsTotalInvestmentBeyondTheColumnIsRefusedAtTheField() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        long lead = SignedLeads.signedOn(investment, dispatch, TestCodes.unique("转项目金额企业"), LocalDate.now(DISTRICT));

        String page = mvc.perform(post("/investment/leads/" + lead + "/project")
                        .param("name", TestCodes.unique("金额过大项目"))
                        .param("newEnterpriseCreditCode", TestCodes.creditCode())
                        .param("level", "DISTRICT")
                        .param("stage", "PLANNED")
                        .param("totalInvestment", HUGE)
                        .param("start", "2026-01-01")
                        .param("targetFinish", "2027-01-01")
                        .param(
                                "leadVersion",
                                Integer.toString(investment.lead(dispatch, lead).version()))
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(HtmlParts.input(page, "key-project-form", "totalInvestment"))
                .contains("value=\"" + HUGE + "\"")
                .contains("is-invalid");
        assertThat(HtmlParts.form(page, "key-project-form")).contains(TOO_LARGE);
        assertThat(investment.lead(dispatch, lead).row().projectId()).isNull();
    }

    @Test
    void aRewardCapOrTierBeyondTheColumnsIsRefusedWithTheFormKeptAndTheLargestCapIsStored() throws Exception {
        RewardRule original = registry.rewardRule();
        int stale = registry.staleWorkingDays();
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        try {
            for (String[] wrong : new String[][] {
                {HUGE, "100", "2", "cap", TOO_LARGE},
                {"-1", "100", "2", "cap", "不能为负数"},
                {"100", "1e20", "2", "tiers", TOO_LARGE},
                {"100", "100", "1000", "tiers", "费率不低于0‰且低于1000‰"}
            }) {
                String page = mvc.perform(rules(wrong[0], wrong[1], wrong[2], registry.rulesVersion())
                                .session(dispatch)
                                .with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();

                String form = HtmlParts.form(page, "rules-form");
                assertThat(HtmlParts.input(page, "rules-form", "cap")).contains("value=\"" + wrong[0] + "\"");
                assertThat(form)
                        .as(wrong[3])
                        .contains("value=\"" + wrong[1] + "\"")
                        .contains("value=\"" + wrong[2] + "\"")
                        .contains(wrong[4]);
                assertThat(registry.rewardRule()).as(String.join(" ", wrong)).isEqualTo(original);
            }

            mvc.perform(rules(LARGEST, "100", "999.999", registry.rulesVersion())
                            .session(dispatch)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/investment/rules"));
            assertThat(registry.rewardRule().cap()).isEqualByComparingTo(LARGEST);
            assertThat(registry.rewardRule().tiers().get(1).ratePerMille()).isEqualByComparingTo("999.999");
        } finally {
            registry.saveRules(original, stale, registry.rulesVersion());
        }
    }

    private MockHttpServletRequestBuilder newLead(String company, String expectedInvestment) {
        return post("/investment/leads")
                .param("targetCompany", company)
                .param("channel", "CHAIN")
                .param("expectedInvestment", expectedInvestment)
                .param("ownerId", Long.toString(staff("dispatch").id()));
    }

    private static MockHttpServletRequestBuilder contract(
            long lead, int version, String agreed, String field, String value) {
        MockHttpServletRequestBuilder request =
                post("/investment/leads/" + lead + "/contract").param("version", Integer.toString(version));
        if (!field.equals("agreedInvestment")) {
            request.param("agreedInvestment", agreed);
        }
        return request.param(field, value);
    }

    /** Two tiers: 0 at 3‰ and {@code from} at {@code rate}. */
    private static MockHttpServletRequestBuilder rules(String cap, String from, String rate, int version) {
        return post("/investment/rules")
                .param("fromAmount", "0", from)
                .param("ratePerMille", "3", rate)
                .param("cap", cap)
                .param("staleWorkingDays", "10")
                .param("version", Integer.toString(version));
    }

    private int leadsOf(String company) {
        return jdbc.sql("select count(*) from investment_lead where target_company = :c")
                .param("c", company)
                .query(Integer.class)
                .single();
    }

    private CurrentUser staff(String username) {
        UserView u = directory.findByUsername(username).orElseThrow();
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                u.dataScope(),
                Set.copyOf(u.roles()),
                Set.copyOf(Permissions.ALL));
    }
}

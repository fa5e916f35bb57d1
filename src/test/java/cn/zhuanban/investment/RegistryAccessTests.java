package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.investment.InvestmentCommands.PartnerForm;
import cn.zhuanban.shared.PageQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner and referrer registries are district-wide directories with the partners' phone numbers: the investment
 * staff and those who oversee them open them, a department handler (who reads only his department's leads) does not,
 * neither the lists nor a partner's page, the files or the forms.
 */
@IntegrationTest
class RegistryAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentRegistry registry;

    @ParameterizedTest
    @ValueSource(strings = {"handler", "handler-power"})
    void aDepartmentHandlerOpensNeitherRegistry(String handler) throws Exception {
        long partner = registry.createPartner(
                new PartnerForm(TestCodes.unique("名录基金"), PartnerKind.FUND, "王经理", "13700002222", null, 0));
        long partners = registry.partners(new PageQuery(0, 1)).totalElements();
        MockHttpSession session = WebTestSupport.login(mvc, handler);

        for (String path : new String[] {
            "/investment/partners",
            "/investment/referrers",
            "/investment/partners/export",
            "/investment/referrers/export",
            "/investment/partners/" + partner + "/edit",
            "/investment/partners/new",
            "/investment/referrers/new"
        }) {
            mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/investment/partners")
                        .session(session)
                        .with(csrf())
                        .param("name", "不该有的机构")
                        .param("kind", "FUND")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/investment/partners/" + partner)
                        .session(session)
                        .with(csrf())
                        .param("name", "改名")
                        .param("kind", "FUND")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(registry.partners(new PageQuery(0, 1)).totalElements()).isEqualTo(partners);
        // his department's leads stay open to him, without the tabs to the registries
        assertThat(WebTestSupport.page(mvc, handler, "/investment/leads"))
                .doesNotContain("/investment/partners")
                .doesNotContain("/investment/referrers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"taskforce", "lead", "dispatch", "leader", "supervisor", "audit-office"})
    void theInvestmentStaffAndTheOverseersOpenBoth(String user) throws Exception {
        assertThat(WebTestSupport.page(mvc, user, "/investment/leads")).contains("/investment/partners");
        WebTestSupport.page(mvc, user, "/investment/partners");
        WebTestSupport.page(mvc, user, "/investment/referrers");
    }
}

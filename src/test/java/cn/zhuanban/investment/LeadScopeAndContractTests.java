package cn.zhuanban.investment;

import static cn.zhuanban.investment.LeadConversionFixtures.DISTRICT;
import static cn.zhuanban.investment.LeadConversionFixtures.leadForm;
import static cn.zhuanban.investment.LeadConversionFixtures.missingNode;
import static cn.zhuanban.investment.LeadConversionFixtures.signedLead;
import static cn.zhuanban.investment.LeadConversionFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.IndustryManagement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Leads are the staff's work within their data scope; a signed lead's contract figures are kept on its page. */
@IntegrationTest
class LeadScopeAndContractTests {

    @Autowired
    InvestmentManagement investment;

    @Autowired
    IndustryManagement industry;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void leadsAreStaffWorkWithinTheDataScope() throws Exception {
        CurrentUser dispatch = staff(directory, "dispatch");
        long lead = investment.createLead(dispatch, leadForm(TestCodes.unique("范围企业"), null, dispatch.id()));

        mvc.perform(get("/investment/leads/" + lead).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk());
        mvc.perform(get("/investment/leads/" + lead).session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/investment/leads").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
        // A department handler reads his department's leads but enters none (audit D1: his lead went out of scope).
        mvc.perform(get("/investment/leads/new").session(WebTestSupport.login(mvc, "handler-power")))
                .andExpect(status().isForbidden());
        assertThat(WebTestSupport.page(mvc, "handler-power", "/investment/leads"))
                .doesNotContain("/investment/leads/new")
                // on a phone the ledger keeps company, stage and next action; the rest shows from md up (audit D16)
                .contains("<th class=\"d-none d-md-table-cell\">");
        assertThat(WebTestSupport.page(mvc, "handler-power", "/"))
                .doesNotContain("/investment/leads/new", "/investment/leads?stale=true");
    }

    @Test
    void aMoveOrFollowUpOfALeadThatIsNotThereIsNotFoundBeforeItsBodyIsRead() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        for (String action : List.of("moves", "follow-ups")) {
            mvc.perform(post("/api/v1/investment/leads/999999999/" + action)
                            .contentType("application/json")
                            .content("{}")
                            .session(dispatch)
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theContractFiguresAreSavedFromTheLeadPageAndOnlyReadByTheSupervisionOffice() throws Exception {
        CurrentUser dispatch = staff(directory, "dispatch");
        long lead = signedLead(investment, dispatch, TestCodes.unique("签约企业"), missingNode(industry));
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        mvc.perform(post("/investment/leads/" + lead + "/contract")
                        .param("agreedInvestment", "28000")
                        .param(
                                "agreedStartOn",
                                LocalDate.now(DISTRICT).plusDays(30).toString())
                        .param("fundsInPlace", "5000")
                        .param(
                                "version",
                                Long.toString(investment.lead(dispatch, lead).version()))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(investment.lead(dispatch, lead).agreedInvestment()).isEqualByComparingTo("28000");
        // The audit log names the figures that changed, not the record as Java prints it.
        AuditTrail.awaitRecord(
                jdbc,
                "investment.lead.contract",
                Long.toString(lead),
                "agreedInvestment: — → 28000; agreedStartOn: — → "
                        + LocalDate.now(DISTRICT).plusDays(30) + "; fundsInPlace: — → 5000");

        MockHttpSession supervisor = WebTestSupport.login(mvc, "supervisor");
        String page = WebTestSupport.page(mvc, "supervisor", "/investment/leads/" + lead);
        assertThat(HtmlParts.form(page, "contract-form")).contains("28000").doesNotContain("type=\"submit\"");
        for (String field : List.of("agreedInvestment", "agreedStartOn", "fundsInPlace", "fixedAssetInvestment")) {
            assertThat(HtmlParts.input(page, "contract-form", field)).contains("readonly");
        }
        mvc.perform(post("/investment/leads/" + lead + "/contract")
                        .param("agreedInvestment", "1")
                        .param("version", "0")
                        .session(supervisor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}

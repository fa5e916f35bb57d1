package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The time limits page: the dispatch office edits each rule in its row and adds rules; everyone else who sees tickets
 * reads the limits, without inputs that could not be saved. A refused save comes back where it was typed.
 */
@IntegrationTest
class SlaRulePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SlaRuleManagement rules;

    @Test
    void aDepartmentHandlerReadsTheLimitsWithoutFormsItCouldNotSave() throws Exception {
        MockHttpSession handler = WebTestSupport.login(mvc, "handler");
        String page = mvc.perform(get("/tickets/sla").session(handler))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("action=\"/tickets/sla\"").contains("sla-read");
        mvc.perform(save(handler, null, "NORMAL", "1", "2", "3")).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedRowComesBackInItsRowWithTheTypedDaysAndTheReason() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        SlaRule rule = rules.all().getFirst();
        String page = refused(save(dispatch, rule, rule.severity().name(), "2", "4", "300"));
        String row = "sla-" + rule.id();
        assertThat(HtmlParts.input(page, row, "signDays")).contains("value=\"2\"");
        assertThat(HtmlParts.input(page, row, "resolveDays"))
                .contains("value=\"300\"")
                .contains("is-invalid");
        assertThat(HtmlParts.form(page, row)).contains("不能大于250");
        assertThat(HtmlParts.form(page, "sla-new")).doesNotContain("is-invalid");
        assertThat(rules.all().getFirst().resolveDays()).isEqualTo(rule.resolveDays());
    }

    @Test
    void aRefusedNewRuleComesBackInTheNewRuleFormWithWhatWasTyped() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String page = refused(save(dispatch, null, "URGENT", "0", "2", "300").param("category", "POWER"));
        String form = HtmlParts.form(page, "sla-new");
        assertThat(form)
                .containsPattern("<option value=\"POWER\"[^>]*selected")
                .containsPattern("<option value=\"URGENT\"[^>]*selected");
        assertThat(HtmlParts.input(page, "sla-new", "feedbackDays")).contains("value=\"2\"");
        assertThat(HtmlParts.input(page, "sla-new", "signDays")).contains("is-invalid");
        assertThat(HtmlParts.input(page, "sla-new", "resolveDays")).contains("is-invalid");
        assertThat(form).contains("必须大于零").contains("不能大于250");
    }

    private static MockHttpServletRequestBuilder save(
            MockHttpSession session, SlaRule rule, String severity, String sign, String feedback, String resolve) {
        MockHttpServletRequestBuilder request = post("/tickets/sla")
                .session(session)
                .with(csrf())
                .param("severity", severity)
                .param("signDays", sign)
                .param("feedbackDays", feedback)
                .param("resolveDays", resolve)
                .param("version", rule == null ? "0" : Integer.toString(rule.version()));
        if (rule != null) {
            request.param("id", rule.id().toString())
                    .param(
                            "category",
                            rule.category() == null ? "" : rule.category().name());
        }
        return request;
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

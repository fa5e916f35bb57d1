package cn.zhuanban.investment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.shared.web.Downloads;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The chain, lead and talent pages render over the demo district's data on both databases: board
 * (window function), funnel, cohorts, stale filter, fill rates and the exports run their SQL.
 */
@IntegrationTest
class AttractionPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void dispatchOfficeSeesTheChainLeadAndTalentPages() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        for (String page : List.of(
                "/industry/chains",
                "/industry/gaps",
                "/investment/leads?stale=true",
                "/investment/board",
                "/investment/funnel",
                "/investment/cohorts",
                "/investment/partners",
                "/investment/referrers",
                "/investment/rules",
                "/talent/demands",
                "/talent/candidates",
                "/talent/events",
                "/talent/services?overdue=true",
                "/talent/fill-rates")) {
            mvc.perform(get(page).session(session)).andExpect(status().isOk());
        }
        mvc.perform(get("/investment/leads").param("q", "恒泰制剂").session(session))
                .andExpect(content().string(Matchers.containsString("江苏恒泰制剂有限公司")));
        for (String export : List.of(
                "/investment/leads/export",
                "/investment/cohorts/export?year=2026",
                "/talent/demands/export",
                "/industry/gaps/export")) {
            mvc.perform(get(export).session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(Downloads.XLSX));
        }
    }
}

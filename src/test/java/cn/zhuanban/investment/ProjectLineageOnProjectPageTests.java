package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project page shows where a key project came from: it loads the investment module's lineage
 * fragment by URL, for users who may see leads, and the fragment names the lead.
 */
@IntegrationTest
class ProjectLineageOnProjectPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void projectPageLoadsTheLeadItCameFrom() throws Exception {
        long projectId = jdbc.sql("select id from project order by id").query(Long.class).list().stream()
                .filter(id -> investment.originOf(id).isPresent())
                .findFirst()
                .orElseThrow();
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String page = mvc.perform(get("/projects/" + projectId).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("hx-get=\"/investment/fragments/project-origin/" + projectId + "\"");

        String fragment = mvc.perform(
                        get("/investment/fragments/project-origin/" + projectId).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("id=\"origin-lead\"");
    }

    @Test
    void enterpriseContactsDoNotLoadLeads() throws Exception {
        MockHttpSession contact = WebTestSupport.login(mvc, "enterprise");
        long own = jdbc.sql("""
                        select p.id from project p join app_user u on u.enterprise_id = p.enterprise_id
                        where u.username = 'enterprise' order by p.id""").query(Long.class).list().getFirst();
        String page = mvc.perform(get("/projects/" + own).session(contact))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("/investment/fragments/project-origin/");
    }
}

package cn.zhuanban.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project page shows the chain node the project sits on: it loads the industry module's
 * fragment by URL for users who may see chains; the fragment answers only within the user's scope.
 */
@IntegrationTest
class ProjectChainNodeFragmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory directory;

    @Test
    void theProjectPageLoadsTheChainNodeTheProjectSitsOn() throws Exception {
        long project = jdbc.sql("select id from project where name = '康元生物高端原料药项目'")
                .query(Long.class)
                .single();
        String node =
                jdbc.sql("""
                        select n.name from chain_node n join chain_node_project p on p.chain_node = n.id
                        where p.project_id = :p""").param("p", project).query(String.class).list().getFirst();
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        assertThat(body(get("/projects/" + project), dispatch))
                .contains("hx-get=\"/industry/fragments/project-node/" + project + "\"");
        assertThat(body(get("/industry/fragments/project-node/" + project), dispatch))
                .contains("id=\"project-node\"", "project-node-link", node);
    }

    @Test
    void aProjectOnNoChainGivesAnEmptyFragmentAndOutsideTheScopeNone() throws Exception {
        long lead2 = directory.findByUsername("lead2").orElseThrow().id();
        long foreign = jdbc.sql("""
                        select id from project where lead_official_id is null or lead_official_id <> :u order by id""").param("u", lead2).query(Long.class).list().getFirst();
        long offChain = jdbc.sql("""
                        select id from project where id not in (select project_id from chain_node_project) order by id""").query(Long.class).list().getFirst();

        assertThat(body(get("/industry/fragments/project-node/" + offChain), WebTestSupport.login(mvc, "dispatch")))
                .contains("id=\"project-node\"")
                .doesNotContain("project-node-link");
        mvc.perform(get("/industry/fragments/project-node/" + foreign).session(WebTestSupport.login(mvc, "lead2")))
                .andExpect(status().isNotFound());
        MockHttpSession contact = WebTestSupport.login(mvc, "enterprise");
        long own = jdbc.sql("""
                        select p.id from project p join app_user u on u.enterprise_id = p.enterprise_id
                        where u.username = 'enterprise' order by p.id""").query(Long.class).list().getFirst();
        assertThat(body(get("/projects/" + own), contact)).doesNotContain("/industry/fragments/project-node/");
        mvc.perform(get("/industry/fragments/project-node/" + own).session(contact))
                .andExpect(status().isForbidden());
    }

    private String body(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

package cn.zhuanban.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Enterprise pick lists on other modules' forms (projects, contact logs, chain nodes, talent demands, key projects,
 * enterprise plans) offer a page of enterprises, narrowed by a search box, and always the enterprise the form already
 * has: a province has thousands, and listing them all made each form some 270 KB.
 */
@IntegrationTest
class EnterpriseChoicesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    UserDirectory directory;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Test
    void theSearchNarrowsByNameOrCreditCodeAndKeepsTheChosenEnterpriseFirst() throws Exception {
        List<Map<String, Object>> all = jdbc.queryForList("select id, name, credit_code from enterprise order by name");
        Map<String, Object> wanted = all.getFirst();
        Map<String, Object> chosen = all.getLast();

        assertThat(choices("dispatch", "enterpriseQ=" + wanted.get("name")))
                .contains(">" + wanted.get("name") + "<")
                .doesNotContain(">" + chosen.get("name") + "<");
        String code = ((String) wanted.get("credit_code")).substring(6).toLowerCase();
        assertThat(choices("dispatch", "enterpriseQ=" + code))
                .contains(">" + wanted.get("name") + "<")
                .doesNotContain(">" + chosen.get("name") + "<");

        String kept = choices("dispatch", "enterpriseQ=" + wanted.get("name") + "&enterpriseId=" + chosen.get("id"));
        assertThat(kept.indexOf(">" + chosen.get("name") + "<"))
                .isPositive()
                .isLessThan(kept.indexOf(">" + wanted.get("name") + "<"));
        assertThat(kept).contains("value=\"" + chosen.get("id") + "\" selected");
    }

    @Test
    void atMostAPageIsOfferedByNameAndARefusedFormKeepsAnEnterprisePastIt() throws Exception {
        String prefix = TestCodes.unique("选项企业");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(
                "insert into enterprise (name, credit_code, created_at, updated_at) values (?, ?, ?, ?)",
                IntStream.range(0, 201)
                        .mapToObj(i -> new Object[] {"%s-%03d".formatted(prefix, i), TestCodes.creditCode(), now, now})
                        .toList());
        try {
            List<EnterpriseOption> page = enterprises.choices(user("dispatch"), prefix, null);
            assertThat(page).hasSize(200);
            assertThat(page.getFirst().name()).isEqualTo(prefix + "-000");
            assertThat(page.getLast().name()).isEqualTo(prefix + "-199");
            assertThat(enterprises.choices(user("dispatch"), null, null)).hasSize(200);

            long last =
                    jdbc.queryForObject("select id from enterprise order by name desc, id desc limit 1", Long.class);
            String refused = mvc.perform(post("/projects")
                            .session(WebTestSupport.login(mvc, "dispatch"))
                            .with(csrf())
                            .param("name", "")
                            .param("enterpriseId", Long.toString(last)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(refused).contains("value=\"" + last + "\" selected");
        } finally {
            jdbc.update("delete from enterprise where name like ?", prefix + "-%");
        }
    }

    @Test
    void anEnterpriseContactIsOfferedOnlyTheirOwnEnterprise() throws Exception {
        CurrentUser contact = user("enterprise");
        long foreign =
                jdbc.queryForObject("select min(id) from enterprise where id <> ?", Long.class, contact.enterpriseId());
        assertThat(enterprises.choices(contact, null, foreign))
                .extracting(EnterpriseOption::id)
                .containsExactly(contact.enterpriseId());
    }

    @Test
    void theFormsOfferTheSearchBoxBesideTheList() throws Exception {
        assertThat(page("dispatch", "/projects/new"))
                .contains("name=\"enterpriseQ\"")
                .contains("hx-get=\"/enterprises/choices?blank=choose\"")
                .contains("hx-target=\"#enterpriseId\"")
                // a required choice's empty line says what to do; blank it read as chosen after a refusal
                .contains("<option value=\"\">请选择企业</option>");
        long node = jdbc.queryForObject("select min(id) from chain_node", Long.class);
        assertThat(page("dispatch", "/industry/nodes/" + node)).contains("hx-target=\"#node-enterprise\"");
        assertThat(page("dispatch", "/contacts/new")).contains("hx-get=\"/enterprises/choices?blank=choose\"");
        assertThat(page("dispatch", "/enterprises/choices?blank=choose&enterpriseQ=康元"))
                .contains("<option value=\"\">请选择企业</option>");
        assertThat(page("dispatch", "/talent/services/new"))
                .contains("hx-get=\"/enterprises/choices?blank=none\"")
                .contains("<option value=\"\">（不指定）</option>");
        // a filter's list keeps its "any" choice when the search box reloads it
        assertThat(page("dispatch", "/contacts")).contains("hx-get=\"/enterprises/choices?blank=any\"");
        assertThat(page("dispatch", "/enterprises/choices?blank=any&enterpriseQ=康元"))
                .contains("<option value=\"\">企业：全部</option>");
    }

    private CurrentUser user(String username) {
        return new ServiceFixtures(enterprises, taskForces, projects, directory).user(username);
    }

    private String choices(String user, String query) throws Exception {
        return page(user, "/enterprises/choices?" + query);
    }

    private String page(String user, String path) throws Exception {
        return WebTestSupport.page(mvc, user, path);
    }
}

package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Project pick lists on the forms that hang a record on a project (talent demands, chain nodes, contact logs) offer a
 * page of the user's projects, narrowed by a search box, and always the project the record already has: a province
 * has thousands, and a form that did not list the record's project would drop it on saving.
 */
@IntegrationTest
class ProjectChoicesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectPickLists pickLists;

    @Autowired
    cn.zhuanban.enterprise.EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    cn.zhuanban.identity.UserDirectory directory;

    @Test
    void theSearchNarrowsTheChoicesAndKeepsTheChosenProjectFirst() throws Exception {
        List<Map<String, Object>> all = jdbc.queryForList("select id, name from project order by name");
        Map<String, Object> wanted = all.getFirst();
        Map<String, Object> chosen = all.stream()
                .filter(p -> !((String) p.get("name")).contains((String) wanted.get("name")))
                .reduce((first, second) -> second)
                .orElseThrow();

        String narrowed = choices("dispatch", "projectQ=" + wanted.get("name"));
        assertThat(narrowed).contains(">" + wanted.get("name")).doesNotContain(">" + chosen.get("name"));

        String kept = choices("dispatch", "projectQ=" + wanted.get("name") + "&projectId=" + chosen.get("id"));
        assertThat(kept.indexOf(">" + chosen.get("name")))
                .isPositive()
                .isLessThan(kept.indexOf(">" + wanted.get("name")));
        assertThat(kept).contains("value=\"" + chosen.get("id") + "\" selected");
    }

    @Test
    void aProjectOutsideTheUsersScopeIsNeitherFoundNorKept() throws Exception {
        Map<String, Object> foreign = jdbc.queryForMap("""
                select id, name from project
                where enterprise_id <> (select enterprise_id from app_user where username = 'enterprise')
                order by id limit 1""");
        assertThat(choices("enterprise", "projectQ=" + foreign.get("name") + "&projectId=" + foreign.get("id")))
                .doesNotContain((String) foreign.get("name"));
        assertThat(pickLists.choices(
                        new ServiceFixtures(enterprises, taskForces, projects, directory).user("enterprise"),
                        null,
                        ((Number) foreign.get("id")).longValue()))
                .noneMatch(p -> p.id() == ((Number) foreign.get("id")).longValue());
    }

    @Test
    void theFormsOfferTheSearchBoxBesideALongList() throws Exception {
        assertThat(page("dispatch", "/talent/demands/new"))
                .contains("name=\"projectQ\"")
                .contains("hx-get=\"/projects/choices?blank=\"")
                .contains("hx-target=\"#projectId\"");
        // a contact's optional project says what the empty choice is for (it was a blank line)
        assertThat(page("dispatch", "/contacts/new"))
                .contains("hx-get=\"/projects/choices?blank=choose\"")
                .contains("<option value=\"\">请选择项目</option>");
        long node = jdbc.queryForObject("select min(id) from chain_node", Long.class);
        assertThat(page("dispatch", "/industry/nodes/" + node)).contains("hx-target=\"#node-project\"");
    }

    private String choices(String user, String query) throws Exception {
        return page(user, "/projects/choices?" + query);
    }

    private String page(String user, String path) throws Exception {
        return WebTestSupport.page(mvc, user, path);
    }
}

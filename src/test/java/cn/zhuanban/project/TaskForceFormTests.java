package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The task force form's people pickers: a search box finds staff beyond the first page of a province's thousands of
 * users, and whoever the form already names stays listed and chosen (an unlisted member would be dropped on saving).
 */
@IntegrationTest
class TaskForceFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSearchNarrowsThePickersButKeepsWhoIsChosen() throws Exception {
        Map<String, Object> handler = user("handler");
        Map<String, Object> member = user("taskforce");

        String found = people("peopleQ=" + handler.get("full_name"));
        assertThat(found).contains(">" + handler.get("full_name")).doesNotContain(">" + member.get("full_name"));

        String kept = people(
                "peopleQ=nobody-is-called-this&memberIds=" + member.get("id") + "&leadUserId=" + handler.get("id"));
        assertThat(kept)
                .contains("value=\"" + member.get("id") + "\" checked")
                .contains("value=\"" + handler.get("id") + "\" selected");
    }

    @Test
    void enterpriseContactsAndAdministratorsAreNotOffered() throws Exception {
        assertThat(people("peopleQ=" + user("enterprise").get("full_name")))
                .doesNotContain(">" + user("enterprise").get("full_name"));
        assertThat(people("peopleQ=" + user("sysadmin").get("full_name")))
                .doesNotContain(">" + user("sysadmin").get("full_name"));
    }

    @Test
    void theFormHasTheSearchBox() throws Exception {
        String html = WebTestSupport.page(mvc, "dispatch", "/task-forces/new");
        assertThat(html)
                .contains("name=\"peopleQ\"")
                .contains("hx-get=\"/task-forces/people\"")
                .contains("id=\"task-force-people\"");
    }

    private Map<String, Object> user(String username) {
        return jdbc.queryForMap("select id, full_name from app_user where username = ?", username);
    }

    private String people(String query) throws Exception {
        return WebTestSupport.page(mvc, "dispatch", "/task-forces/people?name=x&" + query);
    }
}

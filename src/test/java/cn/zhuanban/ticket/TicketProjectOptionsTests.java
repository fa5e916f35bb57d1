package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.ticket.domain.TicketQueries;
import cn.zhuanban.ticket.domain.TicketScope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Project pick lists stop at {@link TicketLists#PROJECT_OPTIONS} projects; a province-wide user narrows them by part
 * of a name or code, within his scope, and the project already chosen is never hidden by the cut.
 */
@IntegrationTest
class TicketProjectOptionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TicketQueries queries;

    @Autowired
    TicketFlows flows;

    @Test
    void typingPartOfANameNarrowsTheOptionsAndKeepsTheChosenProject() throws Exception {
        List<Map<String, Object>> projects = jdbc.queryForList("select id, name from project order by name");
        Map<String, Object> wanted = projects.getFirst();
        Map<String, Object> chosen = projects.stream()
                .filter(p -> !((String) p.get("name")).contains((String) wanted.get("name")))
                .reduce((first, second) -> second)
                .orElseThrow();

        String narrowed = options("dispatch", "projectQ=" + wanted.get("name"));
        assertThat(narrowed).contains(">" + wanted.get("name") + "<").doesNotContain(">" + chosen.get("name") + "<");
        assertThat(narrowed).contains("所属项目: 全部");

        String withChoice = options("dispatch", "projectQ=" + wanted.get("name") + "&projectId=" + chosen.get("id"));
        assertThat(withChoice.indexOf(">" + chosen.get("name") + "<"))
                .isPositive()
                .isLessThan(withChoice.indexOf(">" + wanted.get("name") + "<"));
        assertThat(withChoice).contains("value=\"" + chosen.get("id") + "\" selected");

        assertThat(options("dispatch", "blank=choose")).contains(">请选择<");
    }

    @Test
    void longListsOfferTheSearchBoxAndShortOnesDoNot() throws Exception {
        String list = page("dispatch", "/tickets");
        assertThat(list)
                .contains("name=\"projectQ\"")
                .contains("hx-get=\"/tickets/project-options?blank=any\"")
                .contains("hx-target=\"#filter-project\"");
        assertThat(page("dispatch", "/tickets/new")).contains("hx-get=\"/tickets/project-options?blank=choose\"");
        assertThat(page("enterprise", "/tickets")).doesNotContain("name=\"projectQ\"");
    }

    @Test
    void anEnterpriseContactFindsOnlyHisOwnProjects() throws Exception {
        String foreign = jdbc.queryForObject("""
                select min(p.name) from project p
                where p.enterprise_id <> (select enterprise_id from app_user where username = 'enterprise')""", String.class);
        assertThat(options("enterprise", "projectQ=" + foreign)).doesNotContain(foreign);
        String own = jdbc.queryForObject("""
                select min(p.name) from project p
                where p.enterprise_id = (select enterprise_id from app_user where username = 'enterprise')""", String.class);
        assertThat(options("enterprise", "projectQ=" + own)).contains(own);
    }

    @Test
    void aListCutShortStillShowsTheChosenProjectFirst() {
        List<Map<String, Object>> all = jdbc.queryForList("select id from project order by name");
        long last = ((Number) all.getLast().get("id")).longValue();
        var scope = TicketScope.forProjects(flows.user("dispatch"));

        assertThat(queries.reportableProjects(scope, null, null, 1)).hasSize(1);
        var cut = queries.reportableProjects(scope, null, last, 1);
        assertThat(cut).hasSize(2);
        assertThat(cut.getFirst().getKey()).isEqualTo(last);
    }

    private String options(String user, String query) throws Exception {
        return page(user, "/tickets/project-options?" + query);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(WebTestSupport.login(mvc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

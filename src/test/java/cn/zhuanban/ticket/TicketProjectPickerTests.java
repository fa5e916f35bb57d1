package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ticket list's project filter and the report form pick projects like every other form (ProjectChoicesTests): a
 * search box beside a long list, and the chosen project listed even beyond the first page of a province's thousands.
 */
@IntegrationTest
class TicketProjectPickerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListFilterSearchesProjectsAndKeepsTheFilteredOne() throws Exception {
        Map<String, Object> last = jdbc.queryForMap("select id, name from project order by name desc limit 1");
        String list = page("dispatch", "/tickets?projectId=" + last.get("id"));
        assertThat(list)
                .contains("所属项目: 全部")
                .contains("hx-get=\"/projects/choices?blank=any\"")
                .contains("hx-target=\"#filter-project\"")
                .contains("value=\"" + last.get("id") + "\" selected");
        assertThat(page("dispatch", "/projects/choices?blank=any")).contains("所属项目: 全部");
    }

    @Test
    void theReportFormSearchesProjectsAndOnlyALongListHasASearchBox() throws Exception {
        assertThat(page("dispatch", "/tickets/new"))
                .contains("请选择项目")
                .contains("hx-get=\"/projects/choices?blank=choose\"")
                .contains("hx-target=\"#projectId\"");
        // An enterprise contact sees his enterprise's projects: a handful in the demo, more once other tests add some.
        int own = jdbc.queryForObject("""
                select count(*) from project
                where enterprise_id = (select enterprise_id from app_user where username = 'enterprise')""", Integer.class);
        assertThat(page("enterprise", "/tickets/new").contains("name=\"projectQ\""))
                .isEqualTo(own >= 10);
        assertThat(page("enterprise", "/tickets").contains("name=\"projectQ\"")).isEqualTo(own >= 10);
    }

    @Test
    void pagingThroughHtmxGetsTheRowsWithoutTheFiltersAndPickLists() throws Exception {
        String rows = mvc.perform(get("/tickets?page=0")
                        .header("HX-Request", "true")
                        .session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rows).doesNotContain("filter-project").doesNotContain("<html");
    }

    private String page(String user, String path) throws Exception {
        return WebTestSupport.page(mvc, user, path);
    }
}

package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list a search narrowed to nothing says that nothing matches and links back to the whole list (layout/list ::
 * empty); it said 暂无数据, and a user who mistyped a name read that the list had been emptied. 暂无数据 is only for a
 * list with no filter at all, and a list with rows says neither.
 */
@IntegrationTest
class FilteredEmptyListsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aSearchThatMatchesNothingSaysSoWithTheWayBackOnEveryKindOfList() throws Exception {
        String none = TestCodes.unique("无此记录");
        String projects = assertNoMatch("dispatch", "/projects", "?q=" + none);
        // the phone's cards and the table both
        assertThat(projects.split("清除筛选</a>", -1)).hasSize(3);
        assertNoMatch("dispatch", "/enterprises", "?q=" + none);
        assertNoMatch("dispatch", "/investment/leads", "?q=" + none);
        assertNoMatch("dispatch", "/meetings/actions", "?q=" + none);
        assertNoMatch("sysadmin", "/admin/users", "?q=" + none);
        // the paging of a filtered list is no filter, and does not turn the filter off
        assertNoMatch("dispatch", "/enterprises", "?size=50&page=0&q=" + none);
    }

    @Test
    void aSearchWithinATabClearsTheSearchAndKeepsTheTab() throws Exception {
        String none = TestCodes.unique("无此目标");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/stage-goals?status=LATE&q=" + none))
                .contains("没有符合条件的记录")
                .contains("<a class=\"ms-1 list-clear-filters\" href=\"/stage-goals?status=LATE\">清除筛选</a>")
                .doesNotContain("暂无数据");
        // the tab alone is no filter: its empty list, if it is one, is not a search that matched nothing
        assertThat(WebTestSupport.page(mvc, "dispatch", "/stage-goals?status=LATE"))
                .doesNotContain("list-clear-filters");
    }

    @Test
    void aFilterTheResultsOfWhichAreSwappedInSaysSoInTheSwappedPartToo() throws Exception {
        String page = mvc.perform(get("/projects?q=" + TestCodes.unique("无此项目"))
                        .header("HX-Request", "true")
                        .session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("没有符合条件的记录")
                .contains("<a class=\"ms-1 list-clear-filters\" href=\"/projects\">清除筛选</a>")
                .doesNotContain("暂无数据");
    }

    @Test
    void aListWithRowsAndNoFilterSaysNeitherNothingYetNorNothingMatches() throws Exception {
        for (String path :
                new String[] {"/projects", "/enterprises", "/investment/leads", "/projects?size=50&page=0"}) {
            assertThat(WebTestSupport.page(mvc, "dispatch", path))
                    .as(path)
                    .doesNotContain("暂无数据")
                    .doesNotContain("没有符合条件的记录")
                    .doesNotContain("list-clear-filters");
        }
    }

    /** The list says nothing matches, with the way back to its bare address, and no 暂无数据 anywhere on the page. */
    private String assertNoMatch(String user, String list, String query) throws Exception {
        String page = WebTestSupport.page(mvc, user, list + query);
        assertThat(page)
                .as(list + query)
                .contains("没有符合条件的")
                .contains("<a class=\"ms-1 list-clear-filters\" href=\"" + list + "\">清除筛选</a>")
                .doesNotContain("暂无数据");
        return page;
    }
}

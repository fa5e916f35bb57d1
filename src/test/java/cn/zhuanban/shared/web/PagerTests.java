package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.shared.PageResult;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The pager offers no address where there is no page: greyed out, "previous" on the first page still led to page -1. */
@IntegrationTest
class PagerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void theFirstPageHasNoPreviousAddressAndTheLastNoNext() throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/investment/partners");
        assertThat(page).doesNotContain("page=-1").contains("aria-disabled=\"true\"");
        // Not even an empty address, which reloads the page for a tap or Enter.
        assertThat(page).doesNotContain("href=\"\"");
    }

    @Test
    void aPagePastTheLastGoesToTheLastKeepingTheFilter() throws Exception {
        var dispatch = WebTestSupport.login(mvc, "dispatch");
        String last = mvc.perform(get("/enterprises?q=示范&page=99").session(dispatch))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(last).contains("q=").contains("page=").doesNotContain("page=99");
        String page = mvc.perform(get(URI.create(last)).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("暂无数据");
        // a page that exists stays as it is
        mvc.perform(get("/enterprises?q=示范&page=0").session(dispatch)).andExpect(status().isOk());
    }

    @Test
    void aPagePastTheEndOfAListWithoutRowsGoesToItsFirstPage() throws Exception {
        var dispatch = WebTestSupport.login(mvc, "dispatch");
        String first = mvc.perform(get("/enterprises?q=" + TestCodes.unique("无此企业") + "&page=5")
                        .session(dispatch))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(first).contains("q=").contains("page=0");
        String page = mvc.perform(get(URI.create(first)).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("共 0 条，第 1/1 页").doesNotContain("page=-1");
    }

    @Test
    void pageNumbersHaveNoThousandsSeparator() {
        assertThat(messages.getMessage("list.total", new Object[] {12_345L, 1_000, 1_234}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("共 12,345 条，第 1000/1234 页");
        assertThat(messages.getMessage("list.total", new Object[] {12_345L, 1_000, 1_234}, Locale.ENGLISH))
                .isEqualTo("12,345 rows, page 1000 of 1234");
    }

    @Test
    void aPageOrSizeThatIsNoNumberOpensTheListOnItsFirstPageKeepingTheFilter() throws Exception {
        var dispatch = WebTestSupport.login(mvc, "dispatch");
        for (String asked : new String[] {"/enterprises?q=示范&page=abc", "/enterprises?q=示范&size=abc&page=0"}) {
            String redirected = mvc.perform(get(asked).session(dispatch))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(redirected).as(asked).contains("q=").doesNotContain("abc");
            mvc.perform(get(URI.create(redirected)).session(dispatch)).andExpect(status().isOk());
        }
        // the API's paging stays strict: a script learns of its mistake
        mvc.perform(get("/api/v1/projects?page=abc").session(dispatch)).andExpect(status().isBadRequest());
    }

    @Test
    void theRowsPerPageChoiceKeepsTheFilterAndTheServerCapsIt() throws Exception {
        var dispatch = WebTestSupport.login(mvc, "dispatch");
        String page = mvc.perform(get("/enterprises?q=示范&size=50").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rowsPerPage(dispatch, "/enterprises?q=示范&size=50")).isEqualTo(50);
        String form = page.substring(page.indexOf("name=\"size\"") - 600, page.indexOf("name=\"size\""));
        assertThat(form).contains("type=\"hidden\" name=\"q\" value=\"示范\"");
        assertThat(page).containsPattern("<option value=\"50\" selected[^>]*>每页 50 条</option>");
        assertThat(rowsPerPage(dispatch, "/enterprises?q=示范&size=100000")).isEqualTo(100);
        assertThat(rowsPerPage(dispatch, "/enterprises?size=-3")).isEqualTo(20);
    }

    @Test
    void aFilteredListWithoutRowsSaysNothingMatchesNotThatThereIsNothingYet() throws Exception {
        String none = TestCodes.unique("无此例会");
        String meetings = WebTestSupport.page(mvc, "dispatch", "/meetings?q=" + none);
        assertThat(meetings).contains("没有符合条件的例会").doesNotContain("尚未设立例会");
        String contacts = WebTestSupport.page(mvc, "dispatch", "/contacts?q=" + none);
        assertThat(contacts).contains("没有符合条件的记录").doesNotContain("暂无沟通记录");
    }

    private int rowsPerPage(MockHttpSession session, String path) throws Exception {
        var view = mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView();
        return ((PageResult<?>) view.getModel().get("result")).size();
    }
}

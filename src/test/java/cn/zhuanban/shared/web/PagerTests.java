package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The pager offers no address where there is no page: greyed out, "previous" on the first page still led to page -1. */
@IntegrationTest
class PagerTests {

    @Autowired
    MockMvc mvc;

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
        // a page that exists, and a list without rows, stay as they are
        mvc.perform(get("/enterprises?q=示范&page=0").session(dispatch)).andExpect(status().isOk());
        mvc.perform(get("/enterprises?q=" + TestCodes.unique("无此企业") + "&page=3")
                        .session(dispatch))
                .andExpect(status().isOk());
    }
}

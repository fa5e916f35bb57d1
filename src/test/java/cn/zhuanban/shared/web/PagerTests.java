package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
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
}

package cn.zhuanban.dashboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The header's search box is offered to whoever may read a ledger it searches; the three administrators read none
 * and had a box that never found anything. A search that finds nothing says so in one sentence.
 */
@IntegrationTest
class SearchBoxTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theAdministratorsHaveNoSearchBoxAndTheStaffHaveOne() throws Exception {
        for (String admin : List.of("sysadmin", "secadmin", "auditor")) {
            assertThat(WebTestSupport.page(mvc, admin, "/"))
                    .as(admin)
                    .doesNotContain("id=\"header-search\"")
                    .doesNotContain("id=\"search-link\"");
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/"))
                .contains("id=\"header-search\"")
                .contains("id=\"search-link\"");
    }

    @Test
    void aSearchWithoutResultsSaysNothingWasFound() throws Exception {
        assertThat(WebTestSupport.page(mvc, "dispatch", "/search?q=无此内容xyz"))
                .contains("未找到与“无此内容xyz”相关的内容")
                .doesNotContain("id=\"search-results\"");
        assertThat(WebTestSupport.page(mvc, "auditor", "/search?q=anything")).contains("未找到与“anything”相关的内容");
    }
}

package cn.zhuanban.dashboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The header's search finds a name in every ledger the user may read, within his data scope, each section linking
 * to its own list filtered by the same words; ledgers he may not read are not searched.
 */
@IntegrationTest
class EverythingSearchTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theDispatchOfficeFindsAnEnterprisesProjectsPlansAndContacts() throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/search?q=康元");

        assertThat(section(page, "search.projects")).contains("康元生物高端原料药项目", "康元生物制剂研发中心项目");
        assertThat(section(page, "search.enterprises")).contains("示范康元生物制药有限公司");
        // a ticket is found by its project's name too
        assertThat(section(page, "search.tickets")).contains("康元生物高端原料药项目").doesNotContain("无匹配记录");
        assertThat(page)
                .contains("href=\"/projects?q=" + URLEncoder.encode("康元", StandardCharsets.UTF_8) + "\"")
                .contains("data-section=\"search.tickets\"", "data-section=\"search.leads\"")
                .contains("data-section=\"search.contacts\"");
    }

    @Test
    void anEnterpriseContactFindsOnlyHisOwnAndIsNotAskedAboutLeads() throws Exception {
        String own = WebTestSupport.page(mvc, "enterprise", "/search?q=康元");
        String foreign = WebTestSupport.page(mvc, "enterprise", "/search?q=恒泰");

        assertThat(section(own, "search.projects")).contains("康元生物高端原料药项目");
        assertThat(section(foreign, "search.projects")).doesNotContain("恒泰制剂").contains("无匹配记录");
        assertThat(own).doesNotContain("data-section=\"search.leads\"", "data-section=\"search.contacts\"");
    }

    @Test
    void withoutWordsNothingIsSearchedAndEveryPageOffersTheBox() throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/search");

        assertThat(page).doesNotContain("id=\"search-results\"").contains("在您有权查看的各台账中查找");
        assertThat(WebTestSupport.page(mvc, "handler", "/")).contains("id=\"header-search\"", "id=\"search-link\"");
    }

    private static String section(String page, String key) {
        int start = page.indexOf("data-section=\"" + key + "\"");
        assertThat(start).as("section %s", key).isPositive();
        int end = page.indexOf("data-section=", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}

package cn.zhuanban.dashboard.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.EnterpriseContacts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The header's search finds a name in every ledger the user may read, within his data scope, each section linking
 * to its own list filtered by the same words; ledgers he may not read are not searched.
 */
@IntegrationTest
class EverythingSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Autowired
    IdentityManagement identity;

    @Test
    void theDispatchOfficeFindsAProjectItsTicketsAndItsEnterprise() throws Exception {
        ServiceFixtures fixtures = fixtures();
        long enterprise = fixtures.enterprise();
        long project = fixtures.project(enterprise, null);
        String projectName = projectReads.summary(project).orElseThrow().name();
        String enterpriseName = enterprises.namesOf(List.of(enterprise)).get(enterprise);
        report(project, "搜索测试：临时用水报装");

        String byProject = WebTestSupport.page(mvc, "dispatch", "/search?q=" + projectName);
        assertThat(section(byProject, "search.projects")).contains(projectName, "查看全部 1 条");
        assertThat(section(byProject, "search.tickets")).contains("搜索测试：临时用水报装"); // by its project's name
        assertThat(byProject)
                .contains("href=\"/projects?q=" + URLEncoder.encode(projectName, StandardCharsets.UTF_8) + "\"")
                .contains("data-section=\"search.leads\"", "data-section=\"search.contacts\"");

        String byEnterprise = WebTestSupport.page(mvc, "dispatch", "/search?q=" + enterpriseName);
        assertThat(section(byEnterprise, "search.enterprises")).contains(enterpriseName);
        assertThat(section(byEnterprise, "search.projects")).contains(projectName);
    }

    @Test
    void anEnterpriseContactFindsOnlyHisOwnAndIsNotAskedAboutLeads() throws Exception {
        ServiceFixtures fixtures = fixtures();
        long own = fixtures.enterprise();
        String ownProject =
                projectReads.summary(fixtures.project(own, null)).orElseThrow().name();
        String foreignProject = projectReads
                .summary(fixtures.project(fixtures.enterprise(), null))
                .orElseThrow()
                .name();
        String contact = EnterpriseContacts.create(identity, directory, own);

        assertThat(section(WebTestSupport.page(mvc, contact, "/search?q=" + ownProject), "search.projects"))
                .contains(ownProject);
        // nothing in his ledgers: one sentence instead of a section per ledger
        String foreign = WebTestSupport.page(mvc, contact, "/search?q=" + foreignProject);
        assertThat(foreign).contains("未找到与“" + foreignProject + "”相关的内容").doesNotContain("data-section=");
        assertThat(foreign).doesNotContain("data-section=\"search.leads\"", "data-section=\"search.contacts\"");
    }

    @Test
    void withoutWordsNothingIsSearchedAndEveryPageOffersTheBox() throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/search");

        assertThat(page).doesNotContain("id=\"search-results\"").contains("在您有权查看的各台账中查找");
        assertThat(WebTestSupport.page(mvc, "handler", "/")).contains("id=\"header-search\"", "id=\"search-link\"");
    }

    private ServiceFixtures fixtures() {
        return new ServiceFixtures(enterprises, taskForces, projects, directory);
    }

    private void report(long project, String title) throws Exception {
        mvc.perform(post("/api/v1/tickets")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"projectId": %d, "category": "WATER", "title": "%s",
                                 "description": "搜索测试", "severity": "NORMAL"}""".formatted(project, title)))
                .andExpect(status().isCreated());
    }

    private static String section(String page, String key) {
        int start = page.indexOf("data-section=\"" + key + "\"");
        assertThat(start).as("section %s", key).isPositive();
        int end = page.indexOf("data-section=", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}

package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A row outside the user's data scope is a 404, on pages and in the API, whichever way the user logs in. */
@IntegrationTest
class ProjectDataScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Test
    void enterpriseContactCannotReadAnotherEnterprisesProjectByUrlOrApi() throws Exception {
        long ownEnterprise =
                directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long own = project(ownEnterprise, null, null);
        long foreign = project(newEnterprise(), null, null);
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");
        String token = token(session);

        mvc.perform(get("/projects/" + foreign).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + foreign).session(session))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                // names the kind and the id in words (the entity once took the place of a form field: "未找到10（{1}）")
                .andExpect(jsonPath("$.detail").value("未找到项目（编号 " + foreign + "），或不在您的数据范围内。"));
        mvc.perform(get("/api/v1/projects/" + foreign).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());

        mvc.perform(get("/projects/" + own).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + own).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterpriseId").value(ownEnterprise));
        mvc.perform(get("/api/v1/projects?size=200").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.content[*].enterpriseId", Matchers.everyItem(Matchers.is((int) ownEnterprise))))
                .andExpect(jsonPath("$.content[*].id", Matchers.hasItem((int) own)));
    }

    @Test
    void theEnterpriseContactSeesHisTaskForcesNameButNoLinkHeCouldNotFollow() throws Exception {
        long ownEnterprise =
                directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        String name = TestCodes.unique("示范企业专班");
        long taskForce = taskForces.create(new TaskForceForm(name, null, null, Set.of(), Set.of(), 0));
        long own = project(ownEnterprise, null, taskForce);
        String page = WebTestSupport.page(mvc, "enterprise", "/projects/" + own);
        assertThat(page).contains(">" + name + "<").doesNotContain("href=\"/task-forces/" + taskForce + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + own))
                .contains("href=\"/task-forces/" + taskForce + "\"");
    }

    @Test
    void leadOfficialListsOnlyTheProjectsHeLeads() throws Exception {
        long lead = userId("lead");
        long his = project(newEnterprise(), lead, null);
        long notHis = project(newEnterprise(), userId("lead2"), null);
        MockHttpSession session = WebTestSupport.login(mvc, "lead");

        String list = mvc.perform(get("/api/v1/projects?size=200").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> leads = JsonPath.read(list, "$.content[*].leadOfficialId");
        List<Number> ids = JsonPath.read(list, "$.content[*].id");
        assertThat(leads)
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id.longValue()).isEqualTo(lead));
        assertThat(ids).extracting(Number::longValue).contains(his).doesNotContain(notHis);
        mvc.perform(get("/api/v1/projects/" + notHis).session(session)).andExpect(status().isNotFound());
        // searched by the shared name part: the lead leads many projects of other tests, more than a page
        mvc.perform(get("/projects").param("q", "示范范围测试项目").param("size", "200").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-project-id=\"" + his + "\"")))
                .andExpect(
                        content().string(Matchers.not(Matchers.containsString("data-project-id=\"" + notHis + "\""))));
    }

    @Test
    void departmentHandlerSeesTheProjectsOfTaskForcesHisDepartmentServesIn() throws Exception {
        long land = departments.findByCode("ZRZY").orElseThrow().id();
        long power = departments.findByCode("GD").orElseThrow().id();
        long withLand = taskForce(Set.of(), Set.of(land, power));
        long withoutLand = taskForce(Set.of(), Set.of(power));
        long served = project(newEnterprise(), null, withLand);
        long notServed = project(newEnterprise(), null, withoutLand);
        MockHttpSession session = WebTestSupport.login(mvc, "handler");

        mvc.perform(get("/api/v1/projects/" + served).session(session)).andExpect(status().isOk());
        mvc.perform(get("/projects/" + served).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + notServed).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + notServed).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void taskForceMemberSeesTheProjectsOfHisTaskForcesOnly() throws Exception {
        long member = userId("taskforce");
        long his = project(newEnterprise(), null, taskForce(Set.of(member), Set.of()));
        long other = project(newEnterprise(), null, taskForce(Set.of(userId("dispatch")), Set.of()));
        MockHttpSession session = WebTestSupport.login(mvc, "taskforce");

        mvc.perform(get("/api/v1/projects/" + his).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + other).session(session)).andExpect(status().isNotFound());
    }

    /**
     * A task force's page listed its first 50 projects and no more, without a word: past them it links to the project
     * list filtered by the task force, whose label names the task force only to a reader who sees it.
     */
    @Test
    void aTaskForcesPageLinksToAllItsProjectsWhoseListNamesTheTaskForceOnlyToThoseWhoSeeIt() throws Exception {
        String name = TestCodes.unique("大专班");
        long taskForce = taskForces.create(new TaskForceForm(name, null, null, Set.of(), Set.of(), 0));
        long enterprise = newEnterprise();
        for (int i = 0; i <= 50; i++) {
            project(enterprise, null, taskForce);
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/task-forces/" + taskForce))
                .contains("查看全部 51 个项目", "href=\"/projects?taskForceId=" + taskForce + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects?taskForceId=" + taskForce))
                .contains("专班：" + name, "共 51 条");
        // lead2 leads neither the task force nor one of its projects: the filtered list does not name it
        assertThat(WebTestSupport.page(mvc, "lead2", "/projects?taskForceId=" + taskForce))
                .doesNotContain(name)
                .contains("共 0 条");

        long small = taskForce(Set.of(), Set.of());
        project(enterprise, null, small);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/task-forces/" + small))
                .doesNotContain("查看全部", "task-force-all-projects");
    }

    /** A filter by an enterprise the reader does not see once labelled the list 「企业：null」: it shows no label. */
    @Test
    void theProjectListNamesTheFilteredEnterpriseOnlyToThoseWhoSeeIt() throws Exception {
        String name = TestCodes.unique("示范筛选企业");
        long foreign = enterprises
                .register(new EnterpriseForm(name, TestCodes.creditCode(), null, null, null, null, null, null, 0))
                .id();
        project(foreign, null, null);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects?enterpriseId=" + foreign))
                .contains("id=\"enterprise-filter\"", "企业：" + name, "共 1 条");
        for (String reader : List.of("enterprise", "handler")) {
            assertThat(WebTestSupport.page(mvc, reader, "/projects?enterpriseId=" + foreign))
                    .as(reader)
                    .doesNotContain("enterprise-filter", "企业：null", name)
                    .contains("name=\"enterpriseId\" value=\"" + foreign + "\"", "共 0 条");
        }
    }

    private long project(long enterpriseId, Long leadOfficialId, Long taskForceId) {
        return projects.create(new ProjectForm(
                TestCodes.unique("示范范围测试项目"),
                null,
                enterpriseId,
                ProjectLevel.DISTRICT,
                ProjectStage.PLANNED,
                new BigDecimal("1000"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2027, 3, 1),
                leadOfficialId,
                taskForceId,
                null,
                null,
                0));
    }

    private long taskForce(Set<Long> members, Set<Long> departmentIds) {
        return taskForces.create(new TaskForceForm(TestCodes.unique("示范测试专班"), null, null, members, departmentIds, 0));
    }

    private long newEnterprise() {
        return enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("示范范围测试企业"), TestCodes.creditCode(), null, null, null, null, null, null, 0))
                .id();
    }

    private long userId(String username) {
        return directory.findByUsername(username).orElseThrow().id();
    }

    private String token(MockHttpSession session) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"scope test\", \"expiresInDays\": 1}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}

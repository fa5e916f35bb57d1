package cn.zhuanban.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ScopedProjects;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The enterprise directory, with its contact names and phone numbers, follows the project scope: a lead official,
 * a task-force member and a department handler read the enterprises of the projects they see, and any other is not
 * found (404) on the page, in the API and the export and is missing from the lists and pick lists. An enterprise
 * contact reads his own enterprise, the whole district all of them.
 */
@IntegrationTest
class EnterpriseDirectoryScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    ScopedProjects world;

    @BeforeEach
    void setUp() {
        world = ScopedProjects.create(
                new ServiceFixtures(enterprises, taskForces, projects, directory),
                enterprises,
                directory,
                new CustomRoleAccounts(roles, identity, directory),
                Set.of(Permissions.ENTERPRISE_VIEW, Permissions.ENTERPRISE_EXPORT));
    }

    @Test
    void aDepartmentHandlerReadsTheEnterprisesOfHisDepartmentsProjectsOnly() throws Exception {
        MockHttpSession handler = WebTestSupport.login(mvc, "handler");

        readable(handler, world.servedEnterprise());
        notFound(handler, world.ledEnterprise());
        assertThat(apiListed(handler)).containsExactly(world.servedEnterprise());
        assertThat(listed(handler)).containsExactly(world.servedEnterprise());
        assertThat(choices(handler)).contains(world.token() + "甲").doesNotContain(world.token() + "乙");
    }

    @Test
    void aLeadOfficialReadsTheEnterprisesOfTheProjectsHeLeads() throws Exception {
        MockHttpSession lead2 = WebTestSupport.login(mvc, "lead2");

        readable(lead2, world.ledEnterprise());
        notFound(lead2, world.servedEnterprise());
        assertThat(apiListed(lead2)).containsExactly(world.ledEnterprise());
    }

    @Test
    void aTaskForceMemberReadsTheEnterprisesOfHisTaskForcesProjects() throws Exception {
        MockHttpSession taskforce = WebTestSupport.login(mvc, "taskforce");

        readable(taskforce, world.servedEnterprise());
        notFound(taskforce, world.ledEnterprise());
        assertThat(apiListed(taskforce)).containsExactly(world.servedEnterprise());
    }

    @Test
    void aListFilteredByAnEnterpriseOutsideTheScopeDoesNotNameIt() throws Exception {
        String led = world.token() + "乙";
        String served = world.token() + "甲";

        for (String user : List.of("handler", "enterprise")) {
            assertThat(WebTestSupport.page(mvc, user, "/projects?enterpriseId=" + world.ledEnterprise()))
                    .as(user)
                    .doesNotContain(led);
        }
        assertThat(WebTestSupport.page(mvc, "handler", "/projects?enterpriseId=" + world.servedEnterprise()))
                .as("an enterprise in scope is named beside the filter")
                .contains(served);

        // The contact log of an enterprise is that enterprise's page: outside the scope it is not found.
        MockHttpSession taskforce = WebTestSupport.login(mvc, "taskforce");
        mvc.perform(get("/contacts")
                        .param("enterpriseId", Long.toString(world.ledEnterprise()))
                        .session(taskforce))
                .andExpect(status().isNotFound());
        assertThat(WebTestSupport.page(mvc, "taskforce", "/contacts?enterpriseId=" + world.servedEnterprise()))
                .contains(served);
    }

    @Test
    void anEnterpriseContactAndAnotherDepartmentReadNone() throws Exception {
        for (String user : List.of("enterprise", "handler-power")) {
            MockHttpSession session = WebTestSupport.login(mvc, user);
            notFound(session, world.servedEnterprise());
            notFound(session, world.ledEnterprise());
            assertThat(apiListed(session)).as(user).isEmpty();
        }
    }

    /**
     * Whoever registers projects names any enterprise of the directory on the form (a new project's enterprise is not
     * yet among his projects'), yet reads none outside his scope.
     */
    @Test
    void aProjectRegistrarWithANarrowScopeNamesAnyEnterpriseButReadsOnlyHisOwn() throws Exception {
        String registrar = new CustomRoleAccounts(roles, identity, directory)
                .create(
                        DataScope.TASK_FORCE,
                        null,
                        Set.of(Permissions.PROJECT_VIEW, Permissions.PROJECT_CREATE, Permissions.ENTERPRISE_VIEW));
        MockHttpSession session = WebTestSupport.login(mvc, registrar);

        assertThat(choices(session)).contains(world.token() + "甲", world.token() + "乙");
        notFound(session, world.ledEnterprise());
        assertThat(apiListed(session)).isEmpty();
    }

    /** Registering an enterprise none of his projects names yet ends on the directory with a word, not on a 404. */
    @Test
    void aNarrowScopeRegistrarIsToldTheNewEnterpriseIsOutsideHisScope() throws Exception {
        String registrar = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.TASK_FORCE, null, Set.of(Permissions.ENTERPRISE_VIEW, Permissions.ENTERPRISE_CREATE));
        MockHttpSession session = WebTestSupport.login(mvc, registrar);

        mvc.perform(post("/enterprises")
                        .param("name", TestCodes.unique("范围外企业"))
                        .param("creditCode", TestCodes.creditCode())
                        .param("version", "0")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises"))
                .andExpect(flash().attribute("flash", "enterprise.saved-out-of-scope"));
    }

    @Test
    void theWholeDistrictReadsEveryEnterprise() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        readable(dispatch, world.ledEnterprise());
        assertThat(apiListed(dispatch))
                .containsExactlyInAnyOrder(
                        world.servedEnterprise(), world.ledEnterprise(), world.exportersEnterprise());
    }

    @Test
    void theExportHoldsTheEnterprisesInScopeOnly() throws Exception {
        MockHttpSession exporter = WebTestSupport.login(mvc, world.exporter());
        notFound(exporter, world.servedEnterprise());

        byte[] body = mvc.perform(
                        get("/enterprises/export").param("q", world.token()).session(exporter))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(cells(body)).contains(world.token() + "丙").doesNotContain(world.token() + "甲", world.token() + "乙");
    }

    /** The demo's narrower scopes list the enterprises of their projects: not all 22 with their phone numbers. */
    @Test
    void theDemoUsersListTheEnterprisesOfTheirProjects() throws Exception {
        for (String user : List.of("handler", "handler-power", "lead2", "taskforce")) {
            MockHttpSession session = WebTestSupport.login(mvc, user);
            String projectPage = mvc.perform(
                            get("/api/v1/projects").param("size", "200").session(session))
                    .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.lessThanOrEqualTo(200)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<Integer> ofProjects = JsonPath.read(projectPage, "$.content[*].enterpriseId");
            String enterprisePage = mvc.perform(
                            get("/api/v1/enterprises").param("size", "200").session(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<Integer> listed = JsonPath.read(enterprisePage, "$.content[*].id");
            assertThat(new HashSet<>(listed)).as(user).isEqualTo(new HashSet<>(ofProjects));
        }
    }

    private void readable(MockHttpSession session, long enterprise) throws Exception {
        mvc.perform(get("/enterprises/" + enterprise).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises/" + enterprise).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactPhone").value("13800138000"));
    }

    private void notFound(MockHttpSession session, long enterprise) throws Exception {
        mvc.perform(get("/enterprises/" + enterprise).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + enterprise).session(session))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    private List<Long> apiListed(MockHttpSession session) throws Exception {
        String body = mvc.perform(get("/api/v1/enterprises")
                        .param("q", world.token())
                        .param("size", "100")
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(body, "$.content[*].id");
        return ids.stream().map(Integer::longValue).toList();
    }

    private List<Long> listed(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/enterprises").param("q", world.token()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return List.of(world.servedEnterprise(), world.ledEnterprise(), world.exportersEnterprise()).stream()
                .filter(id -> page.contains("/enterprises/" + id + "\""))
                .toList();
    }

    private String choices(MockHttpSession session) throws Exception {
        return mvc.perform(get("/enterprises/choices")
                        .param("enterpriseQ", world.token())
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String cells(byte[] xlsx) throws Exception {
        List<String> texts = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return String.join("|", texts);
    }
}

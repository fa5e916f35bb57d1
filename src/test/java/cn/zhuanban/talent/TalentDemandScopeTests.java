package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ScopedProjects;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Talent demands follow the project scope: a department handler, a lead official and a task-force member read the
 * demands of the projects they see, and any other is not found (404) on the page, in the API and its match list,
 * and missing from the list, the export and the fill rates, as the project itself is. The offices that recruit read
 * every demand.
 */
@IntegrationTest
class TalentDemandScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TalentManagement talent;

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
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    ScopedProjects world;
    long served;
    long led;
    long exporters;
    long enterprisesOwn;

    @BeforeEach
    void setUp() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        world = ScopedProjects.create(
                fx,
                enterprises,
                directory,
                new CustomRoleAccounts(roles, identity, directory),
                Set.of(Permissions.TALENT_DEMAND_VIEW, Permissions.TALENT_DEMAND_EXPORT));
        CurrentUser dispatch = fx.user("dispatch");
        served = demand(dispatch, world.servedEnterprise(), world.servedProject(), "甲");
        led = demand(dispatch, world.ledEnterprise(), world.ledProject(), "乙");
        exporters = demand(dispatch, world.exportersEnterprise(), world.exportersProject(), "丙");
        enterprisesOwn = demand(dispatch, world.servedEnterprise(), null, "丁");
    }

    @Test
    void aDepartmentHandlerReadsTheDemandsOfHisDepartmentsProjectsOnly() throws Exception {
        MockHttpSession handler = WebTestSupport.login(mvc, "handler");

        readable(handler, served);
        notFound(handler, led);
        notFound(handler, enterprisesOwn);
        assertThat(listed(handler)).containsExactly(served);
        assertThat(apiListed(handler)).containsExactly(served);
    }

    @Test
    void aLeadOfficialReadsTheDemandsOfTheProjectsHeLeads() throws Exception {
        MockHttpSession lead2 = WebTestSupport.login(mvc, "lead2");

        readable(lead2, led);
        notFound(lead2, served);
        assertThat(listed(lead2)).containsExactly(led);
        assertThat(apiListed(lead2)).containsExactly(led);
    }

    @Test
    void aTaskForceMemberReadsTheDemandsOfHisTaskForcesProjects() throws Exception {
        MockHttpSession taskforce = WebTestSupport.login(mvc, "taskforce");

        readable(taskforce, served);
        notFound(taskforce, led);
        assertThat(apiListed(taskforce)).containsExactly(served);
    }

    @Test
    void otherDepartmentsAndEnterprisesDoNotReadThem() throws Exception {
        for (String user : List.of("handler-power", "enterprise")) {
            MockHttpSession session = WebTestSupport.login(mvc, user);
            notFound(session, served);
            notFound(session, led);
            assertThat(apiListed(session)).as(user).isEmpty();
        }
    }

    @Test
    void theOfficesThatRecruitReadEveryDemand() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        readable(dispatch, led);
        assertThat(apiListed(dispatch)).containsExactlyInAnyOrder(served, led, exporters, enterprisesOwn);
    }

    @Test
    void theExportHoldsTheDemandsInScopeOnly() throws Exception {
        MockHttpSession exporter = WebTestSupport.login(mvc, world.exporter());
        notFound(exporter, served);

        byte[] body = mvc.perform(
                        get("/talent/demands/export").param("q", world.token()).session(exporter))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String cells = cells(body);
        assertThat(cells).contains(world.token() + "丙").doesNotContain(world.token() + "甲", world.token() + "乙");
    }

    @Test
    void theFillRatesCountTheProjectsInScopeOnly() throws Exception {
        String page = WebTestSupport.page(mvc, "lead2", "/talent/fill-rates");

        assertThat(page)
                .contains(projectReads.summary(world.ledProject()).orElseThrow().name());
        assertThat(page)
                .doesNotContain(projectReads
                        .summary(world.servedProject())
                        .orElseThrow()
                        .name());
    }

    @Test
    void aWriteToADemandOutsideTheScopeIsNotFoundBeforeItsFormIsRead() throws Exception {
        MockHttpSession taskforce = WebTestSupport.login(mvc, "taskforce");

        for (long demand : List.of(led, 999_999_999L)) {
            mvc.perform(post("/talent/demands/" + demand + "/status")
                            .session(taskforce)
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/talent/demands/" + demand).session(taskforce).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // In scope, the missing status is still named: the order changed, not the answer.
        mvc.perform(post("/talent/demands/" + served + "/status")
                        .session(taskforce)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aListFilteredByAProjectOrEnterpriseOutsideTheScopeDoesNotNameIt() throws Exception {
        String ledProject =
                projectReads.summary(world.ledProject()).orElseThrow().name();
        String servedProject =
                projectReads.summary(world.servedProject()).orElseThrow().name();

        assertThat(WebTestSupport.page(mvc, "handler", "/talent/demands?projectId=" + world.ledProject()))
                .doesNotContain(ledProject);
        assertThat(WebTestSupport.page(mvc, "handler", "/talent/demands?enterpriseId=" + world.ledEnterprise()))
                .doesNotContain(world.token() + "乙");
        assertThat(WebTestSupport.page(mvc, "enterprise", "/talent/demands?projectId=" + world.servedProject()))
                .doesNotContain(servedProject);
        assertThat(WebTestSupport.page(mvc, "handler", "/talent/demands?projectId=" + world.servedProject()))
                .as("a project in scope is named beside the filter")
                .contains(servedProject);
    }

    @Test
    void aTaskForceMemberRecordsADemandAgainstOneOfHisProjects() throws Exception {
        MockHttpSession taskforce = WebTestSupport.login(mvc, "taskforce");

        String refused = mvc.perform(demandForm(taskforce, null))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("请选择项目");

        mvc.perform(demandForm(taskforce, world.servedProject())).andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.RequestBuilder demandForm(MockHttpSession session, Long project) {
        var request = post("/talent/demands")
                .session(session)
                .with(csrf())
                .param("enterpriseId", Long.toString(world.servedEnterprise()))
                .param("position", world.token() + "戊")
                .param("headcount", "1")
                .param("education", "BACHELOR")
                .param("discipline", "药学")
                .param("minYears", "1")
                .param("urgency", "NORMAL")
                .param("version", "0");
        return project == null ? request : request.param("projectId", Long.toString(project));
    }

    private void readable(MockHttpSession session, long demand) throws Exception {
        mvc.perform(get("/talent/demands/" + demand).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/talent/demands/" + demand).session(session)).andExpect(status().isOk());
    }

    private void notFound(MockHttpSession session, long demand) throws Exception {
        mvc.perform(get("/talent/demands/" + demand).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/talent/demands/" + demand).session(session))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/v1/talent/demands/" + demand + "/matches").session(session))
                .andExpect(status().isNotFound());
    }

    /** The demands of this test that the list page links to. */
    private List<Long> listed(MockHttpSession session) throws Exception {
        String page = mvc.perform(
                        get("/talent/demands").param("q", world.token()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return List.of(served, led, exporters, enterprisesOwn).stream()
                .filter(id -> page.contains("/talent/demands/" + id + "\""))
                .toList();
    }

    private List<Long> apiListed(MockHttpSession session) throws Exception {
        String body = mvc.perform(get("/api/v1/talent/demands")
                        .param("q", world.token())
                        .param("size", "100")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(Matchers.lessThanOrEqualTo(4)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = com.jayway.jsonpath.JsonPath.read(body, "$.content[*].id");
        return ids.stream().map(Integer::longValue).toList();
    }

    private long demand(CurrentUser user, long enterprise, Long project, String suffix) {
        return talent.createDemand(
                user,
                new DemandForm(
                        enterprise,
                        project,
                        world.token() + suffix,
                        2,
                        Education.BACHELOR,
                        "药学",
                        1,
                        null,
                        null,
                        Urgency.NORMAL,
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(2),
                        null,
                        null,
                        0));
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

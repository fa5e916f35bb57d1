package cn.zhuanban.enterpriseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ScopedProjects;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
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
 * Enterprise plans follow the project scope: a plan is read by whoever sees a project of its enterprise, and by a
 * department that owns one of its measures; for anyone else it is not found (404) on the page, its versions, its
 * comparison and its Word file, and missing from the list and its export.
 */
@IntegrationTest
class EnterprisePlanScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterprisePlanManagement plans;

    @Autowired
    EnterprisePlanLists lists;

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
    long measured;

    @BeforeEach
    void setUp() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        world = ScopedProjects.create(
                fx,
                enterprises,
                directory,
                new CustomRoleAccounts(roles, identity, directory),
                Set.of(Permissions.ENTERPRISE_PLAN_VIEW));
        CurrentUser dispatch = fx.user("dispatch");
        served = plan(world.servedEnterprise(), dispatch);
        plans.approve(served, 1, fx.user("lead")); // its Word file is the approved version
        led = plan(world.ledEnterprise(), dispatch);
        exporters = plan(world.exportersEnterprise(), dispatch);
        long unserved = enterprises
                .register(new EnterpriseForm(
                        world.token() + "丁", TestCodes.creditCode(), null, null, null, null, null, null, 0))
                .id();
        measured = plan(unserved, dispatch);
        Long handlersDepartment =
                directory.findByUsername("handler").orElseThrow().departmentId();
        plans.addMeasure(measured, new MeasureForm("用地预审协调", null, handlersDepartment, null, "", "", ""), dispatch);
    }

    @Test
    void aDepartmentHandlerReadsThePlansOfHisProjectsAndThoseWithHisMeasures() throws Exception {
        MockHttpSession handler = WebTestSupport.login(mvc, "handler");

        readable(handler, served);
        readable(handler, measured);
        notFound(handler, led);
        assertThat(listed(handler)).containsExactlyInAnyOrder(served, measured);
        assertThat(exported(handler))
                .contains(world.token() + "甲", world.token() + "丁")
                .doesNotContain(world.token() + "乙", world.token() + "丙");
    }

    @Test
    void anotherDepartmentDoesNotReadAPlanForAMeasureOfAnotherDepartment() throws Exception {
        MockHttpSession handlerPower = WebTestSupport.login(mvc, "handler-power");

        notFound(handlerPower, measured);
        notFound(handlerPower, served);
        assertThat(listed(handlerPower)).isEmpty();
    }

    @Test
    void aLeadOfficialReadsThePlansOfTheEnterprisesWhoseProjectsHeLeads() throws Exception {
        MockHttpSession lead2 = WebTestSupport.login(mvc, "lead2");

        readable(lead2, led);
        notFound(lead2, served);
        notFound(lead2, measured);
        assertThat(listed(lead2)).containsExactly(led);
    }

    @Test
    void aTaskForceMemberReadsThePlansOfHisTaskForcesEnterprises() throws Exception {
        MockHttpSession taskforce = WebTestSupport.login(mvc, "taskforce");

        readable(taskforce, served);
        notFound(taskforce, led);
        assertThat(listed(taskforce)).containsExactly(served);
    }

    @Test
    void aWriteToAPlanOutsideTheScopeIsNotFoundBeforeItsFormIsRead() throws Exception {
        MockHttpSession lead2 = WebTestSupport.login(mvc, "lead2");

        for (long plan : List.of(served, 999_999_999L)) {
            String at = "/enterprise-plans/" + plan;
            for (String path :
                    List.of(at + "/approve", at + "/new-version", at + "/measures", at + "/measures/1/progress")) {
                mvc.perform(post(path).session(lead2).with(csrf())).andExpect(status().isNotFound());
            }
        }
        // A measure not of this plan is not found either; in scope the missing version is still named.
        mvc.perform(post("/enterprise-plans/" + led + "/measures/999999999/progress")
                        .session(lead2)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprise-plans/" + led + "/approve").session(lead2).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEnterpriseContactReadsNoOtherEnterprisesPlan() throws Exception {
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");

        notFound(enterprise, served);
        assertThat(listed(enterprise)).isEmpty();
    }

    @Test
    void theWholeDistrictReadsEveryPlan() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        readable(dispatch, led);
        assertThat(listed(dispatch)).containsExactlyInAnyOrder(served, led, exporters, measured);
    }

    /**
     * The demo's 康元 plan is read by exactly those who read a 康元 project: 供电公司 (handler-power) serves on the
     * task force of 康元's projects, so its handler reads the plan as he reads the projects; lead2 and enterprise2
     * read neither.
     */
    @Test
    void theDemoPlanIsReadWhereItsEnterprisesProjectIsRead() throws Exception {
        CurrentUser staff = new ServiceFixtures(enterprises, taskForces, projects, directory).user("dispatch");
        long kangyuanProject = projectReads
                .search(
                        new ProjectFilter("康元生物高端原料药项目", null, null, null, null, null, null),
                        staff,
                        new PageQuery(0, 1))
                .content()
                .getFirst()
                .id();
        long kangyuan = projectReads.summary(kangyuanProject).orElseThrow().enterpriseId();
        long plan = lists.planOf(kangyuan, staff).orElseThrow();
        for (String user : List.of("handler", "handler-power", "taskforce", "lead", "lead2", "enterprise2")) {
            MockHttpSession session = WebTestSupport.login(mvc, user);
            int project = mvc.perform(get("/api/v1/projects/" + kangyuanProject).session(session))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            int page = mvc.perform(get("/enterprise-plans/" + plan).session(session))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(page).as(user).isEqualTo(project);
        }
    }

    private long plan(long enterprise, CurrentUser user) {
        return plans.create(enterprise, new PlanForm("企业现状：" + world.token(), "企业诉求：用电增容。", "", "", "", 0), user);
    }

    /**
     * A comparison needs two versions, a Word file an approved one (refused as such, 409, otherwise): in scope these
     * are read only where they exist.
     */
    private void readable(MockHttpSession session, long plan) throws Exception {
        List<String> paths = paths(plan).stream()
                .filter(p -> !p.endsWith("/diff") && (plan == served || !p.endsWith(".docx")))
                .toList();
        for (String path : paths) {
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
        }
    }

    private void notFound(MockHttpSession session, long plan) throws Exception {
        for (String path : paths(plan)) {
            mvc.perform(get(path).session(session)).andExpect(status().isNotFound());
        }
    }

    private static List<String> paths(long plan) {
        String at = "/enterprise-plans/" + plan;
        return List.of(at, at + "/versions", at + "/diff", at + "/plan.docx");
    }

    private List<Long> listed(MockHttpSession session) throws Exception {
        String page = mvc.perform(
                        get("/enterprise-plans").param("q", world.token()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return List.of(served, led, exporters, measured).stream()
                .filter(id -> page.contains("/enterprise-plans/" + id + "\""))
                .toList();
    }

    private String exported(MockHttpSession session) throws Exception {
        byte[] body = mvc.perform(get("/enterprise-plans/export")
                        .param("q", world.token())
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> texts = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return String.join("|", texts);
    }
}

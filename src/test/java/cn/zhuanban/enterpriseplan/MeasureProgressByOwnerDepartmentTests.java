package cn.zhuanban.enterpriseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureView;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every measure carries an owner department, and that department reports how far it has come: the handler of the
 * owner department records the progress of his department's measures (on the page and by the request, audited as any
 * progress), and of no other department's; he still changes nothing else of the plan.
 */
@IntegrationTest
class MeasureProgressByOwnerDepartmentTests {

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
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    JdbcClient jdbc;

    CurrentUser dispatch;
    long planId;
    long powerMeasure;
    long otherMeasure;

    @BeforeEach
    void setUp() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        long enterprise = fx.enterprise();
        fx.project(enterprise, null); // led by "lead"; 供电公司 reads the plan through its measure only
        planId = plans.create(enterprise, new PlanForm("企业现状：厂房在建。", "诉求：用电增容。", "", "", null, 0), dispatch);
        long power = departments.tree().stream()
                .filter(d -> "GD".equals(d.code()))
                .findFirst()
                .orElseThrow()
                .id();
        Long handlersDepartment =
                directory.findByUsername("handler").orElseThrow().departmentId();
        plans.addMeasure(planId, measure("施工临时用电增容协调", power), dispatch);
        plans.addMeasure(planId, measure("用地预审协调", handlersDepartment), dispatch);
        plans.approve(planId, 1, fx.user("lead"));
        powerMeasure = measureId("施工临时用电增容协调");
        otherMeasure = measureId("用地预审协调");
    }

    @Test
    void theOwnerDepartmentsHandlerSeesTheProgressFormOnHisMeasureOnly() throws Exception {
        String page = mvc.perform(
                        get("/enterprise-plans/{id}", planId).session(WebTestSupport.login(mvc, "handler-power")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(progressPath(powerMeasure))
                .doesNotContain(progressPath(otherMeasure))
                .doesNotContain("id=\"measure-new\"")
                .doesNotContain("id=\"plan-new-version\"");
        // the task force still records the progress of every measure
        assertThat(lists.plan(planId, null, dispatch).measures()).allMatch(MeasureView::progressRecordable);
    }

    @Test
    void theOwnerDepartmentsHandlerRecordsTheProgressOfHisMeasureAndItIsAudited() throws Exception {
        mvc.perform(post(progressPath(powerMeasure))
                        .session(WebTestSupport.login(mvc, "handler-power"))
                        .with(csrf())
                        .param("progress", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());

        assertThat(measureOf(powerMeasure).progress()).isEqualTo(MeasureProgress.IN_PROGRESS);
        AuditTrail.awaitRecord(
                jdbc,
                "enterprise-plan.measure-progress",
                Long.toString(planId),
                "施工临时用电增容协调: NOT_STARTED → IN_PROGRESS");
    }

    @Test
    void aHandlerRecordsNoProgressOnAnotherDepartmentsMeasureNorChangesThePlan() throws Exception {
        MockHttpSession handlerPower = WebTestSupport.login(mvc, "handler-power");

        mvc.perform(post(progressPath(otherMeasure))
                        .session(handlerPower)
                        .with(csrf())
                        .param("progress", "DONE"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("该措施由其他部门负责")));
        mvc.perform(post("/enterprise-plans/{p}/measures/{m}/remove", planId, powerMeasure)
                        .session(handlerPower)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/enterprise-plans/{id}/new-version", planId)
                        .session(handlerPower)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(measureOf(otherMeasure).progress()).isEqualTo(MeasureProgress.NOT_STARTED);
        assertThat(lists.plan(planId, null, dispatch).latestNumber()).isEqualTo(1);
    }

    private String progressPath(long measure) {
        return "/enterprise-plans/" + planId + "/measures/" + measure + "/progress";
    }

    private long measureId(String title) {
        return lists.plan(planId, null, dispatch).measures().stream()
                .filter(m -> m.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private MeasureView measureOf(long measure) {
        return lists.plan(planId, null, dispatch).measures().stream()
                .filter(m -> m.id() == measure)
                .findFirst()
                .orElseThrow();
    }

    private static MeasureForm measure(String title, Long department) {
        return new MeasureForm(title, null, department, LocalDate.of(2026, 12, 15), "", "", "");
    }
}

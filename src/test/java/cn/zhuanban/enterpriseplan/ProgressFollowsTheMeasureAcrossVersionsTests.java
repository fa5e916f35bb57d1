package cn.zhuanban.enterpriseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureView;
import cn.zhuanban.enterpriseplan.PlanViews.ProgressStep;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.NotFoundException;
import java.time.LocalDate;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Progress belongs to the measure, not to one version's copy of it: what the owner department records while the next
 * version is a draft shows on the approved version the enterprise reads, the history stays when the draft is
 * approved, and a department records none on a measure it does not own, from either version's page.
 */
@IntegrationTest
class ProgressFollowsTheMeasureAcrossVersionsTests {

    private static final String POWER_MEASURE = "施工临时用电增容协调";
    private static final String OTHER_MEASURE = "用地预审协调";

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
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fx;
    CurrentUser dispatch;
    CurrentUser contact;
    MockHttpSession contactSession;
    long planId;
    long power;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        long enterprise = fx.enterprise();
        fx.project(enterprise, null); // led by "lead"
        planId = plans.create(enterprise, new PlanForm("企业现状：厂房在建。", "诉求：用电增容。", "", "", null, 0), dispatch);
        power = departments.tree().stream()
                .filter(d -> "GD".equals(d.code()))
                .findFirst()
                .orElseThrow()
                .id();
        Long handlersDepartment =
                directory.findByUsername("handler").orElseThrow().departmentId();
        plans.addMeasure(planId, measure(POWER_MEASURE, power), dispatch);
        plans.addMeasure(planId, measure(OTHER_MEASURE, handlersDepartment), dispatch);
        plans.approve(planId, 1, fx.user("lead"));
        String username = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ENTERPRISE, enterprise, Set.of(Permissions.ENTERPRISE_PLAN_VIEW));
        contact = fx.user(username);
        contactSession = WebTestSupport.login(mvc, username);
    }

    @Test
    void progressRecordedOnTheDraftShowsOnTheApprovedVersionTheEnterpriseReadsAndStaysAfterApproval() throws Exception {
        plans.newVersion(planId, dispatch);
        MockHttpSession handlerPower = WebTestSupport.login(mvc, "handler-power");

        // from the draft's page, on the draft's copy of the measure
        mvc.perform(post(progressPath(measureId(2, POWER_MEASURE)))
                        .session(handlerPower)
                        .with(csrf())
                        .param("progress", "IN_PROGRESS")
                        .param("version", "2"))
                .andExpect(status().is3xxRedirection());
        // and from the approved version's page, on its copy
        mvc.perform(post(progressPath(measureId(1, POWER_MEASURE)))
                        .session(handlerPower)
                        .with(csrf())
                        .param("progress", "DONE")
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection());

        MeasureView onV1 = measure(lists.plan(planId, null, contact), POWER_MEASURE);
        assertThat(lists.plan(planId, null, contact).version().number()).isEqualTo(1);
        assertThat(onV1.progress()).isEqualTo(MeasureProgress.DONE);
        assertThat(onV1.history())
                .extracting(ProgressStep::progress)
                .containsExactly(MeasureProgress.IN_PROGRESS, MeasureProgress.DONE);
        assertThat(html("/enterprise-plans/" + planId, contactSession))
                .contains("id=\"plan-version\">v1<")
                .contains("进展记录（2 条）")
                .contains("已完成");
        MeasureView onDraft = measure(lists.plan(planId, 2, dispatch), POWER_MEASURE);
        assertThat(onDraft.history()).isEqualTo(onV1.history());
        AuditTrail.awaitRecord(
                jdbc,
                "enterprise-plan.measure-progress",
                Long.toString(planId),
                POWER_MEASURE + ": NOT_STARTED → IN_PROGRESS");
        AuditTrail.awaitRecord(
                jdbc,
                "enterprise-plan.measure-progress",
                Long.toString(planId),
                POWER_MEASURE + ": IN_PROGRESS → DONE");

        noteWhatChangedInVersion2();
        plans.approve(planId, 2, fx.user("lead"));

        MeasureView onV2 = measure(lists.plan(planId, null, contact), POWER_MEASURE);
        assertThat(lists.plan(planId, null, contact).version().number()).isEqualTo(2);
        assertThat(onV2.progress()).isEqualTo(MeasureProgress.DONE);
        assertThat(onV2.history()).isEqualTo(onV1.history());
        assertThat(measure(lists.plan(planId, 1, contact), POWER_MEASURE).history())
                .isEqualTo(onV1.history());
        // the older version shows the history but no longer takes progress
        long v1Copy = measureId(1, POWER_MEASURE);
        Assertions.assertThatThrownBy(() -> plans.recordProgress(planId, v1Copy, MeasureProgress.SUSPENDED, dispatch))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMeasureOnlyInTheDraftShowsItsProgressToTheEnterpriseOnceApprovedAndARemovedOneKeepsItsHistory() {
        plans.recordProgress(planId, measureId(1, OTHER_MEASURE), MeasureProgress.IN_PROGRESS, dispatch);
        plans.newVersion(planId, dispatch);
        plans.removeMeasure(planId, measureId(2, OTHER_MEASURE), dispatch);
        plans.addMeasure(planId, measure("变电站选址协调", power), dispatch);
        plans.recordProgress(planId, measureId(2, "变电站选址协调"), MeasureProgress.IN_PROGRESS, dispatch);

        assertThat(lists.plan(planId, null, contact).measures())
                .extracting(MeasureView::title)
                .containsExactly(POWER_MEASURE, OTHER_MEASURE);
        assertThat(measure(lists.plan(planId, 2, dispatch), "变电站选址协调").history())
                .hasSize(1);

        noteWhatChangedInVersion2();
        plans.approve(planId, 2, fx.user("lead"));

        assertThat(measure(lists.plan(planId, null, contact), "变电站选址协调").progress())
                .isEqualTo(MeasureProgress.IN_PROGRESS);
        assertThat(measure(lists.plan(planId, 1, contact), OTHER_MEASURE).history())
                .extracting(ProgressStep::progress)
                .containsExactly(MeasureProgress.IN_PROGRESS);
    }

    @Test
    void anotherDepartmentRecordsNoProgressOnAMeasureItDoesNotOwnFromEitherVersion() throws Exception {
        plans.newVersion(planId, dispatch);
        // the draft hands the measure to the power company: not its to report before the draft is approved
        MeasureView draftCopy = measure(lists.plan(planId, 2, dispatch), OTHER_MEASURE);
        plans.editMeasure(
                planId,
                draftCopy.id(),
                new MeasureForm(
                        OTHER_MEASURE, null, power, LocalDate.of(2026, 12, 15), "", "", "", draftCopy.version()),
                dispatch);
        MockHttpSession handlerPower = WebTestSupport.login(mvc, "handler-power");

        for (int version : new int[] {1, 2}) {
            mvc.perform(post(progressPath(measureId(version, OTHER_MEASURE)))
                            .session(handlerPower)
                            .with(csrf())
                            .param("progress", "DONE"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("该措施由其他部门负责")));
            assertThat(html("/enterprise-plans/" + planId + "?version=" + version, handlerPower))
                    .contains(progressPath(measureId(version, POWER_MEASURE)))
                    .doesNotContain(progressPath(measureId(version, OTHER_MEASURE)));
        }
        // the department that owns it in the version in force still reports from the draft's page
        mvc.perform(post(progressPath(measureId(2, OTHER_MEASURE)))
                        .session(WebTestSupport.login(mvc, "handler"))
                        .with(csrf())
                        .param("progress", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());

        assertThat(measure(lists.plan(planId, 1, contact), OTHER_MEASURE).history())
                .extracting(ProgressStep::progress)
                .containsExactly(MeasureProgress.IN_PROGRESS);
    }

    /** From v2 on a version is approved only with its change note. */
    private void noteWhatChangedInVersion2() {
        PlanViews.VersionView draft = lists.plan(planId, 2, dispatch).version();
        plans.edit(
                planId,
                new PlanForm(
                        draft.situation(),
                        draft.needs(),
                        draft.policies(),
                        draft.expectedResults(),
                        "调整措施",
                        draft.version()),
                dispatch);
    }

    private String progressPath(long measure) {
        return "/enterprise-plans/" + planId + "/measures/" + measure + "/progress";
    }

    private long measureId(int version, String title) {
        return measure(lists.plan(planId, version, dispatch), title).id();
    }

    private static MeasureView measure(PlanViews.PlanView plan, String title) {
        return plan.measures().stream()
                .filter(m -> m.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private String html(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static MeasureForm measure(String title, Long department) {
        return new MeasureForm(title, null, department, LocalDate.of(2026, 12, 15), "", "", "");
    }
}

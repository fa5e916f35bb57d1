package cn.zhuanban.enterpriseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** From the second version on, a plan version is approved only once it says what changed (本版变化说明). */
@IntegrationTest
class ChangeNoteBeforeApprovalTests {

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

    ServiceFixtures fx;
    CurrentUser dispatch;
    long planId;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        long enterprise = fx.enterprise();
        fx.project(enterprise, null); // led by "lead"
        planId = plans.create(enterprise, new PlanForm("企业现状：厂房在建。", "诉求：用电增容。", "", "", null, 0), dispatch);
    }

    @Test
    void theFirstVersionNeedsNoChangeNoteButTheSecondIsRefusedWithoutOne() throws Exception {
        plans.approve(planId, 1, fx.user("lead"));
        plans.newVersion(planId, dispatch);
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        mvc.perform(get("/enterprise-plans/{id}/edit", planId).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"change-note-hint\"")));

        assertThatThrownBy(() -> plans.approve(planId, 2, fx.user("lead")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.ENTERPRISE_PLAN_CHANGE_NOTE);
                    assertThat(e.field()).isEqualTo("changeNote");
                });
        mvc.perform(post("/enterprise-plans/{id}/approve", planId)
                        .session(lead)
                        .with(csrf())
                        .param("version", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("第 2 版还没有填写“本版变化说明”")));
        plans.edit(planId, new PlanForm("企业现状：厂房在建。", "诉求：用电增容。", "", "", "   ", 0), dispatch);
        assertThatThrownBy(() -> plans.approve(planId, 2, fx.user("lead"))).isInstanceOf(BusinessException.class);
        assertThat(lists.plan(planId, null, dispatch).version().approved()).isFalse();

        plans.edit(planId, new PlanForm("企业现状：厂房在建。", "诉求：用电增容、人才招引。", "", "", "增加人才诉求", 1), dispatch);
        plans.approve(planId, 2, fx.user("lead"));

        assertThat(lists.plan(planId, null, dispatch).version().approved()).isTrue();
        assertThat(lists.plan(planId, null, dispatch).version().changeNote()).isEqualTo("增加人才诉求");
    }
}

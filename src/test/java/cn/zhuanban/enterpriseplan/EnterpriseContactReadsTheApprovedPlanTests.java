package cn.zhuanban.enterpriseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A draft is the task force's work in progress, not yet what the district has committed to: the enterprise contact
 * opens his plan at the approved version in force, never reaches a draft (page, history, comparison, list, card), and
 * does not see a plan that was never approved. Staff still open the newest version.
 */
@IntegrationTest
class EnterpriseContactReadsTheApprovedPlanTests {

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
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long enterprise;
    long planId;
    MockHttpSession contact;
    CurrentUser contactUser;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        enterprise = fx.enterprise();
        fx.project(enterprise, null); // led by "lead"
        planId = plans.create(enterprise, new PlanForm("企业现状：第一版。", "诉求：用电增容。", "", "", null, 0), dispatch);
        String username = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ENTERPRISE, enterprise, Set.of(Permissions.ENTERPRISE_PLAN_VIEW));
        contact = WebTestSupport.login(mvc, username);
        contactUser = fx.user(username); // his scope and enterprise; the services check no permission
    }

    @Test
    void aPlanNeverApprovedIsNotYetTheEnterprises() throws Exception {
        mvc.perform(get("/enterprise-plans/{id}", planId).session(contact)).andExpect(status().isNotFound());
        mvc.perform(get("/enterprise-plans/{id}/versions", planId).session(contact))
                .andExpect(status().isNotFound());
        assertThat(html("/enterprise-plans", contact)).doesNotContain("/enterprise-plans/" + planId + "\"");
        assertThat(html("/enterprise-plans/fragments/enterprise/" + enterprise, contact))
                .doesNotContain("enterprise-plan-link");
        assertThat(lists.plans(null, null, contactUser, new PageQuery(0, 20)).content())
                .isEmpty();
    }

    @Test
    void theContactOpensTheApprovedVersionWhileStaffOpenTheNewDraft() throws Exception {
        plans.approve(planId, 1, fx.user("lead"));
        plans.newVersion(planId, dispatch);
        plans.edit(planId, new PlanForm("企业现状：第二版草稿。", "诉求：用电增容。", "", "", null, 0), dispatch);

        String page = html("/enterprise-plans/" + planId, contact);
        assertThat(page)
                .contains("企业现状：第一版。")
                .doesNotContain("第二版草稿")
                .contains("id=\"plan-version\">v1<")
                .doesNotContain("plan-old-version");
        mvc.perform(get("/enterprise-plans/{id}", planId).param("version", "2").session(contact))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprise-plans/{id}/diff", planId).param("to", "2").session(contact))
                .andExpect(status().isNotFound());
        assertThat(html("/enterprise-plans/" + planId + "/versions", contact))
                .contains("version=1")
                .doesNotContain("version=2");
        assertThat(html("/enterprise-plans/fragments/enterprise/" + enterprise, contact))
                .contains("/enterprise-plans/" + planId)
                .contains(">v1<")
                .doesNotContain(">v2<");

        assertThat(lists.plans(null, null, contactUser, new PageQuery(0, 20)).content())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.latestNumber()).isEqualTo(1);
                    assertThat(p.latestStatus()).isEqualTo(PlanStatus.APPROVED);
                });
        assertThat(lists.plans(null, PlanStatus.DRAFT, contactUser, new PageQuery(0, 20))
                        .content())
                .isEmpty();

        MockHttpSession staff = WebTestSupport.login(mvc, "dispatch");
        assertThat(html("/enterprise-plans/" + planId, staff)).contains("第二版草稿").contains("id=\"plan-version\">v2<");
        assertThat(html("/enterprise-plans/" + planId + "/versions", staff)).contains("version=2");
    }

    private String html(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The offices that recruit read every demand, a project's page only within their scope: a demand names its project to
 * everyone who sees the demand, but links to it only for those who may open it (a recruiter with a narrower scope
 * would follow the link into a "not found" page). A department handler no longer reads a demand of a project outside
 * his department at all.
 */
@IntegrationTest
class DemandProjectLinkTests {

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

    @Autowired
    TalentReports talentReports;

    @Test
    void aDemandLinksToItsProjectOnlyForWhoMayOpenIt() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long enterprise = fx.enterprise();
        long project = fx.project(enterprise, null); // no task force: outside the handler's department
        String projectName = projectReads.find(project, fx.user("dispatch")).name();
        long demand = talent.createDemand(
                fx.user("dispatch"),
                new DemandForm(
                        enterprise,
                        project,
                        "质量工程师",
                        1,
                        Education.BACHELOR,
                        "药学",
                        0,
                        null,
                        null,
                        Urgency.NORMAL,
                        null,
                        null,
                        null,
                        0));
        String link = "href=\"/projects/" + project + "\"";

        String recruiter = new CustomRoleAccounts(roles, identity, directory)
                .create(
                        DataScope.LED_PROJECTS,
                        null,
                        Set.of(Permissions.TALENT_DEMAND_VIEW, Permissions.TALENT_CANDIDATE_VIEW));
        assertThat(WebTestSupport.page(mvc, recruiter, "/talent/demands/" + demand))
                .contains(projectName)
                .doesNotContain(link);
        mvc.perform(get("/talent/demands/" + demand).session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isNotFound());
        assertThat(WebTestSupport.page(mvc, "dispatch", "/talent/demands/" + demand))
                .contains(link);
    }

    /**
     * Audit D11, D18: a project's demands say they are filtered and open the new-demand form with the project and its
     * enterprise chosen, the project list narrowed to that enterprise; the fill-rate page shows the cockpit's total.
     */
    @Test
    void aProjectsDemandsKeepTheProjectIntoTheFormAndTheFillRatesShowTheCockpitsTotal() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long enterprise = fx.enterprise();
        long project = fx.project(enterprise, null);
        long other = fx.project(fx.enterprise(), null);
        String projectName = projectReads.find(project, fx.user("dispatch")).name();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/talent/demands?projectId=" + project))
                .contains("id=\"demand-filter-project\"", projectName, "/talent/demands/new?projectId=" + project)
                // on a phone the list keeps position, filled and status; the other columns show from md up (audit D16)
                .contains("<th class=\"d-none d-md-table-cell\">");
        String form = WebTestSupport.page(mvc, "dispatch", "/talent/demands/new?projectId=" + project);
        String projectList = form.substring(form.indexOf("id=\"projectId\""));
        projectList = projectList.substring(0, projectList.indexOf("</select>"));
        assertThat(form)
                .containsPattern("<option value=\"" + enterprise + "\"[^>]*selected")
                .contains("hx-get=\"/projects/choices?blank=\"");
        assertThat(projectList)
                .containsPattern("<option value=\"" + project + "\"[^>]*selected")
                .doesNotContain("<option value=\"" + other + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/choices?enterpriseId=" + enterprise))
                .contains("<option value=\"" + project + "\"")
                .doesNotContain("<option value=\"" + other + "\"");

        var fill = talentReports.total(fx.user("leader"), projectReads.scope(fx.user("leader")));
        assertThat(WebTestSupport.page(mvc, "leader", "/talent/fill-rates"))
                .contains("id=\"fill-total\"", "同口径")
                .containsPattern("id=\"fill-total-rate\"><span>"
                        + (fill.rate() == null ? "—" : fill.rate().setScale(1, java.math.RoundingMode.HALF_UP) + "%"));
    }
}

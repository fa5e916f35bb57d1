package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Talent work is district-wide, a project's page is not: a demand names its project to everyone who sees the demand,
 * but links to it only for those who may open it (a department handler followed the link into a "not found" page).
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
    UserDirectory directory;

    @Test
    void aDemandLinksToItsProjectOnlyForWhoMayOpenIt() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long enterprise = fx.enterprise();
        long project = fx.project(enterprise, null); // no task force: outside the handler's department
        String projectName = projects.find(project, fx.user("dispatch")).name();
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

        String handler = WebTestSupport.page(mvc, "handler", "/talent/demands/" + demand);
        assertThat(handler).contains(projectName).doesNotContain(link);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/talent/demands/" + demand))
                .contains(link);
    }
}

package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.EnterpriseContacts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The enterprise contact sees who the chief service officer (首席服务员) of his project's task force is: on the project
 * page with the phone number, on his workbench card, and on the service evaluation pages that rate that person.
 */
@IntegrationTest
class ChiefServiceOfficerForTheEnterpriseTests {

    @Autowired
    MockMvc mvc;

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
    IdentityManagement identity;

    ServiceFixtures fx;
    UserView officer;
    long enterprise;
    long project;
    MockHttpSession contact;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        officer = directory.findByUsername("taskforce").orElseThrow();
        enterprise = fx.enterprise();
        project = fx.project(enterprise, fx.taskForce(officer.id(), Set.of(), Set.of()));
        contact = WebTestSupport.login(mvc, EnterpriseContacts.create(identity, directory, enterprise));
    }

    @Test
    void theProjectPageNamesTheChiefServiceOfficerWithHisPhone() throws Exception {
        String page = html("/projects/" + project);

        assertThat(page).contains("id=\"chief-service-officer\"").contains(officer.fullName());
        if (officer.phone() != null) {
            assertThat(page).contains("href=\"tel:" + officer.phone() + "\"");
        }
        mvc.perform(get("/api/v1/projects/" + project).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chiefServiceOfficer.name").value(officer.fullName()))
                .andExpect(jsonPath("$.chiefServiceOfficer.id").value(officer.id()));
    }

    @Test
    void theWorkbenchCardAndTheEvaluationPagesNameHim() throws Exception {
        assertThat(html("/")).contains("workbench-row-note").contains("首席服务员 " + officer.fullName());
        assertThat(html("/service-evaluations/mine")).contains("首席服务员：" + officer.fullName());
        assertThat(html("/service-evaluations/projects/" + project))
                .contains("id=\"evaluation-officer\"")
                .contains("首席服务员：" + officer.fullName());
    }

    @Test
    void aTaskForceWithoutChiefServiceOfficerSaysSo() throws Exception {
        long other = fx.project(enterprise, fx.taskForce(null, Set.of(officer.id()), Set.of()));

        assertThat(html("/projects/" + other)).contains("专班尚未指定首席服务员");
        assertThat(projectReads.find(other, fx.user("dispatch")).chiefServiceOfficer())
                .isNull();
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).session(contact))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A contact whose project belongs to another enterprise is refused in words, not with the project's number. */
@IntegrationTest
class ContactProjectOfAnotherEnterpriseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactLogManagement contacts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Test
    void aProjectOfAnotherEnterpriseIsRefusedSayingItDoesNotBelongToTheEnterprise() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long chosen = fx.enterprise();
        fx.project(chosen, taskForce);
        long other = fx.enterprise();
        long otherProject = fx.project(other, taskForce);
        MockHttpSession session = WebTestSupport.login(mvc, "taskforce");

        mvc.perform(post("/contacts")
                        .session(session)
                        .with(csrf())
                        .param("enterpriseId", Long.toString(chosen))
                        .param("projectId", Long.toString(otherProject))
                        .param("channel", "VISIT")
                        .param("contactedOn", "2026-01-06")
                        .param("content", "走访时谈到另一家企业的项目"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("所选项目不属于该企业")))
                // the refused choice is marked like the ticket form's, and the empty choices say what they are for
                .andExpect(
                        content().string(Matchers.containsString("class=\"form-select is-invalid\" id=\"projectId\"")))
                .andExpect(content().string(Matchers.containsString("<option value=\"\">请选择企业</option>")))
                .andExpect(content().string(Matchers.containsString("<option value=\"\">请选择项目</option>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("所选项不存在或不可选"))));
        assertThat(contacts.search(ContactFilter.ofEnterprise(chosen), fx.user("dispatch"), new PageQuery(0, 20))
                        .content())
                .isEmpty();
    }
}

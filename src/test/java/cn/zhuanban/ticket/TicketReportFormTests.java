package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import cn.zhuanban.project.TaskForceManagement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The report form asks for possible duplicates as project, category and title change; its project choice, and the
 * leader's instruction form's.
 */
@IntegrationTest
class TicketReportFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Test
    void projectCategoryAndTitleLookForDuplicatesAsTheyChange() throws Exception {
        String html = mvc.perform(get("/tickets/new").session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html.split("hx-get=\"/tickets/duplicates\"", -1)).hasSize(4);
        assertThat(html).contains("keyup changed delay:500ms, change").contains("id=\"description\"");
    }

    /**
     * An enterprise contact's blank form has his project chosen for him; a form refused without a project shows the
     * empty 请选择项目 chosen beside 必填项, not the first project as if it had been sent.
     */
    @Test
    void aFormRefusedWithoutAProjectShowsNoProjectChosen() throws Exception {
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise2");
        assertThat(projectSelect(mvc.perform(get("/tickets/new").session(enterprise))))
                .containsPattern("<option value=\"[0-9]+\" selected");

        String refused = projectSelect(mvc.perform(post("/tickets")
                .session(enterprise)
                .with(csrf())
                .param("projectId", "")
                .param("category", "POWER")
                .param("title", "未选项目")));
        assertThat(refused)
                .contains("is-invalid")
                .contains("<option value=\"\">请选择项目</option>")
                .doesNotContain("selected");
    }

    /**
     * The form's project choice: a leader of many projects chooses one; a lead official of one project has it chosen
     * on the blank form, but a form refused without a project shows 请选择项目 chosen beside 必填项, with what he typed,
     * not his only project as if he had sent it (fixed in 794862a5 without a test of this form).
     */
    @Test
    void theBlankFormChoosesAnOnlyProjectAndARefusedOneShowsNoneChosenBesideRequired() throws Exception {
        assertThat(projectSelect(
                        mvc.perform(get("/tickets/instructions/new").session(WebTestSupport.login(mvc, "leader")))))
                .contains("<option value=\"\">请选择项目</option>")
                .doesNotContain("selected");

        String username = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.LED_PROJECTS, null, Set.of(Permissions.TICKET_INSTRUCT), Set.of("LEAD_OFFICIAL"));
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long only = fx.project(fx.enterprise(), null, fx.userId(username));
        MockHttpSession lead = WebTestSupport.login(mvc, username);
        assertThat(projectSelect(mvc.perform(get("/tickets/instructions/new").session(lead))))
                .contains("<option value=\"" + only + "\" selected");

        long before = instructions();
        String refused = mvc.perform(post("/tickets/instructions")
                        .session(lead)
                        .with(csrf())
                        .param("projectId", "")
                        .param("category", "POWER")
                        .param("title", "未选项目的批示")
                        .param("content", "请尽快协调")
                        .param("departmentId", Long.toString(data.department("GD"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(select(refused))
                .contains("is-invalid", "<option value=\"\">请选择项目</option>", "<option value=\"" + only + "\"")
                .doesNotContain("selected");
        int field = refused.indexOf("id=\"projectId\"");
        assertThat(refused.substring(field, refused.indexOf("for=\"category\"", field)))
                .as("必填项 beside the project")
                .contains("必填项");
        assertThat(refused).contains("value=\"未选项目的批示\"", "请尽快协调");
        assertThat(instructions()).isEqualTo(before);
    }

    private static String projectSelect(ResultActions page) throws Exception {
        return select(page.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The form's project pick list. */
    private static String select(String html) {
        int start = html.indexOf("<select", html.indexOf("for=\"projectId\""));
        return html.substring(start, html.indexOf("</select>", start));
    }

    private long instructions() {
        return jdbc.sql("select count(*) from ticket where source = 'INSTRUCTION'")
                .query(Long.class)
                .single();
    }
}

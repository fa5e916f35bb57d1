package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TaskForcePickList;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A project's task force is picked from a page of the task forces in the user's scope, and a search box reaches the
 * rest: a province has hundreds of task forces, too many for one list, and the list held those outside the user's
 * scope too. The project's own task force stays chosen on the edit form and after a refusal; none stays possible. An
 * id that is not on the user's list comes back as the form's own error, not as a missing page.
 */
@IntegrationTest
class ProjectFormTaskForcePickerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ProjectManagement projects;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    ServiceFixtures fx;
    String username;
    long userId;
    long enterprise;

    /** Sorts after the page of task forces named "aa…", and holds a wildcard that must be looked for as itself. */
    final String wantedName = TestCodes.unique("zz专班_<b>");

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        username = new CustomRoleAccounts(roles, identity, directory)
                .create(
                        DataScope.TASK_FORCE,
                        null,
                        Set.of(Permissions.PROJECT_VIEW, Permissions.PROJECT_CREATE, Permissions.PROJECT_EDIT));
        userId = fx.userId(username);
        enterprise = fx.enterprise();
    }

    @Test
    void aTaskForcePastTheFirstPageIsFoundBySearchAndStaysChosenOnTheForms() throws Exception {
        String page = TestCodes.unique("aa专班");
        for (int i = 0; i < TaskForceManagement.CHOICES; i++) {
            memberOf("%s-%03d".formatted(page, i));
        }
        long wanted = memberOf(wantedName);
        MockHttpSession session = WebTestSupport.login(mvc, username);

        String form = TaskForcePickList.html(mvc, get("/projects/new").session(session));
        assertThat(TaskForcePickList.select(form))
                .contains(page + "-000")
                .doesNotContain("value=\"" + wanted + "\"")
                .contains("<option value=\"\">（不指定专班）</option>");
        assertThat(HtmlParts.input(form, "project-form", "taskForceQ"))
                .contains("hx-get=\"/task-forces/choices?blank=none\"")
                .contains("hx-target=\"#taskForceId\"")
                .contains("hx-include=\"#taskForceId\"");

        String option = "<option value=\"" + wanted + "\">" + wantedName.replace("<b>", "&lt;b&gt;") + "</option>";
        assertThat(TaskForcePickList.choices(
                        mvc, "/task-forces/choices?blank=none", session, wantedName.substring(2, 9), null))
                .contains(option)
                .contains("<option value=\"\">（不指定专班）</option>")
                .doesNotContain(page);
        // "_" is looked for as itself: as a wildcard it matched every task force
        assertThat(TaskForcePickList.choices(mvc, "/task-forces/choices?blank=none", session, "专班_", null))
                .contains(option)
                .doesNotContain(page);
        // the search box sends the chosen task force along: it stays, chosen, whatever is searched
        assertThat(TaskForcePickList.choices(mvc, "/task-forces/choices?blank=none", session, page, wanted))
                .contains("<option value=\"" + wanted + "\" selected")
                .contains(page + "-000");

        // refused for a blank name, the form comes back with the chosen task force still chosen
        assertThat(TaskForcePickList.select(TaskForcePickList.html(mvc, create(session, " ", Long.toString(wanted)))))
                .contains("<option value=\"" + wanted + "\" selected");

        String name = TestCodes.unique("专班项目");
        mvc.perform(create(session, name, Long.toString(wanted))).andExpect(status().is3xxRedirection());
        long project = jdbc.queryForObject("select id from project where name = ?", Long.class, name);
        assertThat(taskForceOf(project)).isEqualTo(wanted);

        // the edit form holds the project's task force, chosen, though it is past the first page
        assertThat(TaskForcePickList.select(TaskForcePickList.html(
                        mvc, get("/projects/" + project + "/edit").session(session))))
                .contains("<option value=\"" + wanted + "\" selected")
                .contains(page + "-000");
        assertThat(TaskForcePickList.select(
                        TaskForcePickList.html(mvc, edit(session, project, " ", Long.toString(wanted)))))
                .contains("<option value=\"" + wanted + "\" selected");
    }

    @Test
    void aTaskForceOutsideTheScopeOrUnknownComesBackBesideThePickList() throws Exception {
        long own = memberOf(wantedName);
        long foreign = taskForces.create(new TaskForceForm(wantedName + "乙", null, null, Set.of(), Set.of(), 0));
        long project = fx.project(enterprise, own);
        MockHttpSession session = WebTestSupport.login(mvc, username);

        for (long refused : List.of(foreign, 987_654_321L)) {
            String name = TestCodes.unique("越权专班项目");
            String page = TaskForcePickList.html(mvc, create(session, name, Long.toString(refused)));
            assertRefusedBesideThePickList(page, refused);
            assertThat(page).contains("value=\"" + name + "\"");
            assertThat(jdbc.queryForObject("select count(*) from project where name = ?", Long.class, name))
                    .isZero();

            String edited = TaskForcePickList.html(mvc, edit(session, project, name, Long.toString(refused)));
            assertRefusedBesideThePickList(edited, refused);
            assertThat(taskForceOf(project)).isEqualTo(own);
        }
    }

    /** Unknown ids in several pick lists are each refused beside their own field at once, not one per save. */
    @Test
    void unknownEnterpriseLeadOfficialAndTaskForceAreAllRefusedAtOnce() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        String name = TestCodes.unique("三处未知项目");
        String page = mvc.perform(post("/projects")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("enterpriseId", "987654321")
                        .param("level", "DISTRICT")
                        .param("stage", "PRE_CONSTRUCTION")
                        .param("totalInvestment", "1000")
                        .param("start", "2026-03-02")
                        .param("targetFinish", "2028-03-01")
                        .param("leadOfficialId", "987654322")
                        .param("taskForceId", "987654323"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("所选项不存在或不可选（编号 987654321）")
                .contains("所选项不存在或不可选（编号 987654322）")
                .contains("所选专班（编号 987654323）不存在或不在您的数据范围内");
        assertThat(jdbc.queryForObject("select count(*) from project where name = ?", Long.class, name))
                .isZero();
    }

    @Test
    void aProjectMayHaveNoTaskForce() throws Exception {
        long own = fx.taskForce(null, Set.of(), Set.of());
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        String name = TestCodes.unique("无专班项目");
        mvc.perform(create(session, name, "")).andExpect(status().is3xxRedirection());
        long project = jdbc.queryForObject("select id from project where name = ?", Long.class, name);
        assertThat(taskForceOf(project)).isNull();
        assertThat(TaskForcePickList.select(TaskForcePickList.html(
                        mvc, get("/projects/" + project + "/edit").session(session))))
                .contains("<option value=\"\">（不指定专班）</option>")
                .doesNotContain("\" selected");

        mvc.perform(edit(session, project, name, Long.toString(own))).andExpect(status().is3xxRedirection());
        assertThat(taskForceOf(project)).isEqualTo(own);
        mvc.perform(edit(session, project, name, "")).andExpect(status().is3xxRedirection());
        assertThat(taskForceOf(project)).isNull();
    }

    @Test
    void theSearchKeepsToTheUsersScopeAndIsForWhoMayRegisterOrEditProjects() throws Exception {
        long own = memberOf(wantedName + "甲");
        long foreign = taskForces.create(new TaskForceForm(wantedName + "乙", null, null, Set.of(), Set.of(), 0));
        MockHttpSession session = WebTestSupport.login(mvc, username);

        assertThat(TaskForcePickList.choices(mvc, "/task-forces/choices?blank=none", session, wantedName, foreign))
                .contains("value=\"" + own + "\"")
                .doesNotContain("value=\"" + foreign + "\"");
        // everybody sees it, within his own scope
        assertThat(TaskForcePickList.choices(
                        mvc,
                        "/task-forces/choices?blank=none",
                        WebTestSupport.login(mvc, "dispatch"),
                        wantedName,
                        null))
                .contains("value=\"" + own + "\"", "value=\"" + foreign + "\"");
        String editor = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ALL, null, Set.of(Permissions.PROJECT_VIEW, Permissions.PROJECT_EDIT));
        assertThat(TaskForcePickList.choices(
                        mvc, "/task-forces/choices?blank=none", WebTestSupport.login(mvc, editor), wantedName, null))
                .contains("value=\"" + foreign + "\"");

        String viewer = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ALL, null, Set.of(Permissions.PROJECT_VIEW));
        mvc.perform(get("/task-forces/choices")
                        .param("taskForceQ", wantedName)
                        .session(WebTestSupport.login(mvc, viewer)))
                .andExpect(status().isForbidden());
    }

    private void assertRefusedBesideThePickList(String page, long refused) {
        assertThat(page).contains("所选专班（编号 " + refused + "）不存在或不在您的数据范围内");
        assertThat(TaskForcePickList.select(page)).contains("is-invalid").doesNotContain("value=\"" + refused + "\"");
    }

    /** A new task force of that name with the test's user as a member, so that it is in his scope. */
    private long memberOf(String name) {
        return taskForces.create(new TaskForceForm(name, null, null, Set.of(userId), Set.of(), 0));
    }

    private Long taskForceOf(long project) {
        return jdbc.queryForObject("select task_force_id from project where id = ?", Long.class, project);
    }

    private MockHttpServletRequestBuilder create(MockHttpSession session, String name, String taskForceId) {
        return filled(post("/projects"), session, name, taskForceId);
    }

    private MockHttpServletRequestBuilder edit(MockHttpSession session, long project, String name, String taskForceId) {
        int version = jdbc.queryForObject("select version from project where id = ?", Integer.class, project);
        return filled(post("/projects/" + project), session, name, taskForceId)
                .param("version", Integer.toString(version));
    }

    private MockHttpServletRequestBuilder filled(
            MockHttpServletRequestBuilder request, MockHttpSession session, String name, String taskForceId) {
        return request.session(session)
                .with(csrf())
                .param("name", name)
                .param("enterpriseId", Long.toString(enterprise))
                .param("level", "DISTRICT")
                .param("stage", "PRE_CONSTRUCTION")
                .param("totalInvestment", "1000")
                .param("start", "2026-03-02")
                .param("targetFinish", "2028-03-01")
                .param("leadOfficialId", Long.toString(fx.userId("lead")))
                .param("taskForceId", taskForceId);
    }
}

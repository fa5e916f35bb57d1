package cn.zhuanban.servicechecklist;

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
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department handler's work is the items assigned to his department, on whatever project: 本部门服务事项 lists them
 * with the project each belongs to, and the edit form names that project (every project has its 用地预审, and he
 * cannot open the project itself). The same scope holds on the server: another department's item of a project he
 * cannot see does not exist for him, on its form and on its save. On a phone each item is a card that opens its form,
 * as the ticket list's: the table pushed 编辑 off-screen.
 */
@IntegrationTest
class DepartmentItemScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

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

    CurrentUser dispatch;
    long project;
    ServiceItemView land;
    ServiceItemView water;

    @BeforeEach
    void setUp() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        CurrentUser handler = fx.user("handler");
        project = fx.project(fx.enterprise(), null);
        checklists.applyTemplate(project, dispatch);
        land = named("用地预审与选址意见书");
        water = named("供水接入");
        assertThat(projectReads.isVisible(project, handler)).isFalse();
        assertThat(land.departmentId()).isEqualTo(handler.departmentId());
        assertThat(water.departmentId()).isNotEqualTo(handler.departmentId());
    }

    @Test
    void theDepartmentsListAndTheEditFormNameTheProjectOfAnItemOfAProjectTheHandlerCannotOpen() throws Exception {
        String list = WebTestSupport.page(mvc, "handler", "/service-items?open=false&q=" + land.projectName());
        assertThat(section(list, "department-items"))
                .contains(land.projectName())
                .contains("/service-items/" + land.id() + "/edit")
                .doesNotContain("/service-items/" + water.id() + "/edit");

        String form = WebTestSupport.page(mvc, "handler", "/service-items/" + land.id() + "/edit");
        assertThat(itemProject(form))
                .as("named, not linked: the checklist is not found for him")
                .contains("所属项目", land.projectName())
                .doesNotContain("href=");
        assertThat(itemProject(WebTestSupport.page(mvc, "dispatch", "/service-items/" + land.id() + "/edit")))
                .contains(land.projectName(), "href=\"/projects/" + project + "/checklist\"");
        assertThat(itemProject(WebTestSupport.page(mvc, "dispatch", "/projects/" + project + "/checklist/new")))
                .as("a new item's form names its project too")
                .contains(land.projectName());
    }

    @Test
    void anotherDepartmentsItemOfAProjectTheHandlerCannotOpenIsNotFoundOnItsFormAndItsSave() throws Exception {
        MockHttpSession handler = WebTestSupport.login(mvc, "handler");
        mvc.perform(get("/service-items/{id}/edit", water.id()).session(handler))
                .andExpect(status().isNotFound());
        mvc.perform(post("/service-items/{id}", water.id())
                        .session(handler)
                        .with(csrf())
                        .param("kind", water.kind().name())
                        .param("name", water.name())
                        .param("departmentId", String.valueOf(water.departmentId()))
                        .param("limitDays", String.valueOf(water.limitDays()))
                        .param("limitUnit", water.limitUnit().name())
                        .param("status", ServiceItemStatus.IN_PROGRESS.name())
                        .param("note", "别的部门改的")
                        .param("version", String.valueOf(water.version())))
                .andExpect(status().isNotFound());

        ServiceItemView after = checklists.find(water.id(), dispatch);
        assertThat(after.version()).isEqualTo(water.version());
        assertThat(after.note()).isNull();
        mvc.perform(get("/service-items/{id}/edit", land.id()).session(handler)).andExpect(status().isOk());
    }

    @Test
    void onAPhoneEachItemIsACardThatOpensItsFormWithItsProjectAndDueDate() throws Exception {
        String list = WebTestSupport.page(mvc, "handler", "/service-items?open=false&q=" + land.projectName());
        String cards = section(list, "department-item-cards");
        assertThat(list)
                .contains("class=\"list-group list-group-flush d-md-none\" id=\"department-item-cards\"")
                .contains("class=\"table-responsive d-none d-md-block\"");
        assertThat(cards)
                .contains("href=\"/service-items/" + land.id() + "/edit\"")
                .contains(land.projectName())
                .contains(land.name());

        String htmx = mvc.perform(get("/service-items")
                        .param("open", "false")
                        .param("q", land.projectName())
                        .header("HX-Request", "true")
                        .session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(section(htmx, "department-item-cards"))
                .as("the filter's answer swaps the cards in too")
                .contains("href=\"/service-items/" + land.id() + "/edit\"");
    }

    /**
     * 本部门服务事项 is a department handler's list: a handler of no department got 暂无数据 and an empty sheet. By its
     * address the page says whose items it lists and points to the projects, and the export is refused. The district
     * leader and a 分包领导 list the items of their scope instead (ServiceItemsAcrossScopesTests).
     */
    @Test
    void aHandlerOfNoDepartmentIsToldTheListIsADepartmentsAndGetsNoExport() throws Exception {
        String user = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.DEPARTMENT, null, Set.of(Permissions.CHECKLIST_VIEW, Permissions.CHECKLIST_EDIT));
        MockHttpSession session = WebTestSupport.login(mvc, user);
        String page = mvc.perform(get("/service-items").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("您的账号未归属任何部门")
                .doesNotContain("暂无数据", "/service-items/export", "id=\"department-items\"");
        mvc.perform(get("/service-items/export").session(session)).andExpect(status().isForbidden());
        assertThat(WebTestSupport.page(mvc, "handler", "/"))
                .as("department staff keep the menu entry")
                .contains("href=\"/service-items\"");
        assertThat(WebTestSupport.page(mvc, "leader", "/"))
                .as("the district leader has it too: the district's items")
                .contains("href=\"/service-items\"");
    }

    /**
     * A custom role whose only entry in 项目建设 is 本部门服务事项 (project:checklist:edit alone) opened an empty menu
     * when its holder belongs to no department: the menu says why, in the reader's language, and offers no link.
     */
    @Test
    void aChecklistEditorOfNoDepartmentIsToldWhyHisProjectsMenuHasNoList() throws Exception {
        String user = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ALL, null, Set.of(Permissions.CHECKLIST_EDIT));
        MockHttpSession session = WebTestSupport.login(mvc, user);
        String chinese = menu(mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(chinese)
                .contains("id=\"nav-checklist-items-no-department\"", "您的账号未归属任何部门")
                .doesNotContain("href=\"/service-items\"");
        String english = menu(mvc.perform(get("/").param("lang", "en").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(english).contains("your account belongs to no department").doesNotContain("部门");
        assertThat(menu(WebTestSupport.page(mvc, "leader", "/")))
                .as("a menu with other entries needs no note")
                .doesNotContain("nav-checklist-items-no-department");
    }

    /** The 项目建设 menu: from its toggle to the end of its list item. */
    private static String menu(String page) {
        int at = page.indexOf("id=\"nav-group-projects\"");
        assertThat(at).as("the 项目建设 menu").isPositive();
        String rest = page.substring(at);
        return rest.substring(0, rest.indexOf("</li>"));
    }

    private ServiceItemView named(String name) {
        return checklists.checklist(project, dispatch).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The element with this id up to the next element with an id of the list, or the page's end. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int end = page.indexOf("id=\"department-item", start + id.length() + 5);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static String itemProject(String page) {
        Matcher m = Pattern.compile("<div[^>]*id=\"item-project\".*?</div>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("the item's project").isTrue();
        return m.group();
    }
}

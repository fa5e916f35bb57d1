package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department handler keeps his items in his department: handing one to another department is the task force's
 * decision, so his form shows the department as text and the server refuses a changed one; wider scopes still choose.
 * The responsible person is one of the item's department's people who may act: no administrator, no account without a
 * role, nobody of another department or an enterprise, except the one the item already names; a handler's form offers
 * his department's people, the task force's every department's, narrowed to the department chosen.
 */
@IntegrationTest
class ItemDepartmentAndPeopleTests {

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
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcClient jdbc;

    CurrentUser dispatch;
    CurrentUser power;
    long project;
    ServiceItemView water;
    ServiceItemView electricity;

    @BeforeEach
    void setUp() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        power = fx.user("handler-power");
        long taskForce = fx.taskForce(null, Set.of(), Set.of(power.departmentId()));
        project = fx.project(fx.enterprise(), taskForce);
        checklists.applyTemplate(project, dispatch);
        water = named("供水接入");
        electricity = named("供电接入");
    }

    @Test
    void aHandlerCannotHandHisItemToAnotherDepartment() throws Exception {
        assertThatThrownBy(() -> checklists.edit(electricity.id(), form(electricity, water.departmentId()), power))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("departmentId"));

        String page = mvc.perform(post("/service-items/{id}", electricity.id())
                        .session(WebTestSupport.login(mvc, "handler-power"))
                        .with(csrf())
                        .param("kind", electricity.kind().name())
                        .param("name", electricity.name())
                        .param("departmentId", String.valueOf(water.departmentId()))
                        .param("limitDays", String.valueOf(electricity.limitDays()))
                        .param("limitUnit", electricity.limitUnit().name())
                        .param("status", electricity.status().name())
                        .param("version", String.valueOf(electricity.version())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("转交其他部门请联系专班");
        assertThat(checklists.find(electricity.id(), dispatch).departmentId()).isEqualTo(power.departmentId());

        checklists.edit(electricity.id(), form(electricity, electricity.departmentId()), power);
        checklists.edit(water.id(), form(water, power.departmentId()), dispatch);
        assertThat(checklists.find(water.id(), dispatch).departmentId())
                .as("the dispatch office still reassigns")
                .isEqualTo(power.departmentId());
    }

    @Test
    void aHandlersFormsShowHisDepartmentAsText() throws Exception {
        String powerName = departments.names().get(power.departmentId());
        for (String path :
                new String[] {"/service-items/" + electricity.id() + "/edit", "/projects/" + project + "/checklist/new"
                }) {
            String page = WebTestSupport.page(mvc, "handler-power", path);
            assertThat(page).as(path).contains("id=\"department-fixed\"").doesNotContain("id=\"departmentId\"");
            assertThat(HtmlParts.input(page, "item-form", "departmentId"))
                    .contains("type=\"hidden\"")
                    .contains("value=\"" + power.departmentId() + "\"");
            assertThat(page).contains(powerName).contains("转交其他部门请联系专班");
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/service-items/" + water.id() + "/edit"))
                .contains("id=\"departmentId\"")
                .doesNotContain("id=\"department-fixed\"");
    }

    @Test
    void theResponsiblePersonIsChosenAmongPeopleWhoMayActButTheChosenOneStays() throws Exception {
        String username = "norole-" + UUID.randomUUID().toString().substring(0, 8);
        long roleless = identity.createUser(new NewUser(username, "无角色的人", null, null, null, null, "Start#2026pw"));
        String before =
                responsibleOptions(WebTestSupport.page(mvc, "dispatch", "/service-items/" + water.id() + "/edit"));
        assertThat(before)
                .contains(
                        ">" + directory.findByUsername("handler").orElseThrow().fullName())
                .doesNotContain("系统管理员", "安全管理员", "审计管理员", "无角色的人");

        // named before only people of the item's department were taken: the item keeps him
        jdbc.sql("update service_item set responsible_user_id = :u where id = :id")
                .param("u", roleless)
                .param("id", water.id())
                .update();
        checklists.edit(water.id(), ServiceItemForm.of(checklists.find(water.id(), dispatch)), dispatch);
        String after =
                responsibleOptions(WebTestSupport.page(mvc, "dispatch", "/service-items/" + water.id() + "/edit"));
        assertThat(after).containsPattern("value=\"" + roleless + "\"\\s+selected");
    }

    @Test
    void aHandlerNamesOnlyPeopleOfHisItemsDepartment() throws Exception {
        long otherDepartment = directory.findByUsername("handler").orElseThrow().id(); // 自然资源局
        long enterpriseContact =
                directory.findByUsername("enterprise").orElseThrow().id();
        for (long stranger : new long[] {otherDepartment, enterpriseContact}) {
            assertThatThrownBy(() -> checklists.edit(electricity.id(), responsible(electricity, stranger), power))
                    .isInstanceOfSatisfying(
                            BusinessException.class, e -> assertThat(e.field()).isEqualTo("responsibleUserId"));
        }

        String page = mvc.perform(post("/service-items/{id}", electricity.id())
                        .session(WebTestSupport.login(mvc, "handler-power"))
                        .with(csrf())
                        .param("kind", electricity.kind().name())
                        .param("name", electricity.name())
                        .param("departmentId", String.valueOf(power.departmentId()))
                        .param("responsibleUserId", String.valueOf(otherDepartment))
                        .param("limitDays", String.valueOf(electricity.limitDays()))
                        .param("limitUnit", electricity.limitUnit().name())
                        .param("status", electricity.status().name())
                        .param("note", "已与供电所对接")
                        .param("version", String.valueOf(electricity.version())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("不属于" + departments.names().get(power.departmentId()))
                .contains("请从责任单位的人员中选择责任人")
                .contains("已与供电所对接");
        assertThat(checklists.find(electricity.id(), dispatch).responsibleUserId())
                .isNull();

        checklists.edit(electricity.id(), responsible(electricity, power.id()), power);
        assertThat(checklists.find(electricity.id(), dispatch).responsibleUserId())
                .isEqualTo(power.id());
    }

    @Test
    void theTaskForceNamesOnlyPeopleOfTheDepartmentTheItemGoesTo() {
        assertThatThrownBy(() -> checklists.edit(water.id(), responsible(water, power.id()), dispatch))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("responsibleUserId"));
        ServiceItemForm toPower = responsible(water, power.id()).inDepartment(power.departmentId());
        checklists.edit(water.id(), toPower, dispatch);
        assertThat(checklists.find(water.id(), dispatch).responsibleUserId()).isEqualTo(power.id());
    }

    @Test
    void theFormOffersThePeopleOfTheItemsDepartment() throws Exception {
        String handlers = responsibleOptions(
                WebTestSupport.page(mvc, "handler-power", "/service-items/" + electricity.id() + "/edit"));
        assertThat(handlers)
                .contains(">"
                        + directory
                                .findByUsername("handler-power")
                                .orElseThrow()
                                .fullName())
                .doesNotContain(
                        ">" + directory.findByUsername("handler").orElseThrow().fullName())
                .doesNotContain(
                        ">" + directory.findByUsername("dispatch").orElseThrow().fullName());
        assertThat(Pattern.compile("data-department=\"(\\d+)\"")
                        .matcher(handlers)
                        .results())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.group(1)).isEqualTo(String.valueOf(power.departmentId())));

        String page = WebTestSupport.page(mvc, "dispatch", "/service-items/" + water.id() + "/edit");
        assertThat(page).containsPattern("id=\"departmentId\"[^>]*data-narrows=\"responsibleUserId\"");
        assertThat(responsibleOptions(page))
                .containsPattern("data-department=\"" + power.departmentId() + "\"")
                .as("staff of no department")
                .doesNotContain(
                        ">" + directory.findByUsername("lead").orElseThrow().fullName());
    }

    @Test
    void onAPhoneEachItemIsACardWithItsStatusAndEditButton() throws Exception {
        String page = WebTestSupport.page(mvc, "handler-power", "/projects/" + project + "/checklist");
        int start = page.indexOf("id=\"checklist-cards\"");
        assertThat(start).isPositive();
        String cards = page.substring(start, page.indexOf("id=\"checklist\"", start));
        assertThat(cards)
                .contains("id=\"item-card-" + electricity.id() + "\"")
                .contains("/service-items/" + electricity.id() + "/edit")
                .doesNotContain("/service-items/" + water.id() + "/edit")
                .contains("item-status");
        assertThat(page).contains("table-responsive d-none d-md-block");
    }

    private static String responsibleOptions(String page) {
        Matcher m = Pattern.compile("<select[^>]*id=\"responsibleUserId\".*?</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private ServiceItemView named(String name) {
        return checklists.checklist(project, dispatch).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static ServiceItemForm form(ServiceItemView item, Long department) {
        return ServiceItemForm.of(item).inDepartment(department);
    }

    private static ServiceItemForm responsible(ServiceItemView item, long person) {
        ServiceItemForm f = ServiceItemForm.of(item);
        return new ServiceItemForm(
                f.kind(),
                f.name(),
                f.departmentId(),
                person,
                f.targetDate(),
                f.submittedOn(),
                f.limitDays(),
                f.limitUnit(),
                f.status(),
                f.documentNumber(),
                f.doneOn(),
                f.note(),
                f.version());
    }
}

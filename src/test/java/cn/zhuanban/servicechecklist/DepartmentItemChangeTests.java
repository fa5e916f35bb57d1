package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Duration;
import java.util.Set;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department handler reads the whole checklist of a project his department serves, but changes only the items
 * his department answers for: another department's item is refused (403) on its edit form, its save, its start of
 * work and its attachments, and the page offers him no controls for it. Its files stay readable.
 */
@IntegrationTest
class DepartmentItemChangeTests {

    static final byte[] PDF = "%PDF-1.4\n%water approval\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    ServiceItemFiles files;

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
    JdbcClient jdbc;

    ServiceFixtures fx;
    CurrentUser dispatch;
    CurrentUser power;
    long project;
    ServiceItemView water;
    ServiceItemView electricity;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        power = fx.user("handler-power");
        long taskForce = fx.taskForce(null, Set.of(), Set.of(power.departmentId()));
        project = fx.project(fx.enterprise(), taskForce);
        checklists.applyTemplate(project, dispatch);
        water = named("供水接入");
        electricity = named("供电接入");
        assertThat(projectReads.isVisible(project, power)).isTrue();
        assertThat(electricity.departmentId()).isEqualTo(power.departmentId());
    }

    @Test
    void aHandlerCannotChangeAnotherDepartmentsItem() throws Exception {
        MockHttpSession handler = WebTestSupport.login(mvc, "handler-power");
        mvc.perform(get("/service-items/{id}/edit", water.id()).session(handler))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("部门经办人只能修改本部门负责的事项")));
        mvc.perform(post("/service-items/{id}", water.id())
                        .session(handler)
                        .with(csrf())
                        .param("kind", water.kind().name())
                        .param("name", water.name())
                        .param("departmentId", String.valueOf(water.departmentId()))
                        .param("limitDays", String.valueOf(water.limitDays()))
                        .param("limitUnit", water.limitUnit().name())
                        .param("status", ServiceItemStatus.IN_PROGRESS.name())
                        .param("note", "供电公司改的")
                        .param("version", String.valueOf(water.version())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/service-items/{id}/work-started", water.id())
                        .session(handler)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/service-items/{id}/files", water.id())
                        .file(new MockMultipartFile("files", "x.pdf", "application/pdf", PDF))
                        .session(handler)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        ServiceItemView after = checklists.find(water.id(), dispatch);
        assertThat(after.version()).isEqualTo(water.version());
        assertThat(after.note()).isNull();
        assertThat(files.ofProject(project, dispatch)).doesNotContainKey(water.id());
        assertThatThrownBy(() -> checklists.extendPermit(water.id(), power))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CHECKLIST_OTHER_DEPARTMENT));
        assertThatThrownBy(() -> checklists.applyTemplate(project, power))
                .as("the template's items belong to many departments")
                .isInstanceOf(BusinessException.class);

        mvc.perform(get("/service-items/{id}/edit", electricity.id()).session(handler))
                .andExpect(status().isOk());
        // Each refused attempt is in the audit log, as Spring Security's refusals are: the page's and the form's.
        awaitRefusal("GET /service-items/" + water.id() + "/edit 该事项由其他部门负责");
        awaitRefusal("POST /service-items/" + water.id() + " 该事项由其他部门负责");
    }

    private void awaitRefusal(String summaryStart) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from audit_record where action = 'access.refused'"
                                        + " and entity_id = 'handler-power' and summary like :start")
                                .param("start", summaryStart + "%")
                                .query(Long.class)
                                .single()
                        > 0);
    }

    @Test
    void theChecklistOffersAHandlerControlsForHisDepartmentsItemsOnlyAndOtherFilesStayReadable() throws Exception {
        MockHttpSession staff = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(multipart("/service-items/{id}/files", water.id())
                        .file(new MockMultipartFile("files", "供水批复.pdf", "application/pdf", PDF))
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long file =
                files.ofProject(project, dispatch).get(water.id()).getFirst().id();

        String page = WebTestSupport.page(mvc, "handler-power", "/projects/" + project + "/checklist");
        assertThat(page)
                .contains("/service-items/" + electricity.id() + "/edit")
                .contains("/service-items/" + electricity.id() + "/files\"")
                .doesNotContain("/service-items/" + water.id() + "/edit")
                .doesNotContain("/service-items/" + water.id() + "/files\"")
                .doesNotContain("/service-items/" + water.id() + "/files/" + file + "/remove")
                .doesNotContain("id=\"apply-template\"")
                .contains("/service-items/" + water.id() + "/files/" + file);
        mvc.perform(get("/service-items/{id}/files/{f}", water.id(), file)
                        .session(WebTestSupport.login(mvc, "handler-power")))
                .andExpect(status().isOk());
        mvc.perform(post("/service-items/{id}/files/{f}/remove", water.id(), file)
                        .session(WebTestSupport.login(mvc, "handler-power"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(files.ofProject(project, dispatch).get(water.id())).hasSize(1);

        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + project + "/checklist"))
                .as("wider scopes change every item they see")
                .contains("/service-items/" + water.id() + "/edit")
                .contains("id=\"apply-template\"");
    }

    @Test
    void theDepartmentsItemListIsForStaffNotForEnterpriseContacts() throws Exception {
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");
        mvc.perform(get("/service-items").session(enterprise)).andExpect(status().isForbidden());
        mvc.perform(get("/service-items/export").session(enterprise)).andExpect(status().isForbidden());
        mvc.perform(get("/service-items").session(WebTestSupport.login(mvc, "handler-power")))
                .andExpect(status().isOk());
    }

    @Test
    void aHandlerAddsOnlyItemsOfHisOwnDepartment() {
        assertThatThrownBy(() -> checklists.add(project, item(water.departmentId()), power))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("departmentId"));
        long own = checklists.add(project, item(power.departmentId()), power);
        assertThat(checklists.find(own, dispatch).departmentId()).isEqualTo(power.departmentId());
    }

    private ServiceItemView named(String name) {
        return checklists.checklist(project, dispatch).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static ServiceItemForm item(Long departmentId) {
        return new ServiceItemForm(
                ServiceItemKind.APPROVAL,
                "部门自加事项",
                departmentId,
                null,
                null,
                null,
                5,
                LimitUnit.WORKING_DAYS,
                ServiceItemStatus.PENDING,
                null,
                null,
                null,
                0);
    }
}

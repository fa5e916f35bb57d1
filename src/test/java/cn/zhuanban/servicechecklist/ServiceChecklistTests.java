package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Time limits in working days (across the 2025 National Day holiday and its make-up Saturday) and
 * in calendar days, the construction permit's validity, the template, the XLSX export and scopes.
 */
@IntegrationTest
class ServiceChecklistTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

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
    IdentityManagement identity;

    @Autowired
    java.time.Clock clock;

    ServiceFixtures fx;
    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
    }

    @Test
    void workingDayLimitCountsOnTheCalendarAcrossNationalDay() {
        long project = fx.project(fx.enterprise(), null);
        long id = checklists.add(project, item("用地预审", 5, LimitUnit.WORKING_DAYS, LocalDate.of(2025, 9, 29)), dispatch);

        // 9-30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13: five working days after Monday 9-29.
        assertThat(judged(project, id, LocalDate.of(2025, 9, 30)).due()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(judged(project, id, LocalDate.of(2025, 10, 3)).light()).isEqualTo(StatusLight.GREEN);
        ServiceItemView near = judged(project, id, LocalDate.of(2025, 10, 10));
        assertThat(near.light()).isEqualTo(StatusLight.YELLOW);
        assertThat(near.alert()).isEqualTo(ItemAlert.NEAR_LIMIT);
        assertThat(judged(project, id, LocalDate.of(2025, 10, 13)).light()).isEqualTo(StatusLight.YELLOW);
        ServiceItemView late = judged(project, id, LocalDate.of(2025, 10, 14));
        assertThat(late.light()).isEqualTo(StatusLight.RED);
        assertThat(late.alert()).isEqualTo(ItemAlert.OVERDUE);
    }

    @Test
    void calendarDayLimitIgnoresTheHolidayAndDoneItemsStopTheirClock() {
        long project = fx.project(fx.enterprise(), null);
        long id =
                checklists.add(project, item("环评批复", 30, LimitUnit.CALENDAR_DAYS, LocalDate.of(2025, 9, 29)), dispatch);

        assertThat(judged(project, id, LocalDate.of(2025, 10, 1)).due()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(judged(project, id, LocalDate.of(2025, 10, 20)).light()).isEqualTo(StatusLight.GREEN);
        assertThat(judged(project, id, LocalDate.of(2025, 10, 27)).light()).isEqualTo(StatusLight.YELLOW);
        assertThat(judged(project, id, LocalDate.of(2025, 10, 30)).light()).isEqualTo(StatusLight.RED);
        assertThat(checklists.alerts(List.of(project), LocalDate.of(2025, 10, 30)))
                .extracting(ServiceItemView::id)
                .containsExactly(id);

        ServiceItemView v = checklists.find(id, dispatch);
        checklists.edit(id, done(v, "示环审〔2025〕12号", LocalDate.of(2025, 10, 28)), dispatch);
        ServiceItemView finished = judged(project, id, LocalDate.of(2025, 11, 30));
        assertThat(finished.light()).isEqualTo(StatusLight.GREEN);
        assertThat(finished.documentNumber()).isEqualTo("示环审〔2025〕12号");
        assertThat(checklists.alerts(List.of(project), LocalDate.of(2025, 11, 30)))
                .isEmpty();
    }

    @Test
    void constructionPermitRemindsBeforeItLapsesAndAllowsTwoExtensions() {
        long project = fx.project(fx.enterprise(), null);
        assertThat(checklists.applyTemplate(project, dispatch)).isEqualTo(15);
        assertThat(checklists.applyTemplate(project, dispatch)).isZero();
        assertThat(checklists.checklist(project, dispatch))
                .as("the completion filing comes after construction: no 前期手续")
                .filteredOn(i -> i.name().equals("竣工验收备案"))
                .extracting(ServiceItemView::kind)
                .containsExactly(ServiceItemKind.OTHER);
        ServiceItemView permit = checklists.checklist(project, dispatch).stream()
                .filter(i -> i.name().equals("施工许可证"))
                .findFirst()
                .orElseThrow();
        assertThat(permit.departmentName()).isEqualTo("区住房和城乡建设局");
        assertThat(permit.limitUnit()).isEqualTo(LimitUnit.CALENDAR_DAYS);
        checklists.edit(permit.id(), done(permit, "410199202503100101", LocalDate.of(2025, 3, 10)), dispatch);

        assertThat(judged(project, permit.id(), LocalDate.of(2025, 4, 1)).light())
                .isEqualTo(StatusLight.GREEN);
        ServiceItemView lapsing = judged(project, permit.id(), LocalDate.of(2025, 5, 20));
        assertThat(lapsing.alert()).isEqualTo(ItemAlert.PERMIT_LAPSING);
        assertThat(lapsing.permitLapsesOn()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(judged(project, permit.id(), LocalDate.of(2025, 6, 11)).alert())
                .isEqualTo(ItemAlert.PERMIT_LAPSED);

        checklists.extendPermit(permit.id(), dispatch);
        checklists.extendPermit(permit.id(), dispatch);
        assertThat(judged(project, permit.id(), LocalDate.of(2025, 6, 11)).permitLapsesOn())
                .isEqualTo(LocalDate.of(2025, 12, 10));
        assertThatThrownBy(() -> checklists.extendPermit(permit.id(), dispatch)).isInstanceOf(BusinessException.class);

        checklists.recordWorkStart(permit.id(), LocalDate.of(2025, 11, 3), dispatch);
        ServiceItemView started = judged(project, permit.id(), LocalDate.of(2026, 1, 1));
        assertThat(started.light()).isEqualTo(StatusLight.GREEN);
        assertThat(started.permitLapsesOn()).isNull();
    }

    @Test
    void checklistFollowsTheProjectScopeAndDepartmentsSeeTheirOwnItems() throws Exception {
        long project = fx.project(fx.enterprise(), null);
        checklists.applyTemplate(project, dispatch);
        long landItem = checklists.checklist(project, dispatch).stream()
                .filter(i -> i.name().equals("用地预审与选址意见书"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThatThrownBy(() -> checklists.checklist(project, fx.user("enterprise")))
                .isInstanceOf(NotFoundException.class);
        assertThat(checklists.find(landItem, fx.user("handler")).departmentName())
                .isEqualTo("区自然资源局");
        assertThatThrownBy(() -> checklists.find(landItem, fx.user("handler-power")))
                .isInstanceOf(NotFoundException.class);

        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");
        mvc.perform(get("/projects/" + project + "/checklist").session(enterprise))
                .andExpect(status().isNotFound());
        MockHttpSession handler = WebTestSupport.login(mvc, "handler");
        mvc.perform(get("/service-items/" + landItem + "/edit").session(handler))
                .andExpect(status().isOk());
        mvc.perform(get("/service-items").session(handler)).andExpect(status().isOk());
    }

    /**
     * A department handler edits his department's item of a project he cannot see from his department's list: the
     * save and the cancel link take him back there, not to the checklist he would find "not found"; staff who read
     * the checklist go on to it.
     */
    @Test
    void aHandlerWhoCannotReadTheChecklistGoesBackToHisDepartmentsList() throws Exception {
        long project = fx.project(fx.enterprise(), null);
        checklists.applyTemplate(project, dispatch);
        ServiceItemView land = checklists.checklist(project, dispatch).stream()
                .filter(i -> i.name().equals("用地预审与选址意见书"))
                .findFirst()
                .orElseThrow();
        assertThat(checklists.checklistVisible(project, fx.user("handler"))).isFalse();

        MockHttpSession handler = WebTestSupport.login(mvc, "handler");
        mvc.perform(get("/service-items/" + land.id() + "/edit").session(handler))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/service-items\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("/projects/" + project + "/checklist"))));
        String doneOn = LocalDate.now(clock).minusDays(1).toString();
        mvc.perform(post("/service-items/" + land.id())
                        .session(handler)
                        .with(csrf())
                        .param("kind", land.kind().name())
                        .param("name", land.name())
                        .param("departmentId", String.valueOf(land.departmentId()))
                        .param("limitDays", String.valueOf(land.limitDays()))
                        .param("limitUnit", land.limitUnit().name())
                        .param("status", ServiceItemStatus.DONE.name())
                        .param("documentNumber", "自然资预〔2026〕1号")
                        .param("doneOn", doneOn)
                        .param("version", String.valueOf(land.version())))
                .andExpect(redirectedUrl("/service-items"))
                .andExpect(flash().attribute("flash", "admin.saved"));
        assertThat(checklists.find(land.id(), dispatch).status()).isEqualTo(ServiceItemStatus.DONE);

        MockHttpSession staff = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/service-items/" + land.id() + "/edit").session(staff))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("/projects/" + project + "/checklist")));
    }

    /**
     * The responsible person stays offered (and chosen) on the edit form when he is no longer among the people a new
     * item may get, here because his account was disabled; before, only a first page of 200 users was offered, and
     * an item whose responsible person was not on it lost him on the next save.
     */
    @Test
    void theEditFormKeepsTheResponsiblePersonWhoIsNoLongerOffered() throws Exception {
        String username = TestCodes.unique("resp_");
        long person = identity.createUser(new NewUser(username, "负责人甲", null, null, null, null, "Zhuanban@2026x"));
        long project = fx.project(fx.enterprise(), null);
        ServiceItemForm form = item("负责人保留事项", 5, LimitUnit.WORKING_DAYS, null);
        long id = checklists.add(project, form, dispatch);
        // named when any account was taken (now only a department's people): the item keeps him
        jdbc.sql("update service_item set responsible_user_id = :p where id = :id")
                .param("p", person)
                .param("id", id)
                .update();
        int version = directory.findByUsername(username).orElseThrow().version();
        identity.editUser(person, new EditUser("负责人甲", null, null, null, null, false, version));

        String page = WebTestSupport.page(mvc, "dispatch", "/service-items/" + id + "/edit");
        assertThat(page).containsPattern("<option value=\"" + person + "\"\\s+selected=\"selected\"");
    }

    @Test
    void checklistPrintsAndExportsAsXlsx() throws Exception {
        long project = fx.project(fx.enterprise(), null);
        checklists.applyTemplate(project, dispatch);
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/projects/" + project + "/checklist").session(session)).andExpect(status().isOk());
        mvc.perform(get("/projects/" + project + "/checklist/print").session(session))
                .andExpect(status().isOk());
        byte[] xlsx = mvc.perform(
                        get("/projects/" + project + "/checklist/export").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(15);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("项目备案");
        }
    }

    private ServiceItemView judged(long project, long id, LocalDate asOf) {
        return checklists.checklist(project, dispatch, asOf).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static ServiceItemForm item(String name, int days, LimitUnit unit, LocalDate submitted) {
        return new ServiceItemForm(
                ServiceItemKind.APPROVAL,
                name,
                null,
                null,
                null,
                submitted,
                days,
                unit,
                ServiceItemStatus.IN_PROGRESS,
                null,
                null,
                null,
                0);
    }

    private static ServiceItemForm done(ServiceItemView v, String number, LocalDate on) {
        return new ServiceItemForm(
                v.kind(),
                v.name(),
                v.departmentId(),
                v.responsibleUserId(),
                v.targetDate(),
                v.submittedOn(),
                v.limitDays(),
                v.limitUnit(),
                ServiceItemStatus.DONE,
                number,
                on,
                v.note(),
                v.version());
    }
}

package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting's action becomes a ticket, so it goes only to a department that handles tickets and an owner who may sign
 * one: the supervision office and the audit bureau read every ticket and act on none, and are neither offered nor
 * taken.
 */
@IntegrationTest
class MeetingActionOwnerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingDecisions decisions;

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
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long meeting;

    @BeforeEach
    void meeting() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        fx.project(fx.enterprise(), taskForce);
        LocalDate day = LocalDate.now(clock);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, day.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        meeting = meetings.plan(series, day, dispatch);
    }

    @Test
    void theOwnerListsOfferOnlyDepartmentsThatHandleTicketsAndPeopleWhoMaySignThem() {
        assertThat(decisions.owners())
                .extracting(UserView::username)
                .contains("handler", "handler-power")
                .doesNotContain("supervisor", "audit-office", "dispatch", "taskforce", "leader", "lead");
        assertThat(decisions.ownerDepartments())
                .extracting(DepartmentView::code)
                // 督查室 and 审计局 only read; 发改委 has nobody in the system, 工信局 and 调度办 people who report
                .doesNotContain("DC", "SJ")
                .contains("ZRZY", "GD", "FGW", "GX", "DDB");
    }

    @Test
    void theServiceRefusesAReadOnlyOfficeAndAnOwnerWhoCannotSignATicket() {
        int v = meetings.find(meeting, dispatch).version();
        assertThatThrownBy(() -> decide("督查室跟踪落实", department("DC"), null))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("ownerDepartmentId"));
        assertThatThrownBy(() -> decide("审计局复核", department("SJ"), fx.userId("audit-office")))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("ownerDepartmentId"));
        // his department handles tickets, but the task-force member himself cannot sign one
        assertThatThrownBy(() -> decide("工信局协调设备进场", department("GX"), fx.userId("taskforce")))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("ownerUserId"));
        assertThat(meetings.find(meeting, dispatch).decisions()).isEmpty();
        assertThat(meetings.find(meeting, dispatch).version()).isEqualTo(v);
        // the same department without a named owner, and a handler, are taken
        decide("工信局协调设备进场", department("GX"), null);
        decide("供电公司完成临时用电接入", department("GD"), fx.userId("handler-power"));
        assertThat(meetings.find(meeting, dispatch).decisions()).hasSize(2);
    }

    @Test
    void thePageGroupsTheOwnersByDepartmentAndOffersNoReadOnlyOffice() throws Exception {
        String page = mvc.perform(get("/meetings/" + meeting).session(WebTestSupport.login(mvc, "taskforce")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String owners = select(page, "ownerUserId");
        String power = Long.toString(department("GD"));
        assertThat(owners)
                .contains("<optgroup label=\"区供电公司\" data-department=\"" + power + "\">")
                .contains("value=\"" + fx.userId("handler-power") + "\" data-department=\"" + power + "\"")
                .doesNotContain("value=\"" + fx.userId("supervisor") + "\"")
                .doesNotContain("value=\"" + fx.userId("audit-office") + "\"")
                .doesNotContain("value=\"" + fx.userId("taskforce") + "\"");
        assertThat(select(page, "ownerDepartmentId"))
                .contains("value=\"" + department("GX") + "\"")
                .doesNotContain("value=\"" + department("DC") + "\"")
                .doesNotContain("value=\"" + department("SJ") + "\"");
    }

    @Test
    void aPostedReadOnlyOfficeComesBackWithTheReasonBesideTheField() throws Exception {
        String page = mvc.perform(post("/meetings/" + meeting + "/decisions")
                        .session(WebTestSupport.login(mvc, "taskforce"))
                        .with(csrf())
                        .param("decision", "审计局复核")
                        .param("ownerDepartmentId", Long.toString(department("SJ")))
                        .param("category", "OTHER")
                        .param("deadline", ahead(5).toString())
                        .param(
                                "version",
                                Integer.toString(
                                        meetings.find(meeting, dispatch).version())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("区审计局只查阅问题、不签收办理");
        assertThat(meetings.find(meeting, dispatch).decisions()).isEmpty();
    }

    private void decide(String text, long department, Long owner) {
        decisions.decide(
                meeting,
                new DecisionForm(null, text, department, owner, ahead(5)),
                meetings.find(meeting, dispatch).version(),
                dispatch);
    }

    private LocalDate ahead(int days) {
        return calendar.administrative().addWorkingDays(LocalDate.now(clock), days);
    }

    private long department(String code) {
        return departments.findByCode(code).orElseThrow().id();
    }

    private static String select(String page, String name) {
        Matcher m = Pattern.compile("<select[^>]*\\sname=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}

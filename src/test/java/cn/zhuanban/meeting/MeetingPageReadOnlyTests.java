package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting's page offers a control only to those the server lets use it: the inspection office and the departments
 * read a draft as text (attendance, every item's minutes, the decisions), as everyone reads a confirmed meeting,
 * instead of forms that only answer 403.
 */
@cn.zhuanban.IntegrationTest
class MeetingPageReadOnlyTests {

    /** What posts to a change the reading roles are refused. */
    private static final List<String> EDIT_CONTROLS = List.of(
            "/attendance\"",
            "id=\"attendance-form\"",
            "/move\"",
            "/remove\"",
            "/minutes\"",
            "item-up",
            "item-down",
            "item-remove",
            "id=\"item-form\"",
            "id=\"decision-form\"",
            "/close\"",
            "id=\"amendment-form\"",
            "<textarea");

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    CalendarManagement calendar;

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
    JdbcClient jdbc;

    ServiceFixtures fx;
    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
    }

    @Test
    void aDraftReadsAsTextForTheInspectionOfficeAndTheDepartments() throws Exception {
        long meeting = draftWithItemsAndAnUnticketedAction();

        for (String reader : List.of("supervisor", "handler", "handler-power")) {
            String page = WebTestSupport.page(mvc, reader, "/meetings/" + meeting);
            assertThat(page)
                    .as(reader)
                    .contains("侯明远、赵敏", "第一项议题", "自然资源局汇报用地进展。", "供电公司完成临时用电接入")
                    .doesNotContain(EDIT_CONTROLS.toArray(String[]::new))
                    // not the chair either
                    .doesNotContain("id=\"confirm\"");
        }
        // the office that keeps the minutes still has every control
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + meeting))
                .contains(
                        "id=\"attendance-form\"",
                        "item-up",
                        "item-down",
                        "item-remove",
                        "/minutes\"",
                        "id=\"item-form\"",
                        "id=\"decision-form\"",
                        "/close\"");
        // and the chair who may not edit confirms all the same: the server lets him
        assertThat(WebTestSupport.page(mvc, "lead", "/meetings/" + meeting)).contains("id=\"confirm\"");
    }

    @Test
    void aConfirmedMeetingOffersAmendmentsOnlyToThoseWhoMayAmend() throws Exception {
        long meeting = draftWithItemsAndAnUnticketedAction();
        meetings.confirm(meeting, meetings.find(meeting, dispatch).version(), fx.user("lead"));

        for (String reader : List.of("supervisor", "handler", "handler-power")) {
            assertThat(WebTestSupport.page(mvc, reader, "/meetings/" + meeting))
                    .as(reader)
                    .contains("侯明远、赵敏", "自然资源局汇报用地进展。")
                    .doesNotContain(EDIT_CONTROLS.toArray(String[]::new));
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + meeting))
                .contains("id=\"amendment-form\"")
                .doesNotContain("id=\"item-form\"", "id=\"decision-form\"", "/minutes\"");
    }

    /**
     * A draft of a task force that the two demo departments serve, with attendance, two items (one with minutes) and
     * an action kept from before actions became tickets (the only kind that closes by itself).
     */
    private long draftWithItemsAndAnUnticketedAction() {
        long zrzy = departments.findByCode("ZRZY").orElseThrow().id();
        long power = departments.findByCode("GD").orElseThrow().id();
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of(zrzy, power));
        fx.project(fx.enterprise(), taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), "专班办公室"), dispatch);
        long meeting = meetings.plan(series, LocalDate.of(2026, 5, 6), dispatch);
        int v = meetings.find(meeting, dispatch).version();
        meetings.recordAttendance(meeting, "侯明远、赵敏", v++, dispatch);
        meetings.addItem(meeting, "第一项议题", v++, dispatch);
        meetings.addItem(meeting, "第二项议题", v++, dispatch);
        long first = meetings.find(meeting, dispatch).items().stream()
                .filter(i -> i.title().equals("第一项议题"))
                .findFirst()
                .orElseThrow()
                .id();
        meetings.recordMinutes(meeting, first, "自然资源局汇报用地进展。", v++, dispatch);
        long action = decisions.decide(
                meeting,
                new DecisionForm(null, "供电公司完成临时用电接入", power, fx.userId("handler-power"), ahead(10)),
                v,
                dispatch);
        jdbc.sql("update meeting_action set ticket_id = null where id = :id")
                .param("id", action)
                .update();
        return meeting;
    }

    /** A working day still to come: a decision's deadline cannot be a past day or a rest day. */
    private LocalDate ahead(int workingDays) {
        return calendar.addWorkingDays(LocalDate.now(ZoneId.of("Asia/Shanghai")), workingDays);
    }
}

package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Agenda from prepared data on fixed days, decisions that stay on the next agenda until closed, confirmation, DOCX. */
@IntegrationTest
class MeetingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

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

    ServiceFixtures fx;
    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
    }

    @Test
    void agendaCarriesRedProjectsLateItemsAndOpenActionsButNothingClosed() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long red = fx.project(fx.enterprise(), taskForce);
        long green = fx.project(fx.enterprise(), taskForce);
        projects.setLight(red, StatusLight.RED, "土地供应延期");
        long late = checklists.add(red, item("用地预审", ServiceItemStatus.IN_PROGRESS, null), dispatch);
        long done = checklists.add(red, item("项目备案", ServiceItemStatus.DONE, LocalDate.of(2025, 9, 2)), dispatch);
        long onTime = checklists.add(
                green,
                new ServiceItemForm(
                        ServiceItemKind.UTILITY,
                        "供水接入",
                        null,
                        null,
                        null,
                        LocalDate.of(2025, 10, 13),
                        30,
                        LimitUnit.WORKING_DAYS,
                        ServiceItemStatus.IN_PROGRESS,
                        null,
                        null,
                        null,
                        0),
                dispatch);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.TUESDAY, LocalTime.of(9, 0), "区政府三楼会议室"), dispatch);

        long first = meetings.plan(series, LocalDate.of(2025, 10, 14), dispatch);
        MeetingView m1 = meetings.find(first, dispatch);
        assertThat(m1.items())
                .extracting(AgendaItemView::source, AgendaItemView::refId)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(AgendaSource.PROJECT_LIGHT, red),
                        org.assertj.core.groups.Tuple.tuple(AgendaSource.SERVICE_ITEM, late))
                .doesNotContain(
                        org.assertj.core.groups.Tuple.tuple(AgendaSource.PROJECT_LIGHT, green),
                        org.assertj.core.groups.Tuple.tuple(AgendaSource.SERVICE_ITEM, done),
                        org.assertj.core.groups.Tuple.tuple(AgendaSource.SERVICE_ITEM, onTime));

        long zrzy = departments.findByCode("ZRZY").orElseThrow().id();
        int v = m1.version();
        meetings.recordAttendance(first, "侯明远、赵敏、陈刚、周丽", v++, dispatch);
        meetings.recordMinutes(first, m1.items().getFirst().id(), "自然资源局汇报土地供应进展。", v++, dispatch);
        long kept = meetings.decide(
                first,
                new DecisionForm(null, "自然资源局本周内完成用地预审", zrzy, fx.userId("handler"), LocalDate.of(2025, 10, 24)),
                v++,
                dispatch);
        long closed = meetings.decide(
                first, new DecisionForm(null, "调度办通报供电接入进度", null, null, LocalDate.of(2025, 10, 17)), v++, dispatch);
        meetings.closeAction(closed, dispatch);
        meetings.confirm(first, v, dispatch);
        int confirmedVersion = meetings.find(first, dispatch).version();
        assertThatThrownBy(() -> meetings.addItem(first, "补充议题", confirmedVersion, dispatch))
                .isInstanceOf(BusinessException.class);
        meetings.amend(first, "参会人员补充：吴强", dispatch);

        long second = meetings.plan(series, LocalDate.of(2025, 10, 21), dispatch);
        MeetingView m2 = meetings.find(second, dispatch);
        assertThat(m2.since()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(m2.items())
                .filteredOn(i -> i.source() == AgendaSource.OPEN_ACTION)
                .extracting(AgendaItemView::refId)
                .containsExactly(kept);

        var session = WebTestSupport.login(mvc, "dispatch");
        byte[] docx = mvc.perform(get("/meetings/" + first + "/minutes.docx").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().getFirst().getText()).endsWith("周例会会议纪要");
            assertThat(text.getText())
                    .contains(
                            "第 1 期",
                            "侯明远、赵敏、陈刚、周丽",
                            "自然资源局汇报土地供应进展。",
                            "自然资源局本周内完成用地预审",
                            "区自然资源局",
                            "周丽",
                            "2025-10-24",
                            "参会人员补充：吴强");
        }
        mvc.perform(get("/meetings/" + first).session(session)).andExpect(status().isOk());
        mvc.perform(get("/meetings/series/" + series).session(session)).andExpect(status().isOk());
        mvc.perform(get("/meetings").session(session)).andExpect(status().isOk());
    }

    @Test
    void meetingsFollowTheTaskForceScope() {
        long taskForce = fx.taskForce(null, Set.of(), Set.of());
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.MONDAY, LocalTime.of(15, 0), "专班办公室"), dispatch);
        long meeting = meetings.plan(series, LocalDate.of(2026, 1, 5), dispatch);

        assertThat(meetings.find(meeting, fx.user("lead")).number()).isEqualTo(1);
        assertThatThrownBy(() -> meetings.find(meeting, fx.user("lead2"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.find(meeting, fx.user("handler-power")))
                .isInstanceOf(NotFoundException.class);
    }

    private static ServiceItemForm item(String name, ServiceItemStatus status, LocalDate doneOn) {
        return new ServiceItemForm(
                ServiceItemKind.APPROVAL,
                name,
                null,
                null,
                null,
                LocalDate.of(2025, 9, 1),
                5,
                LimitUnit.WORKING_DAYS,
                status,
                status == ServiceItemStatus.DONE ? "示发改备〔2025〕3号" : null,
                doneOn,
                null,
                0);
    }
}

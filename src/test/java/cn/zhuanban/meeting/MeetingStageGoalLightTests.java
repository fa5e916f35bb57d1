package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The schedule keeps no history of a stage goal's light, so an agenda's stage-goal light is the one the plan gave when
 * the agenda was drawn up (planned or last refreshed), not necessarily the meeting day's: the agenda and its DOCX say
 * so beside the light, unlike a project's light, which is dated.
 */
@IntegrationTest
class MeetingStageGoalLightTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    AgendaStore agenda;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    ServiceFixtures fx;
    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
    }

    @Test
    void aStageGoalLightSaysItIsThePlansWhenTheAgendaWasDrawnUp() throws Exception {
        LocalDate lastWeek = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusWeeks(1);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long series = meetings.createSeries(
                new SeriesForm(taskForce, lastWeek.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        long meeting = meetings.plan(series, lastWeek, dispatch);
        LocalDate target = lastWeek.plusDays(10);
        agenda.add(meeting, AgendaSource.STAGE_GOAL_LIGHT, 1L, 1L, "某项目 · 主体结构封顶", "RED " + target);

        String marked = "红灯（按议程编排时的计划），目标" + target;
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        String page = mvc.perform(get("/meetings/" + meeting).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(marked);
        byte[] docx = mvc.perform(get("/meetings/" + meeting + "/agenda.docx").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("红灯（按议程编排时的计划），目标" + target.getYear() + "年" + target.getMonthValue() + "月"
                            + target.getDayOfMonth() + "日");
        }
    }
}

package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Minutes of a long meeting ran past their column's 4000 characters and an attendance past its 2000: the save ended in
 * a 500 and the typed text was lost. The minutes now keep 20000 characters and reach the DOCX whole; a longer text, in
 * either field, comes back with the message under its input and the text as typed, and nothing is stored.
 */
@IntegrationTest
class MeetingLongTextTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clock clock;

    CurrentUser dispatch;
    long meeting;
    long item;
    MockHttpSession taskforce;

    @BeforeEach
    void meeting() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        LocalDate day = LocalDate.now(clock);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, day.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        meeting = meetings.plan(series, day, dispatch);
        meetings.addItem(meeting, "长议题", version(), dispatch);
        item = meetings.find(meeting, dispatch).items().getLast().id();
        taskforce = WebTestSupport.login(mvc, "taskforce");
    }

    @Test
    void minutesLongerThanTheOldColumnAreKeptAndExportedWhole() throws Exception {
        String minutes = "纪要".repeat(6000) + "完"; // 12001 characters: three times what the column kept
        mvc.perform(post("/meetings/" + meeting + "/items/" + item + "/minutes")
                        .session(taskforce)
                        .with(csrf())
                        .param("minutes", minutes)
                        .param("version", Integer.toString(version())))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(stored()).isEqualTo(minutes);

        byte[] docx = mvc.perform(get("/meetings/" + meeting + "/minutes.docx").session(taskforce))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(minutes);
        }
    }

    @Test
    void minutesLongerThanTheColumnComeBackUnderTheirInputWithTheTextAsTyped() throws Exception {
        String minutes = "议".repeat(20000) + "尾";
        String page = refused(post("/meetings/" + meeting + "/items/" + item + "/minutes")
                .session(taskforce)
                .with(csrf())
                .param("minutes", minutes)
                .param("version", Integer.toString(version())));
        assertThat(page)
                .contains("长度超出限制（最多 20000 个字符）", minutes + "</textarea>")
                .doesNotContain("这条记录已被修改");
        assertThat(stored()).isNullOrEmpty();
    }

    @Test
    void anAttendanceLongerThanTheColumnComesBackUnderItsInputWithTheTextAsTyped() throws Exception {
        String attendees = "侯明远、".repeat(500) + "赵敏"; // 2002 characters
        String page = refused(post("/meetings/" + meeting + "/attendance")
                .session(taskforce)
                .with(csrf())
                .param("attendees", attendees)
                .param("version", Integer.toString(version())));
        assertThat(page)
                .contains("长度超出限制（最多 2000 个字符）", attendees + "</textarea>")
                .doesNotContain("这条记录已被修改");
        assertThat(meetings.find(meeting, dispatch).attendees()).isNullOrEmpty();

        String most = "侯".repeat(2000);
        mvc.perform(post("/meetings/" + meeting + "/attendance")
                        .session(taskforce)
                        .with(csrf())
                        .param("attendees", most)
                        .param("version", Integer.toString(version())))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(meetings.find(meeting, dispatch).attendees()).isEqualTo(most);
    }

    private String refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int version() {
        return meetings.find(meeting, dispatch).version();
    }

    private String stored() {
        return meetings.find(meeting, dispatch).items().stream()
                .filter(i -> i.id() == item)
                .findFirst()
                .map(AgendaItemView::minutes)
                .orElse(null);
    }
}

package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The weekly meeting series and a series' meetings as XLSX: the list's search, weekdays and states in words, and only
 * the series of the task forces the user sees (a task force member sees his own, not another task force's).
 */
@IntegrationTest
class MeetingExportTests {

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

    final String place = TestCodes.unique("例会导出");
    CurrentUser dispatch;
    String mineName;
    long mine;
    long other;

    @BeforeEach
    void twoSeries() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        long ownTaskForce = fx.taskForce(null, Set.of(fx.userId("taskforce")), Set.of());
        long otherTaskForce = fx.taskForce(null, Set.of(), Set.of());
        mineName = taskForces.find(ownTaskForce, dispatch).name();
        mine = meetings.createSeries(
                new SeriesForm(ownTaskForce, DayOfWeek.WEDNESDAY, LocalTime.of(15, 30), place + "一楼"), dispatch);
        other = meetings.createSeries(
                new SeriesForm(otherTaskForce, DayOfWeek.FRIDAY, LocalTime.of(9, 0), place + "二楼"), dispatch);
    }

    @Test
    void theSeriesFileHoldsTheSearchedSeriesOfTheUsersTaskForcesWithTheWeekdayInWords() throws Exception {
        assertThat(WebTestSupport.page(mvc, "taskforce", "/meetings?q=" + place))
                .contains("href=\"/meetings/export?q=");

        ExportedSheet sheet = ExportedSheet.download(mvc, "taskforce", "/meetings/export?q=" + place);

        assertThat(sheet.header()).containsExactly("服务专班", "星期", "时间", "地点");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rowsStartingWith(mineName)).containsExactly(List.of(mineName, "星期三", "15:30", place + "一楼"));
        assertThat(sheet.anyCellIs(place + "二楼")).isFalse();
        assertThat(ExportedSheet.download(mvc, "dispatch", "/meetings/export?q=" + place)
                        .rows())
                .hasSize(3);
    }

    @Test
    void aSeriesMeetingsFileListsItsMeetingsWithTheirStateAndIsRefusedOutsideTheScope() throws Exception {
        LocalDate heldOn = LocalDate.of(2026, 3, 4);
        meetings.plan(mine, heldOn, dispatch);

        ExportedSheet sheet = ExportedSheet.download(mvc, "taskforce", "/meetings/series/" + mine + "/export");

        assertThat(sheet.header()).containsExactly("服务专班", "期数", "会议日期", "状态");
        assertThat(sheet.rows()).containsExactly(sheet.header(), List.of(mineName, "1", "2026-03-04", "草稿"));
        mvc.perform(get("/meetings/series/" + other + "/export").session(WebTestSupport.login(mvc, "taskforce")))
                .andExpect(status().isNotFound());
    }
}

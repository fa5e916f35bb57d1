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
import cn.zhuanban.meeting.MeetingRecords.MeetingSummary;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The meetings of a series come a page at a time, the newest first, with the pager every list has: a weekly series
 * holds some fifty meetings a year and was one list of all of them.
 */
@IntegrationTest
class MeetingSeriesPagesTests {

    /** Meetings on a page of the series (MeetingSeriesController.PAGE_SIZE, the first of every list's page sizes). */
    static final int PAGE = PageQuery.LIST_SIZES.getFirst();

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

    @Test
    void aSeriesListsItsNewestMeetingsFirstAPageAtATime() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long series = meetings.createSeries(
                new SeriesForm(fx.taskForce(null, Set.of(), Set.of()), DayOfWeek.MONDAY, LocalTime.of(9, 0), "调度室"),
                dispatch);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Long> held = new ArrayList<>();
        for (int week = PAGE; week >= 0; week--) {
            held.add(meetings.plan(series, today.minusWeeks(week), dispatch));
        }

        PageResult<MeetingSummary> first = meetings.meetingsOf(series, dispatch, new PageQuery(0, PAGE));
        assertThat(first.totalElements()).isEqualTo(PAGE + 1);
        assertThat(first.content())
                .extracting(MeetingSummary::id)
                .containsExactlyElementsOf(held.reversed().subList(0, PAGE));

        String page = WebTestSupport.page(mvc, "dispatch", "/meetings/series/" + series);
        assertThat(page)
                .contains("第" + (PAGE + 1) + "期周例会（" + today + "）")
                .contains("共 " + (PAGE + 1) + " 条，第 1/2 页")
                .contains("href=\"?page=1\"")
                .doesNotContain("href=\"/meetings/" + held.getFirst() + "\"");
        assertThat(page.indexOf("href=\"/meetings/" + held.getLast() + "\""))
                .isPositive()
                .isLessThan(page.indexOf("href=\"/meetings/" + held.get(held.size() - 2) + "\""));
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/series/" + series + "?page=1"))
                .contains("href=\"/meetings/" + held.getFirst() + "\"", "第1期周例会（" + today.minusWeeks(PAGE) + "）")
                .doesNotContain("href=\"/meetings/" + held.getLast() + "\"");
    }

    @Test
    void aSeriesOutsideTheScopeIsNotFound() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long series = meetings.createSeries(
                new SeriesForm(fx.taskForce(null, Set.of(), Set.of()), DayOfWeek.FRIDAY, LocalTime.of(14, 0), "调度室"),
                fx.user("dispatch"));
        mvc.perform(get("/meetings/series/" + series).session(WebTestSupport.login(mvc, "lead2")))
                .andExpect(status().isNotFound());
    }
}

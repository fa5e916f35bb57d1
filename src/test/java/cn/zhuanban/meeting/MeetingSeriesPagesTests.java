package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import cn.zhuanban.shared.BusinessException;
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
import org.springframework.mock.web.MockHttpSession;
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
    void aMeetingPlannedBeforeDraftsTakesItsPlaceByDayAndTheDraftsMoveUp() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long series = meetings.createSeries(
                new SeriesForm(fx.taskForce(null, Set.of(), Set.of()), DayOfWeek.MONDAY, LocalTime.of(9, 0), "调度室"),
                dispatch);
        long first = meetings.plan(series, LocalDate.of(2075, 1, 7), dispatch);
        long third = meetings.plan(series, LocalDate.of(2075, 1, 21), dispatch);
        long second = meetings.plan(series, LocalDate.of(2075, 1, 14), dispatch);

        assertThat(meetings.meetingsOf(series, dispatch, new PageQuery(0, PAGE)).content())
                .extracting(MeetingSummary::id, MeetingSummary::number)
                .containsExactly(tuple(third, 3), tuple(second, 2), tuple(first, 1));
        assertThat(meetings.find(second, dispatch).since()).isEqualTo(LocalDate.of(2075, 1, 7));
    }

    @Test
    void aHeldMeetingKeepsItsNumberAndNoMeetingIsPlannedBeforeIt() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long series = meetings.createSeries(
                new SeriesForm(fx.taskForce(null, Set.of(), Set.of()), DayOfWeek.MONDAY, LocalTime.of(9, 0), "调度室"),
                dispatch);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long held = meetings.plan(series, today.minusWeeks(2), dispatch);
        long ahead = meetings.plan(series, today.plusWeeks(1), dispatch);

        assertThatThrownBy(() -> meetings.plan(series, today.minusWeeks(3), dispatch))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).field())
                .isEqualTo("heldOn");
        long between = meetings.plan(series, today.minusWeeks(1), dispatch);

        assertThat(meetings.meetingsOf(series, dispatch, new PageQuery(0, PAGE)).content())
                .extracting(MeetingSummary::id, MeetingSummary::number)
                .containsExactly(tuple(ahead, 3), tuple(between, 2), tuple(held, 1));
    }

    @Test
    void aRestDayIsRefusedUnlessConfirmedAndAnotherWeekdayIsWarnedOf() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long series = meetings.createSeries(
                new SeriesForm(fx.taskForce(null, Set.of(), Set.of()), DayOfWeek.MONDAY, LocalTime.of(9, 0), "调度室"),
                fx.user("dispatch"));
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        String sunday = "2075-02-03";

        // refused beside the date, the form shown again with the day typed, not an error page that lost it
        String refused = mvc.perform(post("/meetings/series/" + series + "/meetings")
                        .session(session)
                        .with(csrf())
                        .param("heldOn", sunday)
                        .param("_restDayConfirmed", "on"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("id=\"plan-form\"", "is-invalid", "value=\"2075-02-03\"")
                .containsPattern("invalid-feedback d-block\">输入有误：2075-02-03 是休息日");
        assertThat(meetings.meetingsOf(series, fx.user("dispatch"), new PageQuery(0, PAGE))
                        .totalElements())
                .isZero();

        String planned = mvc.perform(post("/meetings/series/" + series + "/meetings")
                        .session(session)
                        .with(csrf())
                        .param("heldOn", sunday)
                        .param("restDayConfirmed", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(WebTestSupport.page(mvc, "dispatch", planned))
                .contains("id=\"off-weekday\"", "会议日期 2075-02-03 是星期日，本例会固定在星期一召开");
        long monday = meetings.plan(series, LocalDate.of(2075, 2, 11), fx.user("dispatch"));
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + monday)).doesNotContain("off-weekday");
    }

    @Test
    void aDayBeforeTheLastHeldMeetingIsRefusedBesideTheDateWithTheDayKept() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long series = meetings.createSeries(
                new SeriesForm(fx.taskForce(null, Set.of(), Set.of()), DayOfWeek.MONDAY, LocalTime.of(9, 0), "调度室"),
                dispatch);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        meetings.plan(series, today.minusWeeks(2), dispatch);
        String earlier = today.minusWeeks(3).toString();

        String refused = mvc.perform(post("/meetings/series/" + series + "/meetings")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("heldOn", earlier)
                        .param("restDayConfirmed", "true")
                        .param("_restDayConfirmed", "on"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(refused)
                .contains("value=\"" + earlier + "\"", "is-invalid")
                .containsPattern("id=\"restDayConfirmed\"[^>]*checked")
                .containsPattern("invalid-feedback d-block\">输入有误：" + today.minusWeeks(2) + " 的会议已召开或已确认");
        assertThat(meetings.meetingsOf(series, dispatch, new PageQuery(0, PAGE)).totalElements())
                .isEqualTo(1);
    }

    @Test
    void aMeetingInsertedBetweenDraftsEndsThePeriodOfTheNextOne() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long series = meetings.createSeries(
                new SeriesForm(fx.taskForce(null, Set.of(), Set.of()), DayOfWeek.MONDAY, LocalTime.of(9, 0), "调度室"),
                dispatch);
        long first = meetings.plan(series, LocalDate.of(2035, 3, 5), dispatch);
        long fourth = meetings.plan(series, LocalDate.of(2035, 3, 26), dispatch);
        long second = meetings.plan(series, LocalDate.of(2035, 3, 12), dispatch);
        long third = meetings.plan(series, LocalDate.of(2035, 3, 19), dispatch);

        // each period begins on the day of the meeting before it by date, whatever the order they were planned in
        assertThat(List.of(first, second, third, fourth))
                .extracting(id -> meetings.find(id, dispatch).since())
                .containsExactly(null, LocalDate.of(2035, 3, 5), LocalDate.of(2035, 3, 12), LocalDate.of(2035, 3, 19));
        assertThat(meetings.meetingsOf(series, dispatch, new PageQuery(0, PAGE)).content())
                .extracting(MeetingSummary::id, MeetingSummary::number)
                .containsExactly(tuple(fourth, 4), tuple(third, 3), tuple(second, 2), tuple(first, 1));
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

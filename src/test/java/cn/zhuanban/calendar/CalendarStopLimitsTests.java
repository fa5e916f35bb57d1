package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One typo in a district stop (2000-01-01 to 2100-12-31) was accepted: every project went red and a plan finished in
 * 2101. A stop now lies within the years the calendar holds, lasts at most 366 days, and one that removes more than
 * 31 working days or has begun is added only when confirmed, the refusal saying what it takes away. Stops are only
 * refused here, or added in 2008 (long past, no deadline or plan there) and removed again: every other test counts
 * working days on this calendar.
 */
@IntegrationTest
class CalendarStopLimitsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    PlansDuringStops plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aCenturyLongTypoIsRefusedOutsideTheYearsTheCalendarHoldsAndAStopOfOverAYearToo() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        int before = calendar.periods().size();
        String century = refused(post(admin, "2000-01-01", "2100-12-31", "重污染停工"));
        assertThat(input(century, "from")).contains("is-invalid").contains("value=\"2000-01-01\"");
        assertThat(century).contains("停工期间须在日历所含的2007年至");
        assertThat(input(century, "name")).contains("value=\"重污染停工\"");

        int thisYear = Year.now(clock).getValue();
        String overAYear = refused(post(admin, thisYear + "-01-01", (thisYear + 1) + "-01-05", "冬季停工"));
        assertThat(input(overAYear, "to")).contains("is-invalid");
        assertThat(overAYear).contains("停工期间最长366天");
        assertThat(calendar.periods()).hasSize(before);
    }

    @Test
    void aLongStopIsRefusedUntilConfirmedSayingHowManyWorkingDaysAndKeyProjectsItReaches() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        int before = calendar.periods().size();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.plusDays(60);
        LocalDate to = today.plusDays(150);
        int workingDays = calendar.construction(false).workingDaysBetween(from.minusDays(1), to);
        int projects = plans.projectsWithTasksBetween(from, to, today);

        String page = refused(post(admin, from.toString(), to.toString(), "冬季停工"));
        assertThat(input(page, "confirmed")).contains("is-invalid").doesNotContain("checked");
        assertThat(page)
                .contains("此停工期间超过31个工作日：将使" + workingDays + "个工作日变为休息日，" + projects + "个重点项目的计划任务在此期间内")
                .contains("确认停工期较长/已开始");
        assertThat(input(page, "name")).contains("value=\"冬季停工\"");
        assertThat(input(page, "from")).contains("value=\"" + from + "\"");
        assertThat(HtmlParts.form(page, "period-form")).contains("name=\"_confirmed\"");
        assertThat(calendar.periods()).hasSize(before);
    }

    @Test
    void aStopThatHasBegunIsAddedOnlyWhenConfirmedAndTheTickStaysWhenAnotherFieldIsRefused() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        String begun = refused(post(admin, "2008-03-03", "2008-03-04", "检修停工"));
        assertThat(begun).contains("此停工期间开始日期早于今天：将使2个工作日变为休息日");

        String noName = refused(post(admin, "2008-03-03", "2008-03-04", "").param("confirmed", "true"));
        assertThat(input(noName, "confirmed")).contains("checked");
        assertThat(input(noName, "name")).contains("is-invalid");

        mvc.perform(post(admin, "2008-03-03", "2008-03-04", "检修停工").param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        PeriodView added = calendar.periods().stream()
                .filter(p -> p.from().equals(LocalDate.of(2008, 3, 3)))
                .findFirst()
                .orElseThrow();
        try {
            assertThat(calendar.construction(false).isWorkingDay(LocalDate.of(2008, 3, 4)))
                    .isFalse();
        } finally {
            mvc.perform(MockMvcRequestBuilders.post("/calendar/periods/" + added.id() + "/delete")
                            .session(admin)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(calendar.construction(false).isWorkingDay(LocalDate.of(2008, 3, 4)))
                .isTrue();
    }

    /** The review typed a backward stop, then 2026-02-30, then a name too long: each came back with the name kept. */
    @Test
    void everyRefusedStopComesBackWithTheNameAsTyped() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        String name = "区重污染天气应急停工";
        assertThat(input(refused(post(admin, "2026-03-10", "2026-03-02", name)), "name"))
                .contains("value=\"" + name + "\"");
        String impossible = refused(post(admin, "2026-02-30", "2026-03-02", name));
        assertThat(input(impossible, "name")).contains("value=\"" + name + "\"");
        assertThat(input(impossible, "from")).contains("value=\"2026-02-30\"");
        String both = refused(post(admin, "2026-02-30", "2026-02-01", name));
        assertThat(input(both, "name")).contains("value=\"" + name + "\"");
        String tooLong = "停".repeat(101);
        assertThat(input(refused(post(admin, "2026-02-30", "2026-03-02", tooLong)), "name"))
                .contains("value=\"" + tooLong + "\"");
        assertThat(input(refused(post(admin, "2026-03-02", "2026-03-03", tooLong)), "name"))
                .contains("value=\"" + tooLong + "\"");
    }

    /** The log said "工作日 调休上班" then just "休息日": now each correction says what the day was. */
    @Test
    void aDaysCorrectionIsLoggedBeforeAndAfter() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        LocalDate saturday = LocalDate.of(2039, 12, 24);
        try {
            day(admin, saturday, "true", "调休上班");
            AuditTrail.awaitRecord(jdbc, "calendar.day-set", saturday.toString(), "off → working 调休上班");
            day(admin, saturday, "false", "");
            AuditTrail.awaitRecord(jdbc, "calendar.day-set", saturday.toString(), "working 调休上班 → off");
        } finally {
            // a Saturday off is what the calendar had: the correction is removed, nothing counts differently
            jdbc.sql("delete from calendar_day where cal_date = :day and kind = 'OVERRIDE'")
                    .param("day", saturday)
                    .update();
        }
    }

    private void day(MockHttpSession admin, LocalDate date, String working, String name) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/calendar/day")
                        .session(admin)
                        .with(csrf())
                        .param("date", date.toString())
                        .param("working", working)
                        .param("name", name))
                .andExpect(status().is3xxRedirection());
    }

    private static MockHttpServletRequestBuilder post(MockHttpSession admin, String from, String to, String name) {
        return MockMvcRequestBuilders.post("/calendar/periods")
                .session(admin)
                .with(csrf())
                .param("from", from)
                .param("to", to)
                .param("name", name)
                .param("_confirmed", "on");
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request).andExpect(status().isOk());
        return result.andReturn().getResponse().getContentAsString();
    }

    private static String input(String page, String name) {
        return HtmlParts.input(page, "period-form", name);
    }
}

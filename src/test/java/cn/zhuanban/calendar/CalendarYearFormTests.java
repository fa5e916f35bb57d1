package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.CalendarEvents;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.domain.CalendarStore;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 新增/修订年度安排: a whole year typed in one form, without a file, goes the way of an upload (checks, audit record,
 * effect at once); refused rows come back with the message beside the input and everything typed.
 */
@IntegrationTest
class CalendarYearFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    CalendarStore store;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void calendarListenersDone() {
        CalendarEvents.awaitHandled(jdbc);
    }

    @Test
    void theAdministratorAddsAYearByTheFormAndDeadlinesCountOnItAtOnce() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        String blank = page(admin, "/calendar/year-form?year=2053");
        assertThat(blank).contains("日历中尚无2053年的安排");
        for (String holiday : YearArrangement.HOLIDAYS) {
            assertThat(blank).contains("value=\"" + holiday + "\"");
        }
        long imports = AuditTrail.count(jdbc, "calendar.year-imported", "2053", null);

        mvc.perform(YearFormPosts.post(
                        admin,
                        2053,
                        List.of(
                                List.of("元旦", "2053-01-01", "2053-01-01", ""),
                                List.of("春节", "2053-02-18", "2053-02-24", "2053-02-15, 2053-03-01"),
                                List.of("清明节", "2053-04-04", "2053-04-06", ""),
                                List.of("劳动节", "2053-05-01", "2053-05-05", "2053-04-27 2053-05-10"),
                                List.of("端午节", "", "", ""),
                                List.of("中秋节", "", "", ""),
                                List.of("国庆节", "2053-10-01", "2053-10-07", "2053-09-28、2053-10-11"),
                                List.of("", "", "", ""))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/calendar?year=2053"));

        assertThat(calendar.hasHolidayArrangement(2053)).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2053, 9, 30), 1)).isEqualTo(LocalDate.of(2053, 10, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2053, 10, 10), 1)).isEqualTo(LocalDate.of(2053, 10, 11));
        assertThat(calendar.days(LocalDate.of(2053, 2, 15), LocalDate.of(2053, 2, 15))
                        .getFirst())
                .isEqualTo(new CalendarDay(LocalDate.of(2053, 2, 15), true, "春节"));
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2053-09-30&days=1")
                        .session(admin))
                .andExpect(jsonPath("$.date").value("2053-10-08"));
        assertThat(AuditTrail.count(jdbc, "calendar.year-imported", "2053", null))
                .isEqualTo(imports + 1);

        // The form opens with the year's data again: it revises the year.
        String revise = page(admin, "/calendar/year-form?year=2053");
        assertThat(revise)
                .contains("日历中已有2053年的安排")
                .contains("value=\"2053-10-07\"")
                .contains("value=\"2053-02-15, 2053-03-01\"")
                .contains("value=\"2053-09-28, 2053-10-11\"");
        assertThat(page(admin, "/calendar?year=2053")).contains("/calendar/year-form?year=2053");
    }

    @Test
    void refusedRowsComeBackWithTheMessageBesideTheInputAndEverythingTyped() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        long revision = store.revision();
        String page = mvc.perform(YearFormPosts.post(
                        admin,
                        2057,
                        List.of(
                                List.of("元旦", "2057-01-01", "2057-01-03", ""),
                                List.of("春节", "2057-02-05", "2057-02-01", ""),
                                List.of("清明节", "2058-04-04", "2058-04-05", ""),
                                List.of("劳动节", "2057-05-01", "2057-05-05", "2057-04-25"),
                                List.of("端午节", "2057-05-04", "2057-05-06", ""),
                                List.of("中秋节", "2057-13-01", "2057-09-20", ""),
                                List.of("", "2057-10-01", "2057-10-07", ""))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("放假末日不能早于首日")
                .contains("2058-04-04不在2057年之内")
                .contains("2057-04-25是星期三，不是周六或周日")
                .contains("2057-05-04已在第4行（劳动节）中填写")
                .contains("“2057-13-01”不是有效日期")
                .contains("请填写节日名称")
                .contains("value=\"2057-13-01\"")
                .contains("value=\"2057-04-25\"")
                .contains("value=\"2057-02-05\"");
        assertThat(calendar.hasHolidayArrangement(2057)).isFalse();
        assertThat(store.revision()).isEqualTo(revision);

        // A row more comes back with what was typed, nothing saved.
        String more = mvc.perform(YearFormPosts.post(admin, 2057, List.of(List.of("元旦", "2057-01-01", "", "")))
                        .param("addRow", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(more).contains("name=\"rows[1].name\"").contains("value=\"2057-01-01\"");

        // Too few days off is not a year, as for a file.
        String few = mvc.perform(
                        YearFormPosts.post(admin, 2057, List.of(List.of("元旦", "2057-01-01", "2057-01-01", ""))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(few).contains("表中2057年只有1个放假日");
        assertThat(calendar.hasHolidayArrangement(2057)).isFalse();
    }

    @Test
    void onlyTheCalendarKeeperMayUseTheForm() throws Exception {
        for (String user : List.of("dispatch", "auditor")) {
            MockHttpSession session = WebTestSupport.login(mvc, user);
            mvc.perform(get("/calendar/year-form?year=2057").session(session)).andExpect(status().isForbidden());
            mvc.perform(YearFormPosts.post(session, 2057, List.of(List.of("国庆节", "2057-10-01", "2057-10-07", ""))))
                    .andExpect(status().isForbidden());
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/calendar?year=2057")).doesNotContain("/calendar/year-form");
        assertThat(calendar.hasHolidayArrangement(2057)).isFalse();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

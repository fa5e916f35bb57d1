package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CalendarEvents;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar endpoints of the API contract, on the shipped 2026 holiday data. */
@IntegrationTest
class CalendarApiTests {

    @Autowired
    JdbcClient jdbc;

    /** The calendar changes of these tests re-judge every plan: done before the next test's events queue behind them. */
    @AfterEach
    void calendarListenersDone() {
        CalendarEvents.awaitHandled(jdbc);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    MockHttpSession session;

    @BeforeEach
    void login() throws Exception {
        session = WebTestSupport.login(mvc, "dispatch");
    }

    @Test
    void threeWorkingDaysFromTheDayBeforeNationalDayEndOnTheNinthOfOctober() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-09-29&days=3")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-10-09"));
    }

    @Test
    void twoWorkingDaysFromTheEighthOfOctoberEndOnTheMakeUpSaturday() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-10-08&days=2")
                        .session(session))
                .andExpect(jsonPath("$.date").value("2026-10-10"));
    }

    @Test
    void countsWorkingDaysAcrossTheHoliday() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days-between?from=2026-09-29&to=2026-10-09")
                        .session(session))
                .andExpect(jsonPath("$.workingDays").value(3));
    }

    @Test
    void listsDaysWithHolidayNames() throws Exception {
        mvc.perform(get("/api/v1/calendar/days?from=2026-10-01&to=2026-10-10").session(session))
                .andExpect(jsonPath("$[0].date").value("2026-10-01"))
                .andExpect(jsonPath("$[0].working").value(false))
                .andExpect(jsonPath("$[0].name").value("国庆节"))
                .andExpect(jsonPath("$[9].working").value(true));
    }

    @Test
    void refusesAMalformedDateNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-13-01&days=1")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("from")));
    }

    @Test
    void refusesAYearOutsideTheCalendarsRangeInsteadOfAnsweringInTheYear10000() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days?from=9999-12-31&days=3")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2000年至2100年")));
        mvc.perform(get("/api/v1/calendar/working-days-between?from=2026-01-01&to=0001-01-01")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        // a span of the days list reaching past 2100 is refused like every other date input (it answered 200)
        mvc.perform(get("/api/v1/calendar/days?from=2100-12-30&to=2101-01-02").session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2000年至2100年")));
    }

    @Test
    void aRefusedCountOrSpanSaysTheLimit() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-09-29&days=100000000")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("days"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("正负40000")));
        // Math.abs(Integer.MIN_VALUE) is negative: this count passed the limit and answered the year -8229430
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-01-01&days=-2147483648")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("days"));
        // within the count's limit, but ending after 2100, where the calendar knows no holidays
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-01-01&days=39000")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("days"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2000年至2100年")));
        mvc.perform(get("/api/v1/calendar/days?from=2026-01-01&to=2025-12-31").session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1830天")));
    }

    @Test
    void requiresAuthentication() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-09-29&days=3"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    @Test
    void anAdministratorsCorrectionTakesEffectAtOnce() {
        LocalDate sunday = LocalDate.of(2031, 3, 2);
        assertThat(calendar.administrative().isWorkingDay(sunday)).isFalse();
        calendar.setDay(sunday, true, null);
        assertThat(calendar.administrative().isWorkingDay(sunday)).isTrue();
    }
}

package cn.zhuanban.calendar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CalendarEvents;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calendar API counts on the calendar a plan uses when asked ({@code calendar}, the schedule API's names): a
 * district stop that moves construction plans showed there as working days.
 */
@IntegrationTest
class CalendarApiCalendarParamTests {

    static final String STOP = "重污染天气停工（测试2055）";

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void calendarListenersDone() {
        CalendarEvents.awaitHandled(jdbc);
    }

    @Test
    void aStopIsRestOnTheConstructionCalendarsAndWorkOnTheDefault() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        if (!calendar.hasHolidayArrangement(2055)) {
            // a stop lies within the years the calendar holds
            mvc.perform(YearFormPosts.post(
                    admin,
                    2055,
                    List.of(
                            List.of("元旦", "2055-01-01", "2055-01-03", ""),
                            List.of("国庆节", "2055-10-01", "2055-10-07", ""))));
        }
        // Monday 1 to Friday 5 March 2055
        mvc.perform(post("/calendar/periods")
                .session(admin)
                .with(csrf())
                .param("from", "2055-03-01")
                .param("to", "2055-03-05")
                .param("name", STOP)
                .param("confirmed", "true")
                .param("_confirmed", "on"));
        long id = calendar.periods().stream()
                .filter(p -> p.name().equals(STOP))
                .findFirst()
                .orElseThrow()
                .id();
        try {
            MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
            String days = "/api/v1/calendar/days?from=2055-03-01&to=2055-03-01";
            mvc.perform(get(days).session(session))
                    .andExpect(jsonPath("$[0].working").value(true))
                    .andExpect(jsonPath("$[0].name").doesNotExist());
            mvc.perform(get(days + "&calendar=default").session(session))
                    .andExpect(jsonPath("$[0].working").value(true));
            mvc.perform(get(days + "&calendar=construction").session(session))
                    .andExpect(jsonPath("$[0].working").value(false))
                    .andExpect(jsonPath("$[0].name").value(STOP));

            String between = "/api/v1/calendar/working-days-between?from=2055-02-28&to=2055-03-07";
            mvc.perform(get(between).session(session))
                    .andExpect(jsonPath("$.workingDays").value(5));
            mvc.perform(get(between + "&calendar=construction").session(session))
                    .andExpect(jsonPath("$.workingDays").value(0));
            mvc.perform(get(between + "&calendar=construction7").session(session))
                    .andExpect(jsonPath("$.workingDays").value(2));

            String add = "/api/v1/calendar/add-working-days?from=2055-02-26&days=1";
            mvc.perform(get(add).session(session)).andExpect(jsonPath("$.date").value("2055-03-01"));
            mvc.perform(get(add + "&calendar=construction").session(session))
                    .andExpect(jsonPath("$.date").value("2055-03-08"));

            for (String path : List.of(days, between, add)) {
                mvc.perform(get(path + "&calendar=construction5").session(session))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.field").value("calendar"))
                        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("construction7")));
            }
        } finally {
            mvc.perform(
                    post("/calendar/periods/" + id + "/delete").session(admin).with(csrf()));
        }
    }
}

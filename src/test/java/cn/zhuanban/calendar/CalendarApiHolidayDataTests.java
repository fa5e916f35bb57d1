package cn.zhuanban.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An API answer that reaches into a year without imported statutory holidays says so (README, API notes): such a
 * year counts Monday to Friday and the answer may move once it is imported. The documented shape stays: an object gets
 * the field {@code holidayDataMissing}, the list of days a {@code Warning} header. 2093 is a year no test imports; the
 * shipped data holds 2026.
 */
@IntegrationTest
class CalendarApiHolidayDataTests {

    @Autowired
    MockMvc mvc;

    MockHttpSession session;

    @BeforeEach
    void login() throws Exception {
        session = WebTestSupport.login(mvc, "dispatch");
    }

    @Test
    void countingIntoAYearWithoutHolidaysNamesThatYear() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2093-06-01&days=3")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2093-06-04"))
                .andExpect(jsonPath("$.holidayDataMissing.length()").value(1))
                .andExpect(jsonPath("$.holidayDataMissing[0]").value(2093));
        mvc.perform(get("/api/v1/calendar/working-days-between?from=2093-06-01&to=2093-06-08")
                        .session(session))
                .andExpect(jsonPath("$.workingDays").value(5))
                .andExpect(jsonPath("$.holidayDataMissing[0]").value(2093));
        mvc.perform(get("/api/v1/calendar/days?from=2093-06-01&to=2093-06-02").session(session))
                .andExpect(jsonPath("$[0].date").value("2093-06-01"))
                .andExpect(header().string("Warning", "299 - \"holiday data missing: 2093\""));
    }

    @Test
    void anAnswerWithinImportedYearsKeepsTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-09-29&days=3")
                        .session(session))
                .andExpect(jsonPath("$.date").value("2026-10-09"))
                .andExpect(jsonPath("$.holidayDataMissing").doesNotExist());
        mvc.perform(get("/api/v1/calendar/working-days-between?from=2026-09-30&to=2026-10-09")
                        .session(session))
                .andExpect(jsonPath("$.holidayDataMissing").doesNotExist());
        mvc.perform(get("/api/v1/calendar/days?from=2026-10-01&to=2026-10-10").session(session))
                .andExpect(header().doesNotExist("Warning"));
    }
}

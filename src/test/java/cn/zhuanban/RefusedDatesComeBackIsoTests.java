package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A date refused by a check on its range comes back in its input as yyyy-MM-dd, the only form an
 * {@code <input type="date">} shows: printed in the locale's short style (2026/12/1) the input stayed empty and the
 * user lost the date they had typed.
 */
@IntegrationTest
class RefusedDatesComeBackIsoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDemandNeededBeyondTheCalendarShowsTheDateAsTheDateInputTakesIt() throws Exception {
        String page = refused(demand("2101-03-05"));

        assertThat(page).contains("2100");
        assertThat(value(page, "demand-form", "neededBy")).isEqualTo("2101-03-05");
    }

    @Test
    void aDemandNeededOnADayGoneByShowsTheDateAsTheDateInputTakesIt() throws Exception {
        LocalDate past = LocalDate.now(clock).minusDays(40);
        String page = refused(demand(past.toString()));

        assertThat(page).contains("今天是 " + LocalDate.now(clock));
        assertThat(value(page, "demand-form", "neededBy")).isEqualTo(past.toString());
    }

    @Test
    void aServiceDueBeforeTheCalendarShowsTheDateAsTheDateInputTakesIt() throws Exception {
        long owner = jdbc.queryForObject("select id from app_user where username = 'dispatch'", Long.class);
        String page = refused(post("/talent/services")
                .param("kind", "HOUSING")
                .param("ownerId", Long.toString(owner))
                .param("deadline", "1999-12-31")
                .param("description", TestCodes.unique("回显日期服务"))
                .param("version", "0"));

        assertThat(value(page, "service-form", "deadline")).isEqualTo("1999-12-31");
    }

    @Test
    void aLeadsNextActionBeyondTheCalendarShowsTheDateAsTheDateInputTakesIt() throws Exception {
        long owner = jdbc.queryForObject("select id from app_user where username = 'dispatch'", Long.class);
        String page = refused(post("/investment/leads")
                .param("targetCompany", TestCodes.unique("回显日期企业"))
                .param("channel", "CHAIN")
                .param("ownerId", Long.toString(owner))
                .param("nextActionOn", "2101-01-09"));

        assertThat(value(page, "lead-form", "nextActionOn")).isEqualTo("2101-01-09");
    }

    private MockHttpServletRequestBuilder demand(String neededBy) {
        return post("/talent/demands")
                .param("enterpriseId", Long.toString(jdbc.queryForObject("select min(id) from enterprise", Long.class)))
                .param("position", "药剂师")
                .param("headcount", "3")
                .param("education", "BACHELOR")
                .param("discipline", TestCodes.unique("回显日期专业"))
                .param("minYears", "2")
                .param("urgency", "NORMAL")
                .param("neededBy", neededBy)
                .param("version", "0");
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(
                        request.session(WebTestSupport.login(mvc, "dispatch")).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String value(String page, String formId, String name) {
        Matcher m = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(HtmlParts.input(page, formId, name));
        assertThat(m.find()).as("value of " + name).isTrue();
        return m.group(1);
    }
}

package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator's day and stop-period forms refuse what the calendar cannot keep: a date outside its range, a
 * name too long, a period that ends before it begins. The page comes back with the message under the field at fault
 * and the input as typed, and nothing is stored.
 */
@IntegrationTest
class CalendarFormRefusalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    @Test
    void aDateOutsideTheCalendarsRangeIsRefusedAndTheCalendarKeepsWorking() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        String year1850 = """
                {"year": 1850, "days": [{"name": "元旦", "date": "1850-01-01", "isOffDay": true}]}""";
        mvc.perform(multipart("/calendar/upload")
                        .file(file(year1850))
                        .session(admin)
                        .with(csrf()))
                .andExpect(flash().attribute("error", containsString("1850-01-01")));
        String day = refusedDay(admin, "0226-10-01", "false", ""); // a mistyped 2026
        assertThat(formInput(day, "day-form", "date"))
                .contains("value=\"0226-10-01\"")
                .contains("is-invalid");
        assertThat(form(day, "day-form")).contains("日期须在2000年至2100年之间");
        String period = refusedPeriod(admin, "2026-12-01", "2260-12-31", "重污染停工");
        assertThat(periodInput(period, "to")).contains("value=\"2260-12-31\"");
        assertThat(period).contains("日期须在2000年至2100年之间");
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 29), 3)).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(calendar.periods()).noneMatch(p -> p.to().getYear() == 2260);
    }

    @Test
    void namesLongerThanTheCalendarKeepsAndBackwardPeriodsAreRefusedInChinese() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        assertThat(refusedDay(admin, "2026-12-12", "true", "长".repeat(51))).contains("名称最多50个字");
        assertThat(refusedPeriod(admin, "2026-12-01", "2026-12-05", " ")).contains("请填写名称");
        assertThat(refusedPeriod(admin, "2026-12-05", "2026-12-01", "重污染停工")).contains("结束日期不能早于开始日期");
        assertThat(calendar.days(LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 12))
                        .getFirst()
                        .working())
                .isFalse();
    }

    /**
     * A refused stop period came back as a flash above the page and a redirect that emptied the form: the name, the
     * dates, all to be typed again. Now the page comes back with the message under the field at fault and the typed
     * input kept, and nothing is stored.
     */
    @Test
    void aRefusedStopPeriodComesBackWithTheMessageUnderItsFieldAndTheTypedInput() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        int before = calendar.periods().size();
        String blank = refusedPeriod(admin, "2026-11-02", "2026-11-06", "");
        assertThat(periodInput(blank, "name")).contains("is-invalid");
        assertThat(periodInput(blank, "from")).contains("value=\"2026-11-02\"");
        assertThat(periodInput(blank, "to")).contains("value=\"2026-11-06\"");
        assertThat(blank).contains("请填写名称，最多100个字");

        String tooLong = "停".repeat(101);
        String longName = refusedPeriod(admin, "2026-11-02", "2026-11-06", tooLong);
        assertThat(periodInput(longName, "name"))
                .contains("value=\"" + tooLong + "\"")
                .contains("is-invalid");
        assertThat(longName).contains("最多100个字");

        String backward = refusedPeriod(admin, "2026-11-06", "2026-11-02", "重污染停工");
        assertThat(periodInput(backward, "to")).contains("is-invalid");
        assertThat(periodInput(backward, "name")).contains("value=\"重污染停工\"");
        assertThat(backward).contains("结束日期不能早于开始日期").contains("2026年工作日历");

        String unreadable = refusedPeriod(admin, "2026-13-45", "2026-11-06", "重污染停工");
        assertThat(periodInput(unreadable, "from")).contains("is-invalid");
        assertThat(periodInput(unreadable, "name")).contains("value=\"重污染停工\"");

        String missing = refusedPeriod(admin, "", "2026-11-06", "重污染停工");
        assertThat(periodInput(missing, "from")).contains("is-invalid");
        assertThat(missing).contains("必填项");
        assertThat(calendar.periods()).hasSize(before);
    }

    /**
     * A refused correction of a day came back as a flash above the page and a redirect that emptied the form, and the
     * name's input let 100 characters be typed where the calendar keeps 50. Now the page comes back with the message
     * under the field at fault and the date, the choice and the name as typed, and the input stops at 50.
     */
    @Test
    void aRefusedDayCorrectionComesBackWithTheMessageUnderItsFieldAndTheTypedInput() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        String blankPage = WebTestSupport.page(mvc, "sysadmin", "/calendar?year=2026");
        assertThat(formInput(blankPage, "day-form", "name")).contains("maxlength=\"50\"");

        String tooLong = "长".repeat(51);
        String longName = refusedDay(admin, "2026-12-12", "true", tooLong);
        assertThat(formInput(longName, "day-form", "name"))
                .contains("value=\"" + tooLong + "\"")
                .contains("is-invalid");
        assertThat(formInput(longName, "day-form", "date")).contains("value=\"2026-12-12\"");
        assertThat(form(longName, "day-form"))
                .containsPattern("<option value=\"true\"[^>]*selected")
                .contains("名称最多50个字");
        assertThat(form(longName, "period-form")).doesNotContain("alert-danger").doesNotContain("is-invalid");
        assertThat(longName).contains("2026年工作日历");

        String noDate = refusedDay(admin, "", "false", "国庆节调整");
        assertThat(formInput(noDate, "day-form", "date")).contains("is-invalid");
        assertThat(formInput(noDate, "day-form", "name")).contains("value=\"国庆节调整\"");
        assertThat(form(noDate, "day-form")).contains("必填项");

        String unreadable = refusedDay(admin, "2026-13-45", "false", "国庆节调整");
        assertThat(formInput(unreadable, "day-form", "date")).contains("is-invalid");
        assertThat(formInput(unreadable, "day-form", "name")).contains("value=\"国庆节调整\"");

        // a refused stop period says nothing in the day's form
        assertThat(form(refusedPeriod(admin, "2026-11-02", "2026-11-06", ""), "day-form"))
                .doesNotContain("alert-danger")
                .doesNotContain("is-invalid");
        assertThat(calendar.days(LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 12))
                        .getFirst()
                        .working())
                .isFalse();

        mvc.perform(post("/calendar/day")
                        .session(admin)
                        .with(csrf())
                        .param("date", "2036-12-12")
                        .param("working", "true")
                        .param("name", "长".repeat(50)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("message"));
        assertThat(calendar.days(LocalDate.of(2036, 12, 12), LocalDate.of(2036, 12, 12))
                        .getFirst())
                .satisfies(d -> {
                    assertThat(d.working()).isTrue();
                    assertThat(d.name()).isEqualTo("长".repeat(50));
                });
    }

    /** The calendar page a refused stop period came back with: the form again, not a redirect. */
    private String refusedPeriod(MockHttpSession session, String from, String to, String name) throws Exception {
        return mvc.perform(post("/calendar/periods")
                        .session(session)
                        .with(csrf())
                        .param("from", from)
                        .param("to", to)
                        .param("name", name))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The calendar page a refused correction of a day came back with: the form again, not a redirect. */
    private String refusedDay(MockHttpSession session, String date, String working, String name) throws Exception {
        return mvc.perform(post("/calendar/day")
                        .session(session)
                        .with(csrf())
                        .param("date", date)
                        .param("working", working)
                        .param("name", name))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String periodInput(String page, String name) {
        return formInput(page, "period-form", name);
    }

    private static String formInput(String page, String formId, String name) {
        return HtmlParts.input(page, formId, name);
    }

    private static String form(String page, String id) {
        return HtmlParts.form(page, id);
    }

    private static MockMultipartFile file(String content) {
        return new MockMultipartFile(
                "file", "holiday.json", "application/json", content.getBytes(StandardCharsets.UTF_8));
    }
}

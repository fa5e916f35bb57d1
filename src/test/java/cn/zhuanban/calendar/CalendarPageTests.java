package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The calendar page: a year with holidays and make-up days, a year not yet imported, the links between years; the
 * administrator's upload of a year; and that only he edits the calendar. (Refused corrections of a day or a stop
 * period: {@link CalendarFormRefusalTests}; the checks of an uploaded file: {@link CalendarUploadTests}.)
 */
@IntegrationTest
class CalendarPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    java.time.Clock clock;

    @Test
    void the2026PageMarksNationalDayAndTheMakeUpSaturday() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        String page = mvc.perform(get("/calendar?year=2026").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dayTag(page, "2026-10-01")).contains("cal-holiday").contains("国庆节");
        assertThat(dayTag(page, "2026-10-10")).contains("cal-makeup");
        assertThat(dayTag(page, "2026-10-12")).contains("cal-work");
    }

    @Test
    void aYearWithoutItsHolidayArrangementSaysSoOnItsPage() throws Exception {
        assertThat(WebTestSupport.page(mvc, "dispatch", "/calendar?year=2045"))
                .contains("id=\"calendar-year-missing\"")
                .contains("2045年的法定节假日和调休安排尚未导入");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/calendar?year=2026"))
                .doesNotContain("id=\"calendar-year-missing\"")
                .contains("2026年工作日历");
    }

    /** The shipped holidays start in 2007: the page led back year by year to 1995 and showed nothing it knew. */
    @Test
    void theYearLinksStayWithinTheYearsWithHolidaysAndTheNextOneToImport() throws Exception {
        int first = calendar.holidayYears().first();
        int last = Math.max(calendar.holidayYears().last(), LocalDate.now(clock).getYear()) + 1;
        assertThat(first).isEqualTo(2007);
        assertThat(yearLinks("/calendar?year=2007")).containsExactly(2008);
        assertThat(yearLinks("/calendar?year=2008")).containsExactly(2007, 2009);
        // opened past either end by address, the page leads back into the range, not further out
        assertThat(yearLinks("/calendar?year=1995")).containsExactly(2007);
        assertThat(yearLinks("/calendar?year=" + last)).containsExactly(last - 1);
        assertThat(yearLinks("/calendar?year=2150")).containsExactly(last);
    }

    private java.util.List<Integer> yearLinks(String path) throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", path);
        return java.util.regex.Pattern.compile("id=\"calendar-(?:previous|next)\" href=\"/calendar\\?year=(\\d+)\"")
                .matcher(page)
                .results()
                .map(m -> Integer.parseInt(m.group(1)))
                .toList();
    }

    @Test
    void anAdministratorAddsAYearByUploadAndItCountsAtOnce() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        String json = """
                {"year": 2031, "days": [{"name": "元旦", "date": "2031-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2031-01-04", "isOffDay": false},
                  {"name": "春节", "date": "2031-01-23", "isOffDay": true},
                  {"name": "春节", "date": "2031-01-24", "isOffDay": true},
                  {"name": "劳动节", "date": "2031-05-01", "isOffDay": true},
                  {"name": "国庆节", "date": "2031-10-01", "isOffDay": true}]}""";
        mvc.perform(multipart("/calendar/upload")
                        .file(file(json))
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("message"));
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2031, 1, 1)))
                .isFalse();
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2031, 1, 4)))
                .isTrue();
    }

    @Test
    void badJsonIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        boolean before = calendar.administrative().isWorkingDay(LocalDate.of(2032, 1, 1));
        mvc.perform(multipart("/calendar/upload")
                        .file(file("{\"year\": 2032, \"days\": [{\"date\": "))
                        .session(admin)
                        .with(csrf()))
                .andExpect(flash().attribute("error", containsString("文件不是有效的JSON（第34个字符附近）")));
        mvc.perform(multipart("/calendar/upload")
                        .file(file("x".repeat(300_000)))
                        .session(admin)
                        .with(csrf()))
                .andExpect(flash().attributeExists("error"));
        // 200,000 opening brackets, within the size limit: once a stack overflow and a 500.
        mvc.perform(multipart("/calendar/upload")
                        .file(file("[".repeat(200_000)))
                        .session(admin)
                        .with(csrf()))
                .andExpect(flash().attribute("error", containsString("文件不是有效的JSON（第65个字符附近）")));
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2032, 1, 1)))
                .isEqualTo(before);
    }

    @Test
    void onlyTheAdministratorEditsTheCalendar() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/calendar/day")
                        .session(dispatch)
                        .with(csrf())
                        .param("date", "2033-05-05")
                        .param("working", "false"))
                .andExpect(status().isForbidden());
    }

    private static String dayTag(String page, String date) {
        int at = page.indexOf("data-date=\"" + date + "\"");
        assertThat(at).isPositive();
        return page.substring(page.lastIndexOf("<span", at), page.indexOf(">", at));
    }

    private static MockMultipartFile file(String content) {
        return new MockMultipartFile(
                "file", "holiday.json", "application/json", content.getBytes(StandardCharsets.UTF_8));
    }
}

package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The month grids read as a calendar (weekday names, today), and the administrator finds the page and its help. */
@IntegrationTest
class CalendarGridTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void everyMonthHasItsWeekdayRowMondayFirstAndTodayIsMarked() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String page = WebTestSupport.page(mvc, "dispatch", "/calendar?year=" + today.getYear());
        String header = "<abbr class=\"cal-weekday\" title=\"星期一\">一</abbr>";
        assertThat(page.split(java.util.regex.Pattern.quote(header), -1)).hasSize(13);
        String firstMonth = page.substring(page.indexOf("class=\"cal-grid\""));
        assertThat(firstMonth.indexOf(">一</abbr>"))
                .isLessThan(firstMonth.indexOf(">日</abbr>"))
                .isLessThan(firstMonth.indexOf("data-date="));
        String todayTag = tag(page, today.toString());
        assertThat(todayTag)
                .contains("cal-today")
                .contains("aria-current=\"date\"")
                .contains("今天");
        assertThat(page.split("aria-current=\"date\"", -1)).hasSize(2);
        // another year has no today
        assertThat(WebTestSupport.page(mvc, "dispatch", "/calendar?year=" + (today.getYear() - 3)))
                .doesNotContain("aria-current=\"date\"");
    }

    @Test
    void theUploadHelpSaysWhatFileWhereFromAndShowsALine() throws Exception {
        String page = WebTestSupport.page(mvc, "sysadmin", "/calendar");
        String help = page.substring(page.indexOf("id=\"calendar-upload-hint\""));
        help = help.substring(0, help.indexOf("</div>"));
        assertThat(help)
                .contains("国务院办公厅")
                .contains("github.com/NateScarlet/holiday-cn")
                .contains(
                        "{&quot;name&quot;: &quot;国庆节&quot;, &quot;date&quot;: &quot;2027-10-01&quot;, &quot;isOffDay&quot;: true}")
                .doesNotContain("holiday-cn格式的JSON文件");
    }

    /** The system administrator has no project pages: the calendar stood alone in a 项目建设 menu. */
    @Test
    void theCalendarIsUnderSystemAdministrationForRolesWithoutProjectPages() throws Exception {
        String admin = WebTestSupport.page(mvc, "sysadmin", "/calendar");
        assertThat(admin).doesNotContain("id=\"nav-group-projects\"");
        assertThat(menu(admin, "nav-group-admin")).contains("id=\"nav-calendar\"");
        assertThat(admin.split("id=\"nav-calendar\"", -1)).hasSize(2);

        String dispatch = WebTestSupport.page(mvc, "dispatch", "/calendar");
        assertThat(menu(dispatch, "nav-group-projects")).contains("id=\"nav-calendar\"");
        assertThat(dispatch.split("id=\"nav-calendar\"", -1)).hasSize(2);
    }

    private static String menu(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).isPositive();
        String rest = page.substring(at);
        return rest.substring(0, rest.indexOf("</li>"));
    }

    private static String tag(String page, String date) {
        int at = page.indexOf("data-date=\"" + date + "\"");
        assertThat(at).isPositive();
        return page.substring(page.lastIndexOf("<span", at), page.indexOf(">", at));
    }
}

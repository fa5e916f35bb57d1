package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.UserDirectory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Both file formats carry the working calendar: holidays, make-up days, the plan's own exceptions, a seven-day week.
 */
@IntegrationTest
class PlanInteropCalendarTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    Scheduling scheduling;

    MockHttpSession dispatch;
    long enterpriseId;
    PlanInteropFiles files;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        files = new PlanInteropFiles(mvc, dispatch, enterpriseId);
    }

    @Test
    void bothFormatsCarryHolidaysAndMakeUpWorkingDaysSoTheImportCountsTheSameWorkingDays() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2026-01-05", "2027-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        WorkingCalendar district = scheduling.construction(false);
        LocalDate makeUpSaturday = LocalDate.of(2026, 2, 28); // worked for the Spring Festival
        LocalDate makeUpSunday = LocalDate.of(2026, 9, 20); // worked for National Day
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);
        assertThat(district.isWorkingDay(makeUpSaturday)).isTrue();
        assertThat(district.isWorkingDay(makeUpSunday)).isTrue();
        for (String format : List.of("mspdi", "xer")) {
            PlanFileReader.Content content = PlanFileReader.read(files.export(id, format));
            assertThat(content.workingDay().test(makeUpSaturday))
                    .as(format + " make-up Saturday")
                    .isTrue();
            assertThat(content.workingDay().test(makeUpSunday))
                    .as(format + " make-up Sunday")
                    .isTrue();
            assertThat(content.workingDay().test(nationalDay))
                    .as(format + " National Day")
                    .isFalse();
            for (LocalDate d = LocalDate.of(2026, 1, 5); d.isBefore(LocalDate.of(2027, 6, 30)); d = d.plusDays(1)) {
                assertThat(content.workingDay().test(d)).as(format + " " + d).isEqualTo(district.isWorkingDay(d));
            }
        }
    }

    @Test
    void aRoundTripKeepsThePlansOwnCalendarExceptionsAndTheDatesAgree() throws Exception {
        long source = PlanFixtures.project(mvc, dispatch, enterpriseId, "2026-01-05", "2027-06-30");
        mvc.perform(post("/projects/" + source + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, source))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        String withoutExceptions = files.plan(source);
        // 2026-01-07 is a Wednesday inside 用地预审 (A02), 2026-03-07 a Saturday inside 土地供应 (A03)
        files.calendarDay(source, "2026-01-07", false, "设备检修停工");
        files.calendarDay(source, "2026-03-07", true, "周六加班");
        String original = files.plan(source);
        assertThat(original).as("the exceptions move the dates").isNotEqualTo(withoutExceptions);
        for (String format : List.of("mspdi", "xer")) {
            long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2026-01-05", "2027-06-30");
            files.importFile(target, files.export(source, format)).andExpect(status().isOk());
            assertThat(files.plan(target)).as(format + " dates").isEqualTo(original);
            String page = files.page(target);
            assertThat(page)
                    .as(format + " exceptions kept")
                    .contains("id=\"calendar-day-2026-01-07\"")
                    .contains("id=\"calendar-day-2026-03-07\"")
                    // the district's holidays and make-up days, also in the file, stay the district's
                    .doesNotContain("id=\"calendar-day-2026-10-01\"")
                    .doesNotContain("id=\"calendar-day-2026-02-28\"");
            if (format.equals("mspdi")) {
                assertThat(page).contains("设备检修停工"); // XER calendars carry no exception names
            }
        }
        // imported back into its own project, an XER keeps the names the plan gives the same days
        files.importFile(source, files.export(source, "xer")).andExpect(status().isOk());
        assertThat(files.plan(source)).isEqualTo(original);
        assertThat(files.page(source)).contains("设备检修停工").contains("周六加班");
    }

    @Test
    void aSevenDayPlanComesBackAsASevenDayPlan() throws Exception {
        long source = files.templatedWithLag();
        mvc.perform(post("/projects/" + source + "/plan/calendar")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, source))
                        .param("sevenDayWeek", "true"))
                .andExpect(status().isOk());
        long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        files.importFile(target, files.export(source, "xer")).andExpect(status().isOk());
        assertThat(files.plan(target)).isEqualTo(files.plan(source));
        assertThat(files.page(target)).containsPattern("<option value=\"true\" selected=\"selected\"");
    }

    @Test
    void aCalendarDayOutsideTheCalendarsRangeIsRefusedAndChangesNothing() throws Exception {
        long id = files.templatedWithLag();
        String before = files.plan(id);
        mvc.perform(post("/projects/" + id + "/plan/calendar-days")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("date", "2150-01-01")
                        .param("working", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-error\"")));
        assertThat(files.plan(id)).isEqualTo(before);
    }
}

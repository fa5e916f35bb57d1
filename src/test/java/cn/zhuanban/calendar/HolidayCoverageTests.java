package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.zhuanban.CalendarEvents;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Which years' holiday arrangements the calendar has, and what happens when one arrives: the shipped files upload as
 * they are, and an administrator's correction outlives a re-import of its year.
 */
@IntegrationTest
class HolidayCoverageTests {

    /** The calendar changes of these tests re-judge every plan: done before the next test's events queue behind them. */
    @AfterEach
    void calendarListenersDone() {
        CalendarEvents.awaitHandled(jdbc);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    CalendarBootstrap bootstrap;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStartLoadsAShippedYearTheCalendarLacksAndKeepsTheOthers() throws Exception {
        calendar.setDay(LocalDate.of(2011, 6, 6), true, "区内调整"); // Dragon Boat Festival, worked by correction
        jdbc.sql("delete from calendar_day where kind = 'STATUTORY' and cal_date between '2010-01-01' and '2010-12-31'")
                .update();
        jdbc.sql("delete from calendar_year where cal_year = 2010").update(); // the year as never imported
        assertThat(calendar.hasHolidayArrangement(2010)).isFalse();

        bootstrap.run(null); // as a node of a new release starts

        assertThat(calendar.hasHolidayArrangement(2010)).isTrue();
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2010, 10, 1)))
                .isFalse();
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2011, 6, 6)))
                .isTrue();

        long revision = revision();
        bootstrap.run(null); // the next start: every year with data is in, and 2027's placeholder file is empty
        assertThat(revision())
                .as("nothing loaded, no calendar rebuilt on every node")
                .isEqualTo(revision);
    }

    private long revision() {
        return jdbc.sql("select revision from calendar_revision where id = 1")
                .query(Long.class)
                .single();
    }

    @Test
    void thisYearIsMissingWithoutDataAndNextYearFromNovember() {
        assertThat(calendar.missingHolidayYears(LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(calendar.missingHolidayYears(LocalDate.of(2040, 3, 1))).containsExactly(2040);
        assertThat(calendar.missingHolidayYears(LocalDate.of(2040, 10, 31))).containsExactly(2040);
        assertThat(calendar.missingHolidayYears(LocalDate.of(2040, 11, 1))).containsExactly(2040, 2041);
    }

    @Test
    void anImportedYearIsNoLongerMissing() {
        assertThat(calendar.missingHolidayYears(LocalDate.of(2042, 12, 1))).containsExactly(2042, 2043);
        calendar.importYear(new HolidayCnJson.Year(
                2043,
                List.of(
                        new DayException(LocalDate.of(2042, 12, 31), false, "元旦"),
                        new DayException(LocalDate.of(2043, 1, 1), false, "元旦"))));
        // The December day in 2043's file does not make 2042 count as published.
        assertThat(calendar.missingHolidayYears(LocalDate.of(2042, 12, 1))).containsExactly(2042);
        assertThat(calendar.hasHolidayArrangement(2043)).isTrue();
    }

    @Test
    void aShippedFileWithTheDecemberBeforeUploadsAsItIs() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        byte[] shipped;
        try (InputStream in = new ClassPathResource("holiday-cn/2019.json").getInputStream()) {
            shipped = in.readAllBytes();
        }
        mvc.perform(multipart("/calendar/upload")
                        .file(new MockMultipartFile("file", "2019.json", "application/json", shipped))
                        .session(admin)
                        .with(csrf()))
                .andExpect(flash().attributeExists("message"));
        WorkingCalendar days = calendar.administrative();
        assertThat(days.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue(); // Saturday, made up for New Year
        assertThat(days.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2019, 10, 1))).isFalse();
    }

    @Test
    void anAdministratorsCorrectionOutlivesAReimportOfItsYear() {
        calendar.setDay(LocalDate.of(2034, 5, 2), true, "区内调整");
        calendar.importYear(new HolidayCnJson.Year(
                2034,
                List.of(
                        new DayException(LocalDate.of(2034, 5, 1), false, "劳动节"),
                        new DayException(LocalDate.of(2034, 5, 2), false, "劳动节"))));
        WorkingCalendar days = calendar.administrative();
        assertThat(days.isWorkingDay(LocalDate.of(2034, 5, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2034, 5, 2))).isTrue();
    }
}

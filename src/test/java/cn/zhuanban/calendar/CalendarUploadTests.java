package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.domain.CalendarStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An administrator's year file is checked whole before anything changes. A file of 2027 listing only 2026-01-01 was
 * answered "2027年数据已导入，共1天", renamed 2026's New Year's Day and left 2027 missing.
 */
@IntegrationTest
class CalendarUploadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    CalendarStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWhoseDayBelongsToAnotherYearIsRefusedAndChangesNothing() throws Exception {
        long revision = store.revision();
        long imports = AuditTrail.count(jdbc, "calendar.year-imported", "2027", null);
        String error = refused("""
                {"year":2027,"days":[{"name":"x","date":"2026-01-01","isOffDay":true}]}""");
        assertThat(error).contains("2026-01-01不属于2027年").contains("未做任何更改");
        assertThat(calendar.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))
                        .getFirst())
                .satisfies(d -> assertThat(d.name()).isEqualTo("元旦"));
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(AuditTrail.count(jdbc, "calendar.year-imported", "2027", null))
                .isEqualTo(imports);

        // A whole year's file with one day of another year is refused as well, the year's own days not taken.
        String oneStray = year(2061, "{\"name\":\"劳动节\",\"date\":\"2060-05-01\",\"isOffDay\":true}");
        assertThat(refused(oneStray)).contains("2060-05-01不属于2061年");
        assertThat(calendar.hasHolidayArrangement(2061)).isFalse();
        assertThat(calendar.days(LocalDate.of(2060, 5, 1), LocalDate.of(2060, 5, 1))
                        .getFirst()
                        .name())
                .isNull();
        assertThat(store.revision()).isEqualTo(revision);
    }

    @Test
    void aFileThatIsNotAWholeYearOrNamesADayTwiceOrNotAtAllIsRefused() throws Exception {
        long revision = store.revision();
        assertThat(refused("""
                        {"year":2067,"days":[{"name":"元旦","date":"2067-01-01","isOffDay":true},
                          {"name":"元旦","date":"2067-01-02","isOffDay":true}]}""")).contains("2067年只有2个放假日").contains("至少5个放假日");
        assertThat(refused(year(2067, "{\"name\":\"国庆节\",\"date\":\"2067-10-01\",\"isOffDay\":true}")))
                .contains("2067-10-01在文件中出现了不止一次");
        assertThat(refused(year(2067, "{\"name\":\" \",\"date\":\"2067-11-11\",\"isOffDay\":true}")))
                .contains("2067-11-11没有名称");
        assertThat(calendar.hasHolidayArrangement(2067)).isFalse();
        assertThat(store.revision()).isEqualTo(revision);
    }

    /**
     * 2019's file carries 29–31 December 2018 (its New Year holiday): an upload may bring the December before, but
     * not give a day there another meaning than the calendar holds.
     */
    @Test
    void aDayOfTheDecemberBeforeIsNotGivenAnotherMeaning() throws Exception {
        String json =
                shipped("holiday-cn/2019.json").replaceFirst("(\"2018-12-29\",\\s*\"isOffDay\": )false", "$1true");
        assertThat(json).isNotEqualTo(shipped("holiday-cn/2019.json"));
        assertThat(refused(json)).contains("2018-12-29已按其他年份的安排记为“元旦”（上班）");
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2018, 12, 29)))
                .isTrue();
    }

    @Test
    void anUploadedYearCountsAsImportedAndItsRecordNamesWhatItAddedAndChanged() throws Exception {
        assertThat(calendar.missingHolidayYears(LocalDate.of(2063, 6, 1))).containsExactly(2063);
        String json = year(
                2063,
                "{\"name\":\"元旦\",\"date\":\"2062-12-31\",\"isOffDay\":true}",
                "{\"name\":\"春节\",\"date\":\"2063-02-17\",\"isOffDay\":false}");
        MvcResult done = upload(json);
        assertThat((String) done.getFlashMap().get("message")).isEqualTo("2063年的节假日安排已导入：放假日7天，调休上班日1天。");
        assertThat(calendar.missingHolidayYears(LocalDate.of(2063, 6, 1))).isEmpty();
        assertThat(calendar.hasHolidayArrangement(2063)).isTrue();
        assertThat(calendar.hasHolidayArrangement(2062)).isFalse();
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2062, 12, 31)))
                .isFalse();
        AuditTrail.awaitRecord(
                jdbc,
                "calendar.year-imported",
                "2063",
                "year=2063, offDaysAdded=7, offDaysChanged=0, makeUpDaysAdded=1, makeUpDaysChanged=0, daysRemoved=0");

        // Again with National Day renamed and one day less: one changed, one removed.
        String again = json.replace("{\"name\":\"劳动节\",\"date\":\"2063-05-02\",\"isOffDay\":true},", "")
                .replace("\"国庆节\",\"date\":\"2063-10-01\"", "\"国庆节、中秋节\",\"date\":\"2063-10-01\"");
        upload(again);
        AuditTrail.awaitRecord(
                jdbc,
                "calendar.year-imported",
                "2063",
                "year=2063, offDaysAdded=0, offDaysChanged=1, makeUpDaysAdded=0, makeUpDaysChanged=0, daysRemoved=1");
        // Re-importing 2062 keeps the December day 2063's file brought.
        upload(year(2062));
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2062, 12, 31)))
                .isFalse();
    }

    /**
     * A correction replaces the day's statutory row, and a year counted as imported only while some statutory day of
     * it was stored: a year whose every off day had been corrected by hand stayed "not imported" after its upload.
     */
    @Test
    void aYearWhoseEveryOffDayWasCorrectedByHandCountsAsImportedOnceUploaded() throws Exception {
        for (String day : List.of("01-01 元旦", "02-16 春节", "02-18 春节", "05-01 劳动节", "05-02 劳动节")) {
            calendar.setDay(LocalDate.parse("2069-" + day.substring(0, 5)), false, day.substring(6));
        }
        calendar.setDay(LocalDate.of(2069, 10, 1), true, "区内调整"); // worked, by the district's choice
        assertThat(calendar.hasHolidayArrangement(2069))
                .as("corrections alone import nothing")
                .isFalse();

        MvcResult done = upload(year(2069));

        assertThat((String) done.getFlashMap().get("message")).startsWith("2069年的节假日安排已导入");
        assertThat(calendar.hasHolidayArrangement(2069)).isTrue();
        assertThat(calendar.missingHolidayYears(LocalDate.of(2069, 6, 1))).isEmpty();
        assertThat(calendar.holidayYears()).contains(2069);
        // The corrections still win over the file.
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2069, 10, 1)))
                .isTrue();
        assertThat(calendar.administrative().isWorkingDay(LocalDate.of(2069, 2, 16)))
                .isFalse();
    }

    @Test
    void malformedJsonIsRefusedInChinese() throws Exception {
        assertThat(refused("{x")).isEqualTo("日历文件未导入：文件不是有效的JSON（第2个字符附近）。未做任何更改。");
        assertThat(refused("{\"year\":2064,\"days\":[{\"name\":\"元旦\",\"date\":\"2064-1-1\",\"isOffDay\":true}]}"))
                .contains("日期“2064-1-1”无法识别");
        assertThat(refused("{\"year\":2064}")).contains("缺少“days”");
    }

    private String refused(String json) throws Exception {
        MvcResult result = upload(json);
        assertThat(result.getFlashMap().get("message")).isNull();
        return (String) result.getFlashMap().get("error");
    }

    private MvcResult upload(String json) throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        return mvc.perform(multipart("/calendar/upload")
                        .file(new MockMultipartFile(
                                "file", "year.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    /** A plausible year: six days off in it (New Year, Spring Festival, Labour Day, National Day), and more. */
    private static String year(int year, String... more) {
        List<String> days = new ArrayList<>();
        for (String day : List.of("01-01 元旦", "02-16 春节", "02-18 春节", "05-01 劳动节", "05-02 劳动节", "10-01 国庆节")) {
            days.add("{\"name\":\"" + day.substring(6) + "\",\"date\":\"" + year + "-" + day.substring(0, 5)
                    + "\",\"isOffDay\":true}");
        }
        days.addAll(List.of(more));
        return "{\"year\":" + year + ",\"days\":[" + String.join(",", days) + "]}";
    }

    private static String shipped(String path) throws Exception {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

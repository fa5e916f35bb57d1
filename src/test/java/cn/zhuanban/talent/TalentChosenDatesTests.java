package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Dates chosen on the talent forms: a demand needs its people today or later, a service is due on a working day
 * today or later (a rest day is refused with the next working day named), and a cleared 工作年限 is refused with the
 * field's name instead of "请输入有效的整数：" and nothing after it. Dates come from the clock and the district
 * calendar, never from a fixed day.
 */
@IntegrationTest
class TalentChosenDatesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    RecruitmentManagement recruitment;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void aNewDemandNeededOnADayGoneByIsRefusedBesideTheDate() throws Exception {
        String discipline = TestCodes.unique("过去到岗");
        LocalDate yesterday = today().minusDays(1);

        String page = refused(demand(discipline, "2", yesterday.toString()));

        assertThat(errorAfter(page, "neededBy"))
                .isEqualTo("输入有误：" + yesterday + " 已经过去（今天是 " + today() + "）：到岗时间须为今天或以后的日期。");
        assertThat(input(page, "neededBy")).contains("value=\"" + yesterday + "\"");
        assertThat(demands(discipline)).isZero();
    }

    @Test
    void aDemandWithItsYearsClearedNamesTheField() throws Exception {
        String discipline = TestCodes.unique("清空年限");

        String page = refused(demand(discipline, "", today().toString()));

        assertThat(errorAfter(page, "minYears")).isEqualTo("工作年限须为 0 到 60 之间的整数（不限年限填 0）");
        assertThat(demands(discipline)).isZero();
    }

    @Test
    void aDemandNeededTodayIsSaved() throws Exception {
        String discipline = TestCodes.unique("今天到岗");
        mvc.perform(demand(discipline, "1", today().toString()).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().is3xxRedirection());
        assertThat(demands(discipline)).isOne();
    }

    @Test
    void aServiceDueOnADayGoneByIsRefused() throws Exception {
        String description = TestCodes.unique("过去时限");
        LocalDate yesterday = today().minusDays(1);

        String page = refused(service(description, yesterday));

        assertThat(errorAfter(page, "deadline"))
                .isEqualTo("输入有误：" + yesterday + " 已经过去（今天是 " + today() + "）：办结时限须为今天或以后的工作日。");
        assertThat(services(description)).isZero();
    }

    @Test
    void aServiceDueOnARestDayIsRefusedWithTheNextWorkingDay() throws Exception {
        WorkingCalendar days = calendar.administrative();
        LocalDate rest = today().plusDays(1);
        while (days.isWorkingDay(rest)) {
            rest = rest.plusDays(1);
        }
        String description = TestCodes.unique("休息日时限");

        String page = refused(service(description, rest));

        assertThat(errorAfter(page, "deadline"))
                .startsWith("输入有误：" + rest + " 是")
                .endsWith("不是工作日：办结时限须为区工作日历上的工作日，可改为下一个工作日 " + days.nextWorkingDay(rest) + "。");
        assertThat(services(description)).isZero();

        mvc.perform(service(description, days.nextWorkingDay(rest)).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().is3xxRedirection());
        assertThat(services(description)).isOne();
    }

    @Test
    void aServiceThatRanLateKeepsItsDeadlineWhenEdited() throws Exception {
        long owner = directory.findByUsername("dispatch").orElseThrow().id();
        String description = TestCodes.unique("已超期服务");
        LocalDate late = today().minusDays(3);
        long id = recruitment.openService(
                TalentDataScopeTests.STAFF,
                new ServiceForm(ServiceKind.HOUSING, null, null, owner, late, description, 0));

        mvc.perform(post("/talent/services/" + id)
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("kind", "HOUSING")
                        .param("ownerId", Long.toString(owner))
                        .param("deadline", late.toString())
                        .param("description", description + "（补记）")
                        .param(
                                "version",
                                Integer.toString(recruitment
                                        .service(TalentDataScopeTests.STAFF, id)
                                        .version())))
                .andExpect(status().is3xxRedirection());
        assertThat(recruitment.service(TalentDataScopeTests.STAFF, id).description())
                .isEqualTo(description + "（补记）");
    }

    private MockHttpServletRequestBuilder demand(String discipline, String minYears, String neededBy) {
        long enterprise =
                jdbc.sql("select min(id) from enterprise").query(Long.class).single();
        return post("/talent/demands")
                .with(csrf())
                .param("enterpriseId", Long.toString(enterprise))
                .param("position", "质量工程师")
                .param("headcount", "2")
                .param("education", "BACHELOR")
                .param("discipline", discipline)
                .param("minYears", minYears)
                .param("urgency", "NORMAL")
                .param("neededBy", neededBy)
                .param("version", "0");
    }

    private MockHttpServletRequestBuilder service(String description, LocalDate deadline) {
        long owner = directory.findByUsername("dispatch").orElseThrow().id();
        return post("/talent/services")
                .with(csrf())
                .param("kind", "HOUSING")
                .param("ownerId", Long.toString(owner))
                .param("deadline", deadline.toString())
                .param("description", description)
                .param("version", "0");
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long demands(String discipline) {
        return jdbc.sql("select count(*) from talent_demand where discipline = ?")
                .param(discipline)
                .query(Long.class)
                .single();
    }

    private long services(String description) {
        return jdbc.sql("select count(*) from talent_service where description = ?")
                .param(description)
                .query(Long.class)
                .single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String input(String page, String name) {
        Matcher m = Pattern.compile("<input[^>]*\\sname=\"" + name + "\"[^>]*>").matcher(page);
        assertThat(m.find()).as("input " + name).isTrue();
        return m.group();
    }

    /** The message in the error slot that follows the input, or empty when the input has none before the next one. */
    private static String errorAfter(String page, String name) {
        Matcher m = Pattern.compile(
                        "<input[^>]*\\sname=\"" + name + "\"[^>]*>(.*?)(?=<input|<select|<textarea|</form>)",
                        Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("input " + name).isTrue();
        Matcher slot = Pattern.compile("<div class=\"invalid-feedback d-block\">([^<]*)</div>")
                .matcher(m.group(1));
        return slot.find() ? slot.group(1).strip() : "";
    }
}

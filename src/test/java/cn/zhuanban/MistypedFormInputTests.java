package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A value that is no number or no date (the record of the form cannot take it) is refused beside its input together
 * with every other mistake of the same form, and the form comes back with what else the user typed: one round trip
 * shows all that is to fix, not one mistake after another.
 */
@IntegrationTest
class MistypedFormInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemandWithAMistypedHeadcountAlsoSaysThePositionIsMissing() throws Exception {
        long enterprise = jdbc.queryForObject("select min(id) from enterprise", Long.class);
        String discipline = TestCodes.unique("错填人数");
        String page = refused(post("/talent/demands")
                .param("enterpriseId", Long.toString(enterprise))
                .param("position", "")
                .param("headcount", "abc")
                .param("education", "BACHELOR")
                .param("discipline", discipline)
                .param("minYears", "1")
                .param("urgency", "NORMAL")
                .param("neededBy", today().plusMonths(2).toString())
                .param("version", "0"));

        assertThat(errorAfter(page, "position")).isEqualTo("必填项");
        assertThat(errorAfter(page, "headcount")).isEqualTo("请输入有效的整数：abc");
        assertThat(input(page, "discipline")).contains("value=\"" + discipline + "\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from talent_demand where discipline = ?", Long.class, discipline))
                .isZero();
    }

    @Test
    void aProjectWithAMistypedStartAlsoSaysTheNameIsMissingAndTheInvestmentNegative() throws Exception {
        long enterprise = jdbc.queryForObject("select min(id) from enterprise", Long.class);
        String location = TestCodes.unique("错填日期地点");
        String page = refused(post("/projects")
                .param("name", " ")
                .param("enterpriseId", Long.toString(enterprise))
                .param("level", "DISTRICT")
                .param("stage", "PRE_CONSTRUCTION")
                .param("totalInvestment", "-5")
                .param("start", "2026年3月1日")
                .param("targetFinish", today().plusYears(1).toString())
                .param("location", location));

        assertThat(errorAfter(page, "name")).isEqualTo("必填项");
        assertThat(errorAfter(page, "totalInvestment")).isEqualTo("不能为负数");
        assertThat(errorAfter(page, "start")).isEqualTo("不是有效日期（格式为 年-月-日，如 2026-12-01）：2026年3月1日");
        assertThat(input(page, "totalInvestment")).contains("value=\"-5\"");
        assertThat(jdbc.queryForObject("select count(*) from project where location = ?", Long.class, location))
                .isZero();
    }

    @Test
    void aMonthlyReportWithAMistypedYearSaysSoBesideTheYear() throws Exception {
        long project =
                jdbc.queryForObject("select min(id) from project where stage = 'UNDER_CONSTRUCTION'", Long.class);
        String page = refused(post("/investment-reports/projects/" + project + "/reports")
                .param("year", "二〇二六")
                .param("month", "13")
                .param("thisMonth", "10")
                .param("yearToDate", "")
                .param("sinceStart", "850"));
        // the year's plan above the report form has a hidden year of its own
        page = page.substring(page.indexOf("id=\"report-form\""));

        assertThat(errorAfter(page, "year")).isEqualTo("请输入有效的整数：二〇二六");
        assertThat(errorAfter(page, "month")).isNotEmpty();
        // a blank cumulative figure is no mistake: it is worked out from the previous month (ReportRules.complete)
        assertThat(errorAfter(page, "yearToDate")).isEmpty();
    }

    @Test
    void anEmptiedNumberIsCalledRequiredNotAMistypedNumberWithNothingAfterTheColon() throws Exception {
        String page = mvc.perform(post("/admin/departments")
                        .session(WebTestSupport.login(mvc, "sysadmin"))
                        .with(csrf())
                        .param("name", TestCodes.unique("清空排序"))
                        .param("code", "empty-sort")
                        .param("sortOrder", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // "请输入有效的整数：" named nothing after its colon
        assertThat(errorAfter(page, "sortOrder")).isEqualTo("必填项");
    }

    @Test
    void aDemandTypedRightIsStillSaved() throws Exception {
        long enterprise = jdbc.queryForObject("select min(id) from enterprise", Long.class);
        String discipline = TestCodes.unique("正确人数");
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/talent/demands")
                        .session(dispatch)
                        .with(csrf())
                        .param("enterpriseId", Long.toString(enterprise))
                        .param("position", "药剂师")
                        .param("headcount", "3")
                        .param("education", "BACHELOR")
                        .param("discipline", discipline)
                        .param("minYears", "1")
                        .param("urgency", "NORMAL")
                        .param("neededBy", today().plusMonths(2).toString())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select headcount from talent_demand where discipline = ?", Integer.class, discipline))
                .isEqualTo(3);
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        return mvc.perform(request.session(dispatch).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
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

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused form shows in each input what the user typed, a value that is no number or no date too (the form's record
 * has no place for it, so the input came back empty or with another value and the user typed it again); the message
 * beside it stays. A form that is not refused shows the values as before.
 */
@IntegrationTest
class TypedInputComesBackTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemandShowsTheMistypedHeadcountAndSalaryAsTypedAndTheOtherInputsAsBefore() throws Exception {
        String discipline = TestCodes.unique("回显专业");
        String page = refused(
                "dispatch",
                post("/talent/demands")
                        .param("enterpriseId", Long.toString(anyEnterprise()))
                        .param("position", "药剂师")
                        .param("headcount", "三人")
                        .param("education", "BACHELOR")
                        .param("discipline", discipline)
                        .param("minYears", "2")
                        .param("urgency", "NORMAL")
                        .param("salaryMin", "8k<b>")
                        .param("neededBy", "2026-02-30")
                        .param("version", "0"));

        assertThat(errorAfter(page, "headcount")).isEqualTo("请输入有效的整数：三人");
        assertThat(value(page, "demand-form", "headcount")).isEqualTo("三人");
        assertThat(value(page, "demand-form", "neededBy")).isEqualTo("2026-02-30");
        // escaped as any value: the typed markup is text in the attribute
        assertThat(HtmlParts.input(page, "demand-form", "salaryMin")).contains("value=\"8k&lt;b&gt;\"");
        assertThat(value(page, "demand-form", "position")).isEqualTo("药剂师");
        assertThat(value(page, "demand-form", "discipline")).isEqualTo(discipline);
        assertThat(value(page, "demand-form", "minYears")).isEqualTo("2");
    }

    @Test
    void aProjectShowsTheImpossibleStartAndTheWordedInvestmentAsTyped() throws Exception {
        String location = TestCodes.unique("回显地点");
        String page = refused(
                "dispatch",
                post("/projects")
                        .param("name", TestCodes.unique("回显项目"))
                        .param("enterpriseId", Long.toString(anyEnterprise()))
                        .param("level", "DISTRICT")
                        .param("stage", "PRE_CONSTRUCTION")
                        .param("totalInvestment", "五千万")
                        .param("start", "2026-13-45")
                        .param("targetFinish", today().plusYears(1).toString())
                        .param("location", location));

        assertThat(errorAfter(page, "start")).isEqualTo("不是有效日期（格式为 年-月-日，如 2026-12-01）：2026-13-45");
        assertThat(value(page, "project-form", "start")).isEqualTo("2026-13-45");
        assertThat(errorAfter(page, "totalInvestment")).isEqualTo("请输入有效的数字：五千万");
        assertThat(value(page, "project-form", "totalInvestment")).isEqualTo("五千万");
        assertThat(value(page, "project-form", "targetFinish"))
                .isEqualTo(today().plusYears(1).toString());
        assertThat(value(page, "project-form", "location")).isEqualTo(location);
    }

    /**
     * An amount typed with an exponent is a number: refused as too large, or kept while another input is refused, it
     * comes back in digits, as typed in meaning, not as "1E+20".
     */
    @Test
    void anAmountTypedWithAnExponentComesBackInDigits() throws Exception {
        String tooLarge = refused(
                "dispatch",
                post("/projects")
                        .param("name", TestCodes.unique("指数金额"))
                        .param("enterpriseId", Long.toString(anyEnterprise()))
                        .param("level", "DISTRICT")
                        .param("stage", "PRE_CONSTRUCTION")
                        .param("totalInvestment", "1e20")
                        .param("start", today().toString())
                        .param("targetFinish", today().plusYears(1).toString()));
        assertThat(errorAfter(tooLarge, "totalInvestment")).isNotEmpty();
        assertThat(value(tooLarge, "project-form", "totalInvestment")).isEqualTo("100000000000000000000");

        String otherRefused = refused(
                "dispatch",
                post("/projects")
                        .param("name", TestCodes.unique("指数金额"))
                        .param("enterpriseId", Long.toString(anyEnterprise()))
                        .param("level", "DISTRICT")
                        .param("stage", "PRE_CONSTRUCTION")
                        .param("totalInvestment", "1.5e3")
                        .param("start", "2026-13-45")
                        .param("targetFinish", today().plusYears(1).toString()));
        assertThat(errorAfter(otherRefused, "totalInvestment")).isEmpty();
        assertThat(value(otherRefused, "project-form", "totalInvestment")).isEqualTo("1500");
    }

    @Test
    void anEnterpriseWithAWrongCreditCodeShowsItAsTyped() throws Exception {
        String name = TestCodes.unique("回显企业");
        String page = refused(
                "dispatch",
                post("/enterprises")
                        .param("name", name)
                        .param("creditCode", "91-ABC")
                        .param("contactPhone", "0371-1234")
                        .param("version", "0"));

        assertThat(errorAfter(page, "creditCode")).isNotEmpty();
        assertThat(value(page, "enterprise-form", "creditCode")).isEqualTo("91-ABC");
        assertThat(value(page, "enterprise-form", "name")).isEqualTo(name);
        assertThat(value(page, "enterprise-form", "contactPhone")).isEqualTo("0371-1234");
    }

    @Test
    void aProgressReportShowsTheMistypedPercentAndDatesAsTyped() throws Exception {
        var row = jdbc.queryForMap("select p.project_id, t.task_key from plan_task t"
                + " join project_plan p on p.id = t.project_plan where t.kind = 'TASK'"
                + " order by p.project_id, t.row_index fetch first 1 rows only");
        String page = refused(
                "dispatch",
                post("/projects/" + row.get("PROJECT_ID") + "/plan/rows/" + row.get("TASK_KEY") + "/progress")
                        .param("percentComplete", "七十")
                        .param("actualStart", "2026/3/1")
                        .param("photosTakenOn", "昨天")
                        .param("photosPlace", "东门"));

        assertThat(errorAfter(page, "percentComplete")).isEqualTo("请输入有效的整数：七十");
        assertThat(value(page, "progress-form", "percentComplete")).isEqualTo("七十");
        assertThat(value(page, "progress-form", "actualStart")).isEqualTo("2026/3/1");
        assertThat(value(page, "progress-form", "photosTakenOn")).isEqualTo("昨天");
        assertThat(value(page, "progress-form", "photosPlace")).isEqualTo("东门");
    }

    @Test
    void aKeyProjectFromALeadShowsTheMistypedInvestmentAsTyped() throws Exception {
        long lead = jdbc.queryForObject("select min(id) from investment_lead", Long.class);
        String page = refused(
                "dispatch",
                post("/investment/leads/" + lead + "/project")
                        .param("name", "回显重点项目")
                        .param("level", "DISTRICT")
                        .param("stage", "PRE_CONSTRUCTION")
                        .param("totalInvestment", "1,000")
                        .param("start", today().toString())
                        .param("targetFinish", "明年")
                        .param("leadVersion", "0"));

        assertThat(errorAfter(page, "totalInvestment")).isEqualTo("请输入有效的数字：1,000");
        assertThat(value(page, "key-project-form", "totalInvestment")).isEqualTo("1,000");
        assertThat(value(page, "key-project-form", "targetFinish")).isEqualTo("明年");
        assertThat(value(page, "key-project-form", "start")).isEqualTo(today().toString());
        assertThat(value(page, "key-project-form", "name")).isEqualTo("回显重点项目");
    }

    @Test
    void aRefusedStopPeriodShowsItsDatesAsTypedAndTheDayFormKeepsItsOwnName() throws Exception {
        String page = refused(
                "sysadmin",
                post("/calendar/periods")
                        .param("from", "2026-11-31")
                        .param("to", "2026-12-03")
                        .param("name", "检修停工"));

        assertThat(value(page, "period-form", "from")).isEqualTo("2026-11-31");
        assertThat(value(page, "period-form", "name")).isEqualTo("检修停工");
        // both forms have an input called name: the day's form is not the one refused
        assertThat(HtmlParts.input(page, "day-form", "name")).doesNotContain("检修停工");
    }

    @Test
    void aMonthlyReportShowsTheMistypedYearAndAmountAsTyped() throws Exception {
        long project =
                jdbc.queryForObject("select min(id) from project where stage = 'UNDER_CONSTRUCTION'", Long.class);
        String page = refused(
                "dispatch",
                post("/investment-reports/projects/" + project + "/reports")
                        .param("year", "二〇二六")
                        .param("month", "3")
                        .param("thisMonth", "10万")
                        .param("yearToDate", "")
                        .param("sinceStart", "850")
                        .param("progressNote", "主体封顶"));

        assertThat(value(page, "report-form", "year")).isEqualTo("二〇二六");
        assertThat(value(page, "report-form", "thisMonth")).isEqualTo("10万");
        assertThat(value(page, "report-form", "month")).isEqualTo("3");
        assertThat(value(page, "report-form", "sinceStart")).isEqualTo("850");
        assertThat(HtmlParts.form(page, "report-form")).contains(">主体封顶</textarea>");
    }

    @Test
    void aFollowUpOfALeadShowsItsMistypedDateAsTypedNotToday() throws Exception {
        long lead = jdbc.queryForObject("select min(id) from investment_lead where stage <> 'TERMINATED'", Long.class);
        String page = refused(
                "dispatch",
                post("/investment/leads/" + lead + "/follow-ups")
                        .param("kind", "CALL")
                        .param("happenedOn", "上周三")
                        .param("summary", "电话沟通用地")
                        .param("nextActionOn", "2026-02-31"));

        assertThat(anyInput(page, "happenedOn")).contains("value=\"上周三\"");
        assertThat(anyInput(page, "nextActionOn")).contains("value=\"2026-02-31\"");
        assertThat(page).contains(">电话沟通用地</textarea>");
    }

    @Test
    void aProjectOpenedForEditingShowsItsStoredValues() throws Exception {
        var project = jdbc.queryForMap(
                "select id, name, total_investment, start_date from project order by id fetch first 1 rows only");
        String page = WebTestSupport.page(mvc, "dispatch", "/projects/" + project.get("ID") + "/edit");

        assertThat(value(page, "project-form", "name")).isEqualTo(project.get("NAME"));
        assertThat(value(page, "project-form", "start"))
                .isEqualTo(project.get("START_DATE").toString());
        assertThat(new java.math.BigDecimal(value(page, "project-form", "totalInvestment")))
                .isEqualByComparingTo((java.math.BigDecimal) project.get("TOTAL_INVESTMENT"));
        assertThat(page).doesNotContain("is-invalid");
    }

    private long anyEnterprise() {
        return jdbc.queryForObject("select min(id) from enterprise", Long.class);
    }

    private String refused(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(WebTestSupport.login(mvc, username)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The value attribute of the input, unescaped for the few characters these tests type. */
    private static String value(String page, String formId, String name) {
        Matcher m = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(HtmlParts.input(page, formId, name));
        assertThat(m.find()).as("value of " + name).isTrue();
        return m.group(1);
    }

    private static String anyInput(String page, String name) {
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

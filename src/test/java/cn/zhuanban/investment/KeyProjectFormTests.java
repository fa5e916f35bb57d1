package cn.zhuanban.investment;

import static cn.zhuanban.investment.LeadConversionFixtures.DISTRICT;
import static cn.zhuanban.investment.LeadConversionFixtures.missingNode;
import static cn.zhuanban.investment.LeadConversionFixtures.signedLead;
import static cn.zhuanban.investment.LeadConversionFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.IndustryManagement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The page that turns a signed lead into a key project: what it suggests, what it requires, where it leads. */
@IntegrationTest
class KeyProjectFormTests {

    @Autowired
    InvestmentManagement investment;

    @Autowired
    IndustryManagement industry;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendar;

    /**
     * Audit D7, D8, D9: the conversion form suggests the project's name from the company's short name and takes a task
     * force; the lead page it leads to shows the lead registered at once, offers no move the project decides, and names
     * the people who moved it.
     */
    @Test
    void theConversionFormTakesATaskForceAndTheLeadPageShowsTheNewStageAtOnce() throws Exception {
        CurrentUser dispatch = staff(directory, "dispatch");
        String company = TestCodes.unique("表单转化生物科技") + "有限公司";
        long lead = signedLead(investment, dispatch, company, missingNode(industry));

        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead + "/project/new"))
                .contains("value=\"" + company.replace("有限公司", "项目") + "\"", "name=\"taskForceId\"");
        long taskForce =
                jdbc.sql("select min(id) from task_force").query(Long.class).single();
        mvc.perform(conversion(lead, company)
                        .param("leadOfficialId", Long.toString(leadOfficial()))
                        .param("taskForceId", Long.toString(taskForce)))
                .andExpect(status().is3xxRedirection());

        long project = investment.lead(dispatch, lead).row().projectId();
        assertThat(jdbc.sql("select task_force_id from project where id = :id")
                        .param("id", project)
                        .query(Long.class)
                        .single())
                .isEqualTo(taskForce);
        assertThat(investment.lead(dispatch, lead).stage()).isEqualTo(LeadStage.REGISTERED);
        String page = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead);
        assertThat(page)
                .contains("text-secondary\">" + dispatch.fullName() + "</small>")
                .doesNotContain("<option value=\"STARTED\"", "text-secondary\">dispatch</small>");
    }

    /**
     * The project pages require a lead official (分包领导); the project made from a lead is a key project like any
     * other, so its form requires one too, with the same words, and registers nothing without one.
     */
    @Test
    void theConversionFormRequiresALeadOfficialAsTheProjectFormsDo() throws Exception {
        CurrentUser dispatch = staff(directory, "dispatch");
        String company = TestCodes.unique("未指定分包领导企业") + "有限公司";
        long lead = signedLead(investment, dispatch, company, missingNode(industry));

        String form = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead + "/project/new");
        assertThat(HtmlParts.select(form, "key-project-form", "leadOfficialId")).contains(" required");
        String refused = mvc.perform(conversion(lead, company))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(refused).contains("请选择分包领导：每个重点项目都要有一位区级领导分包负责。");
        assertThat(investment.lead(dispatch, lead).row().projectId()).isNull();
        assertThat(investment.lead(dispatch, lead).stage()).isEqualTo(LeadStage.SIGNED);
    }

    /**
     * The form suggests the lead's own owner when he is one of the lead officials: he worked the lead and goes on with
     * the project. A lead owned by investment staff suggests nobody, so that someone is chosen rather than guessed.
     */
    @Test
    void theConversionFormSuggestsTheLeadsOwnerWhenHeIsALeadOfficial() throws Exception {
        CurrentUser dispatch = staff(directory, "dispatch");
        long official = leadOfficial();
        long ownedByOfficial =
                signedLead(investment, dispatch, TestCodes.unique("分包领导负责企业"), missingNode(industry), official);
        long ownedByStaff = signedLead(investment, dispatch, TestCodes.unique("招商专员负责企业"), missingNode(industry));

        assertThat(officials(ownedByOfficial)).contains("value=\"" + official + "\" selected");
        assertThat(officials(ownedByStaff)).doesNotContain("selected");
    }

    /**
     * The dates the form proposes are working days: a lead agreed to start on New Year's Day proposed 2027-01-01 and,
     * two years on, 2029-01-01. The working day on or after where the calendar holds the year; nothing (the user
     * chooses) where it does not, rather than a holiday.
     */
    @Test
    void theConversionFormProposesWorkingDaysOrLeavesTheDatesEmpty() throws Exception {
        CurrentUser dispatch = staff(directory, "dispatch");
        long lead = signedLead(investment, dispatch, TestCodes.unique("元旦开工企业"), missingNode(industry));
        int year = calendar.holidayYears().stream()
                .filter(y -> y >= LocalDate.now(DISTRICT).getYear())
                .findFirst()
                .orElseThrow();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        mvc.perform(post("/investment/leads/" + lead + "/contract")
                        .param("agreedInvestment", "28000")
                        .param("agreedStartOn", newYear.toString())
                        .param(
                                "version",
                                Long.toString(investment.lead(dispatch, lead).version()))
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead + "/project/new");

        LocalDate start = calendar.administrative().workingDayOnOrAfter(newYear);
        assertThat(start).isAfter(newYear);
        assertThat(dateIn(page, "start")).isEqualTo(start.toString());
        LocalDate twoYearsOn = start.plusYears(2);
        assertThat(dateIn(page, "targetFinish"))
                .isEqualTo(
                        calendar.holidayYears().contains(twoYearsOn.getYear())
                                ? calendar.administrative()
                                        .workingDayOnOrAfter(twoYearsOn)
                                        .toString()
                                : "");
    }

    private static String dateIn(String page, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\svalue=\"([^\"]*)\"")
                .matcher(HtmlParts.input(page, "key-project-form", name));
        return m.find() ? m.group(1) : "";
    }

    /** The lead officials' pick list of the conversion form of {@code lead}, as dispatch sees it. */
    private String officials(long lead) throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead + "/project/new");
        return HtmlParts.select(page, "key-project-form", "leadOfficialId");
    }

    private long leadOfficial() {
        return directory.findByUsername("lead").orElseThrow().id();
    }

    /** The conversion of {@code lead} as dispatch posts it, with a new enterprise and no lead official yet. */
    private MockHttpServletRequestBuilder conversion(long lead, String company) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        LocalDate today = LocalDate.now(DISTRICT);
        return post("/investment/leads/" + lead + "/project")
                .session(session)
                .with(csrf())
                .param("name", company + "项目")
                .param("newEnterpriseName", company)
                .param("newEnterpriseCreditCode", TestCodes.creditCode())
                .param("level", "DISTRICT")
                .param("stage", "PRE_CONSTRUCTION")
                .param("totalInvestment", "1000")
                .param("start", today.toString())
                .param("targetFinish", today.plusYears(2).toString())
                .param(
                        "leadVersion",
                        Integer.toString(investment
                                .lead(staff(directory, "dispatch"), lead)
                                .version()));
    }
}

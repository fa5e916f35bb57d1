package cn.zhuanban.investmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The annual plan form: one wrong month (no number, negative, too large, too many decimals) comes back to the form
 * with all twelve months as typed and the message beside that month, and the stored plan stays as it was.
 */
@IntegrationTest
class InvestmentPlanFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentQueries queries;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Test
    void oneWrongMonthKeepsAllTwelveAsTypedMarksThatMonthAndStoresNothing() throws Exception {
        CurrentUser all = InvestmentFixtures.districtWide();
        long project = project();
        List<BigDecimal> stored = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        stored.set(0, new BigDecimal("7"));
        reporting.setPlan(project, 2025, stored, all);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        for (String[] wrong : new String[][] {
            {"1,000", "请输入有效的数字：1,000"},
            {"abc", "请输入有效的数字：abc"},
            {"-5", "不能为负数"},
            {"1e20", "金额最多 12 位整数、2 位小数"},
            {"1000000000000", "金额最多 12 位整数、2 位小数"},
            {"1.123", "金额最多 12 位整数、2 位小数"}
        }) {
            List<String> typed = typed();
            typed.set(4, wrong[0]);
            String page = mvc.perform(plan(project, typed).session(dispatch).with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            String form = HtmlParts.form(page, "plan-form");
            // below the report history on a phone: the page brings the refused form into view (app.js)
            assertThat(form).startsWith("<form").contains("data-scroll-here=\"refused\"");
            for (int i = 0; i < 12; i++) {
                assertThat(HtmlParts.input(page, "plan-form", "months\\[" + i + "\\]"))
                        .as(wrong[0] + " month " + i)
                        .contains("value=\"" + typed.get(i) + "\"");
            }
            assertThat(HtmlParts.input(page, "plan-form", "months\\[4\\]")).contains("is-invalid");
            assertThat(HtmlParts.input(page, "plan-form", "months\\[3\\]")).doesNotContain("is-invalid");
            assertThat(messageAfter(form, "plan-4")).as(wrong[0]).isEqualTo(wrong[1]);
            assertThat(queries.plan(project, 2025, all))
                    .as(wrong[0])
                    .usingElementComparator(BigDecimal::compareTo)
                    .isEqualTo(stored);
        }
    }

    @Test
    void theLargestAmountTheColumnsHoldIsStored() throws Exception {
        long project = project();
        List<String> typed = typed();
        typed.set(11, "999999999999.99");

        mvc.perform(plan(project, typed)
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/investment-reports/projects/" + project + "?year=2025"));

        assertThat(queries.plan(project, 2025, InvestmentFixtures.districtWide())
                        .get(11))
                .isEqualByComparingTo("999999999999.99");
    }

    private static List<String> typed() {
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Integer.toString(m * 10));
        }
        return months;
    }

    private static MockHttpServletRequestBuilder plan(long project, List<String> months) {
        MockHttpServletRequestBuilder request =
                post("/investment-reports/projects/" + project + "/plan").param("year", "2025");
        for (int i = 0; i < months.size(); i++) {
            request.param("months[" + i + "]", months.get(i));
        }
        return request;
    }

    /** The message shown under the input with this id. */
    private static String messageAfter(String form, String inputId) {
        Matcher m = Pattern.compile(
                        "id=\"" + inputId + "\"[^>]*>\\s*<div class=\"invalid-feedback d-block\">([^<]*)</div>")
                .matcher(form);
        assertThat(m.find()).as("message under " + inputId).isTrue();
        return m.group(1);
    }

    private long project() {
        return InvestmentFixtures.project(
                projects,
                InvestmentFixtures.enterprise(enterprises),
                ProjectLevel.DISTRICT,
                ProjectStage.UNDER_CONSTRUCTION,
                "5000");
    }
}

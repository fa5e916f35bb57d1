package cn.zhuanban.investmentreport;

import static cn.zhuanban.investmentreport.InvestmentFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.BusinessException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Monthly report figures beyond what the columns hold (12 digits, 2 decimals) are refused at their field, typed or
 * worked out from earlier months, and nothing is stored.
 */
@IntegrationTest
class InvestmentReportAmountsTests {

    static final String TOO_LARGE = "金额最多 12 位整数、2 位小数";

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    InvestmentQueries queries;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Test
    void aTypedFigureBeyondTheColumnIsRefusedAtItsFieldWithTheFormKept() throws Exception {
        long project = project();
        String page = mvc.perform(post("/investment-reports/projects/" + project + "/reports")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("year", "2025")
                        .param("month", "3")
                        .param("thisMonth", "99999999999999999999")
                        .param("yearToDate", "10")
                        .param("sinceStart", "10")
                        .param("progressNote", "进度说明"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(HtmlParts.input(page, "report-form", "thisMonth")).contains("value=\"99999999999999999999\"");
        assertThat(HtmlParts.form(page, "report-form")).contains(TOO_LARGE).contains("进度说明");
        assertThat(queries.ofProject(project, InvestmentFixtures.districtWide()))
                .isEmpty();
    }

    @Test
    void aCumulativeFigureWorkedOutBeyondTheColumnIsRefusedAtThatField() {
        long project = project();
        CurrentUser all = InvestmentFixtures.districtWide();
        reporting.report(project, explained(form(2025, 1, "1", "1", "999999999999.00")), all);

        assertThatThrownBy(() -> reporting.report(
                        project, explained(new ReportForm(2025, 2, new BigDecimal("5"), null, null, null, null)), all))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("sinceStart"));
        assertThat(queries.ofProject(project, all)).hasSize(1);
    }

    @Test
    void aCorrectionThatWouldShiftALaterMonthBeyondTheColumnIsRefusedAndChangesNothing() {
        long project = project();
        CurrentUser all = InvestmentFixtures.districtWide();
        reporting.report(project, explained(form(2025, 1, "1", "1", "999999999990.00")), all);
        reporting.report(project, explained(new ReportForm(2025, 2, BigDecimal.ONE, null, null, null, null)), all);

        assertThatThrownBy(() -> reporting.report(project, explained(form(2025, 1, "1", "1", "999999999999.99")), all))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("sinceStart"));
        assertThat(queries.ofProject(project, all))
                .extracting(MonthlyReportView::sinceStart)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("999999999990.00"), new BigDecimal("999999999991.00"));
    }

    /** The figures are far above the project's total investment, which needs an explanation. */
    private static ReportForm explained(ReportForm form) {
        return new ReportForm(
                form.year(), form.month(), form.thisMonth(), form.yearToDate(), form.sinceStart(), "试算", null);
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

package cn.zhuanban.investmentreport;

import static cn.zhuanban.investmentreport.InvestmentFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Reporting, confirming, the plan, the missing list and data scopes, through the service and the pages. */
@IntegrationTest
class InvestmentReportingTests {

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

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFallingCumulativeIsRefusedOnTheFormAndTheEarlierFiguresStay() throws Exception {
        long project = project(enterprise(), "5000");
        CurrentUser all = InvestmentFixtures.districtWide();
        reporting.report(project, form(2025, 3, "100", "250", "900"), all);
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        mvc.perform(post("/investment-reports/projects/" + project + "/reports")
                        .session(session)
                        .with(csrf())
                        .param("year", "2025")
                        .param("month", "4")
                        .param("thisMonth", "10")
                        .param("yearToDate", "260")
                        .param("sinceStart", "850"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2025-03")));
        assertThat(queries.ofProject(project, all)).hasSize(1);

        mvc.perform(post("/investment-reports/projects/" + project + "/reports")
                        .session(session)
                        .with(csrf())
                        .param("year", "2025")
                        .param("month", "4")
                        .param("thisMonth", "10")
                        .param("yearToDate", "260")
                        .param("sinceStart", "910"))
                .andExpect(status().is3xxRedirection());
        List<MonthlyReportView> history = queries.ofProject(project, all);
        assertThat(history).extracting(MonthlyReportView::month).containsExactly(4, 3);
        assertThat(history.getFirst().late()).isTrue();
        AuditTrail.awaitRecord(
                jdbc, "investment.reported", Long.toString(history.getFirst().id()), null);
    }

    @Test
    void aboveTheTotalInvestmentNeedsAnExplanationAndAConfirmedMonthNoLongerChanges() {
        long project = project(enterprise(), "1000");
        CurrentUser all = InvestmentFixtures.districtWide();
        assertThatThrownBy(() -> reporting.report(project, form(2025, 6, "100", "700", "1200"), all))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVESTMENT_OVER_TOTAL));
        ReportForm explained = new ReportForm(2025, 6, bd("100"), bd("700"), bd("1200"), "设计变更追加投资", null);
        long id = reporting.report(project, explained, all);
        assertThat(queries.ofProject(project, all).getFirst().overTotal()).isTrue();

        reporting.confirm(id, all);
        assertThatThrownBy(() -> reporting.report(project, explained, all))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVESTMENT_CONFIRMED));
        AuditTrail.awaitRecord(jdbc, "investment.confirmed", Long.toString(id), null);
    }

    @Test
    void anEnterpriseContactReportsAndSeesOnlyHisOwnProjects() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long ownProject = project(own, "800");
        long foreignProject = project(enterprise(), "800");
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");

        mvc.perform(post("/investment-reports/projects/" + ownProject + "/reports")
                        .session(session)
                        .with(csrf())
                        .param("year", "2025")
                        .param("month", "2")
                        .param("thisMonth", "5")
                        .param("yearToDate", "5")
                        .param("sinceStart", "50"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/investment-reports/projects/" + foreignProject + "/reports")
                        .session(session)
                        .with(csrf())
                        .param("year", "2025")
                        .param("month", "2")
                        .param("thisMonth", "5")
                        .param("yearToDate", "5")
                        .param("sinceStart", "50"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/investment-reports/projects/" + foreignProject).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/investment-reports?month=2025-02").session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.not(
                                Matchers.containsString("/investment-reports/projects/" + foreignProject))));
        assertThatThrownBy(() -> queries.ofProject(foreignProject, InvestmentFixtures.contactOf(own)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMissingListHoldsProjectsUnderWayWithoutTheMonthsReport() {
        long enterprise = enterprise();
        long reported = project(enterprise, "900");
        long silent = project(enterprise, "900");
        long planned =
                InvestmentFixtures.project(projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.PLANNED, "1");
        CurrentUser contact = InvestmentFixtures.contactOf(enterprise);
        reporting.report(reported, form(2025, 8, "1", "1", "1"), InvestmentFixtures.districtWide());

        assertThat(queries.missing(YearMonth.of(2025, 8), contact, new PageQuery(0, 50))
                        .content())
                .extracting(MissingReport::projectId)
                .containsExactly(silent)
                .doesNotContain(planned);
    }

    @Test
    void aProjectOwesReportsFromTheMonthItStartsNotBefore() {
        long enterprise = enterprise();
        long september = InvestmentFixtures.project(
                projects,
                enterprise,
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                "900",
                null,
                LocalDate.of(2025, 9, 1));
        CurrentUser contact = InvestmentFixtures.contactOf(enterprise);

        assertThat(queries.missing(YearMonth.of(2025, 8), contact, new PageQuery(0, 50))
                        .content())
                .isEmpty();
        assertThat(queries.missing(YearMonth.of(2025, 9), contact, new PageQuery(0, 50))
                        .content())
                .extracting(MissingReport::projectId)
                .containsExactly(september);
    }

    @Test
    void theMissingListDownloadsAsExcelWithEveryProjectInScope() throws Exception {
        long enterprise = enterprise();
        project(enterprise, "900");
        CurrentUser office = InvestmentFixtures.districtWide();
        long missing = queries.missing(YearMonth.of(2025, 8), office, new PageQuery(0, 1))
                .totalElements();
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        byte[] body = mvc.perform(
                        get("/investment-reports/missing/export?month=2025-08").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(missing);
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("分包领导");
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment-reports/missing?month=2025-08"))
                .contains("/investment-reports/missing/export?month=2025-08");
    }

    @Test
    void monthFiguresSumPlanAndCompletedOverTheScopeOnly() {
        long enterprise = enterprise();
        long a = project(enterprise, "900");
        long b = project(enterprise, "900");
        long elsewhere = project(enterprise(), "900");
        CurrentUser all = InvestmentFixtures.districtWide();
        reporting.setPlan(a, 2024, months("10", "20"), all);
        reporting.setPlan(b, 2024, months("5", "0"), all);
        reporting.report(a, form(2024, 1, "8", "8", "8"), all);
        reporting.report(a, form(2024, 2, "12.5", "20.5", "20.5"), all);
        reporting.report(b, form(2024, 2, "3", "3", "3"), all);
        reporting.report(elsewhere, form(2024, 2, "100", "100", "100"), all);

        List<MonthFigure> figures = queries.monthFigures(2024, InvestmentFixtures.contactOf(enterprise));
        assertThat(figures).hasSize(12);
        assertThat(figures.get(0)).isEqualTo(new MonthFigure(1, bd("15.00"), bd("8.00")));
        assertThat(figures.get(1)).isEqualTo(new MonthFigure(2, bd("20.00"), bd("15.50")));
        assertThat(figures.get(2).planned()).isEqualByComparingTo("0");
    }

    private static List<BigDecimal> months(String january, String february) {
        List<BigDecimal> months = new java.util.ArrayList<>(java.util.Collections.nCopies(12, BigDecimal.ZERO));
        months.set(0, bd(january));
        months.set(1, bd(february));
        return months;
    }

    private long project(long enterprise, String total) {
        return InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, total);
    }

    private long enterprise() {
        return InvestmentFixtures.enterprise(enterprises);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}

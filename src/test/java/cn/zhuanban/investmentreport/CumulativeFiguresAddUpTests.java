package cn.zhuanban.investmentreport;

import static cn.zhuanban.investmentreport.InvestmentFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.imports.ImportJobWorker;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 当年累计 = 上月当年累计 + 本期 and 截止累计 = 上月截止累计 + 本期 (statistical practice): on the form (worked out when
 * left blank, a mismatch refused with the figure it should be), in the import (a bad row says the same), and through a
 * correction of an earlier month, which carries the change into the later months unless one of them is confirmed.
 */
@IntegrationTest
class CumulativeFiguresAddUpTests {

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
    ImportJobWorker worker;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser all = InvestmentFixtures.districtWide();

    @Test
    void theFormRefusesCumulativeFiguresThatDoNotAddUpAndWorksThemOutWhenLeftBlank() throws Exception {
        long project = project("500000");
        reporting.report(project, form(2025, 11, "1000", "66495.02", "122095.76"), all);
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        // 截止累计 typed wrong (below 当年累计), 当年累计 left blank: the sum it should be, not the ordering rule
        assertThat(submit(session, project, "2025", "12", "1000", "", "1000"))
                .contains("截止累计应为 123,095.76（上月 122,095.76 + 本期 1,000.00）")
                .doesNotContain("本期完成不能大于当年累计");
        String refused = submit(session, project, "2025", "12", "1000", "90000", "150000");
        assertThat(refused).contains("当年累计应为 67,495.02（上月 66,495.02 + 本期 1,000.00）");
        assertThat(submit(session, project, "2025", "12", "1000", "67495.02", "150000"))
                .contains("截止累计应为 123,095.76（上月 122,095.76 + 本期 1,000.00）");
        assertThat(queries.ofProject(project, all)).hasSize(1);

        mvc.perform(post("/investment-reports/projects/" + project + "/reports")
                        .session(session)
                        .with(csrf())
                        .param("year", "2025")
                        .param("month", "12")
                        .param("thisMonth", "1000")
                        .param("yearToDate", "")
                        .param("sinceStart", ""))
                .andExpect(status().is3xxRedirection());
        MonthlyReportView december = queries.ofProject(project, all).getFirst();
        assertThat(december.yearToDate()).isEqualByComparingTo("67495.02");
        assertThat(december.sinceStart()).isEqualByComparingTo("123095.76");

        String page = WebTestSupport.page(mvc, "dispatch", "/investment-reports/projects/" + project + "?year=2025");
        assertThat(page)
                .contains(
                        "data-month=\"2025-11\"",
                        "data-year-to-date=\"66495.02\"",
                        // a month chosen again is filled with its stored figures (investment-report.js)
                        "data-this-month=\"1000.00\"",
                        "/js/investment-report.js",
                        "id=\"cumulative-hint\"");
    }

    @Test
    void aFirstReportEntersItsCumulativeFiguresAndCannotLeaveThemBlank() throws Exception {
        long project = project("500000");
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        assertThat(submit(session, project, "2025", "6", "100", "", "")).contains("没有上月月报时，请填写当年累计和截止累计。");
        reporting.report(project, form(2025, 6, "100", "700", "5000"), all);
        assertThat(queries.ofProject(project, all).getFirst().sinceStart()).isEqualByComparingTo("5000");
    }

    @Test
    void aCorrectionOfAnEarlierMonthCarriesIntoTheLaterMonthsAndIsAuditedForEach() {
        long project = project("500000");
        reporting.report(project, form(2025, 1, "10", "10", "110"), all);
        reporting.report(project, form(2025, 2, "5", "15", "115"), all);
        reporting.report(project, form(2025, 3, "5", "20", "120"), all);

        reporting.report(project, form(2025, 1, "20", "20", "120"), all);

        assertThat(queries.ofProject(project, all))
                .extracting(r -> r.month() + ":" + r.yearToDate().toPlainString() + "/"
                        + r.sinceStart().toPlainString())
                .containsExactly("3:30.00/130.00", "2:25.00/125.00", "1:20.00/120.00");
        long march = queries.ofProject(project, all).getFirst().id();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                                select count(*) from audit_record where action = 'investment.reported'
                                  and entity_id = :id and summary like '%(2025-01 corrected)%'""")
                                .param("id", Long.toString(march))
                                .query(Long.class)
                                .single()
                        == 1);
    }

    /**
     * A correction keeps the lateness of the month's first report: one that came in on time (here marked so, as the
     * test runs long after the deadline) stays on time, a late one stays late.
     */
    @Test
    void aCorrectionKeepsTheLatenessOfTheFirstReport() {
        long project = project("500000");
        reporting.report(project, form(2025, 1, "10", "10", "110"), all);
        reporting.report(project, form(2025, 2, "5", "15", "115"), all);
        long january = queries.ofProject(project, all).getLast().id();
        jdbc.sql("update investment_report set late = false where id = :id")
                .param("id", january)
                .update();
        assertThat(queries.ofProject(project, all))
                .extracting(MonthlyReportView::late)
                .containsExactly(true, false);

        reporting.report(project, form(2025, 1, "20", "20", "120"), all);
        reporting.report(project, form(2025, 2, "6", "26", "126"), all);

        assertThat(queries.ofProject(project, all))
                .extracting(r -> r.month() + ":" + r.thisMonth().toPlainString() + ":" + r.late())
                .containsExactly("2:6.00:true", "1:20.00:false");
    }

    @Test
    void aCorrectionThatWouldChangeAConfirmedLaterMonthIsRefused() {
        long project = project("500000");
        reporting.report(project, form(2025, 1, "10", "10", "110"), all);
        reporting.report(project, form(2025, 2, "5", "15", "115"), all);
        reporting.confirm(queries.ofProject(project, all).getFirst().id(), all);

        assertThatThrownBy(() -> reporting.report(project, form(2025, 1, "20", "20", "120"), all))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVESTMENT_LATER_CONFIRMED));
        assertThat(queries.ofProject(project, all))
                .extracting(r -> r.sinceStart().toPlainString())
                .containsExactly("115.00", "110.00");
    }

    @Test
    void anImportedRowThatDoesNotAddUpIsABadRowNamingTheRightFigure() throws Exception {
        long project = project("500000");
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        String page = InvestmentImportTests.importAndShow(
                mvc,
                worker,
                session,
                InvestmentImportTests.xlsx(
                        new Object[] {project, "甲", 2025, 1, 10, 10, 110, null},
                        new Object[] {project, "甲", 2025, 2, 5, 20, 115, null}));
        assertThat(page)
                .contains("data-row=\"3\"", "当年累计应为 15.00（上月 10.00 + 本期 5.00）")
                .doesNotContain("data-row=\"2\"", "id=\"import-ok\"");
        assertThat(queries.ofProject(project, all)).isEmpty();
    }

    private String submit(MockHttpSession session, long project, String... values) throws Exception {
        List<String> names = List.of("year", "month", "thisMonth", "yearToDate", "sinceStart");
        var request = post("/investment-reports/projects/" + project + "/reports")
                .session(session)
                .with(csrf());
        for (int i = 0; i < names.size(); i++) {
            request.param(names.get(i), values[i]);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private long project(String total) {
        return InvestmentFixtures.project(
                projects,
                InvestmentFixtures.enterprise(enterprises),
                ProjectLevel.DISTRICT,
                ProjectStage.UNDER_CONSTRUCTION,
                total);
    }
}

package cn.zhuanban.investmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.investmentreport.domain.ReportRules;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project page's investment card: this year's reported investment against the year's plan, since start against
 * the total investment, the newest month reported and the missing reports of the months past their deadline day; an empty state; nothing for a
 * project outside the user's scope.
 */
@IntegrationTest
class InvestmentStandingFragmentTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final YearMonth MONTH = YearMonth.now(ZONE);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsThisYearAgainstThePlanSinceStartAgainstTheTotalAndLastMonthsMissingReport() throws Exception {
        long project = project(ProjectStage.UNDER_CONSTRUCTION);
        report(project, MONTH.minusMonths(2), "50", "50", "500");
        // this month's figure is the whole year's, so the report holds in January too (当年累计 = 本期 then)
        report(project, MONTH, "300", "300", "700");
        reporting.setPlan(
                project,
                MONTH.getYear(),
                Collections.nCopies(12, new BigDecimal("50")),
                InvestmentFixtures.districtWide());

        String card = card("dispatch", project);

        assertThat(card)
                .contains(MONTH.getYear() + " 年完成投资", "50%", "300.00 / 年度计划 600.00 万元")
                .contains("70%", "700.00 / 总投资 1,000.00 万元")
                .contains("最近填报：" + MONTH.getYear() + " 年 " + MONTH.getMonthValue() + " 月")
                .contains("id=\"project-investment-missing\"")
                .contains(MONTH.minusMonths(1).getYear() + " 年 "
                        + MONTH.minusMonths(1).getMonthValue() + " 月投资月报未填报")
                .contains("href=\"/investment-reports/projects/" + project + "\"");
    }

    @Test
    void theMonthsDueReportedAndNoPlanSetSayJustThat() throws Exception {
        long project = project(ProjectStage.PRE_CONSTRUCTION);
        List<YearMonth> due = ReportRules.dueMonths(LocalDate.now(ZONE), reporting.deadlineDay());
        report(project, due.get(1), "30", "30", "30");
        report(project, due.get(0), "50", "80", "80");

        String card = card("dispatch", project);

        String thisYear = due.get(0).getYear() == MONTH.getYear() ? "80.00" : "0.00";
        assertThat(card)
                .contains(thisYear + " 万元，暂无年度投资计划", "8%", "80.00 / 总投资 1,000.00 万元")
                .doesNotContain("project-investment-missing", "暂无投资月报");
    }

    @Test
    void aMonthPastItsDeadlineDayWithoutReportIsMissingButNotOneBeforeTheProjectStarted() throws Exception {
        long project = project(ProjectStage.UNDER_CONSTRUCTION);
        List<YearMonth> due = ReportRules.dueMonths(LocalDate.now(ZONE), reporting.deadlineDay());
        assertThat(card("dispatch", project))
                .contains(missing(due.get(1)), missing(due.get(0)))
                .doesNotContain(missing(due.get(1).minusMonths(1)));

        long startsLater = project(ProjectStage.UNDER_CONSTRUCTION);
        jdbc.sql("update project set start_date = :d where id = :id")
                .param("d", due.get(0).atDay(1))
                .param("id", startsLater)
                .update();
        assertThat(card("dispatch", startsLater)).contains(missing(due.get(0))).doesNotContain(missing(due.get(1)));
    }

    private static String missing(YearMonth month) {
        return month.getYear() + " 年 " + month.getMonthValue() + " 月投资月报未填报";
    }

    @Test
    void aProjectWithoutReportsSaysSo() throws Exception {
        long project = project(ProjectStage.PLANNED);

        assertThat(card("dispatch", project))
                .contains("暂无投资月报", "0.00 / 总投资 1,000.00 万元", "0%")
                .doesNotContain("project-investment-missing", "最近填报");
    }

    @Test
    void aProjectOutsideTheScopeGivesNothing() throws Exception {
        long project = project(ProjectStage.UNDER_CONSTRUCTION);
        report(project, MONTH, "123.45", "123.45", "123.45");

        for (String outsider : List.of("enterprise", "handler")) {
            String body = mvc.perform(get("/investment-reports/fragments/project-investment/" + project)
                            .session(WebTestSupport.login(mvc, outsider)))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).doesNotContain("123.45", "project-investment-total");
        }
    }

    @Test
    void theProjectPageLoadsTheCardForWhoMaySeeInvestment() throws Exception {
        long project = project(ProjectStage.UNDER_CONSTRUCTION);

        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + project))
                .contains("hx-get=\"/investment-reports/fragments/project-investment/" + project + "\"");
    }

    private String card(String username, long project) throws Exception {
        return WebTestSupport.page(mvc, username, "/investment-reports/fragments/project-investment/" + project);
    }

    private long project(ProjectStage stage) {
        return InvestmentFixtures.project(
                projects, InvestmentFixtures.enterprise(enterprises), ProjectLevel.DISTRICT, stage, "1000");
    }

    private void report(long project, YearMonth month, String thisMonth, String yearToDate, String sinceStart) {
        reporting.report(
                project,
                InvestmentFixtures.form(month.getYear(), month.getMonthValue(), thisMonth, yearToDate, sinceStart),
                InvestmentFixtures.districtWide());
    }
}

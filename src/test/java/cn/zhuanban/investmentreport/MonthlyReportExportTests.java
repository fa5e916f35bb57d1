package cn.zhuanban.investmentreport;

import static cn.zhuanban.investmentreport.InvestmentFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A month's investment reports as XLSX, and the month's list searched by project name: only the projects in the
 * user's scope (a lead official's own, not another lead's), the state in words, the list's search applied to both.
 */
@IntegrationTest
class MonthlyReportExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    UserDirectory directory;

    @Autowired
    InvestmentReporting reporting;

    String mine;
    String others;

    @BeforeEach
    void twoReports() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser all = InvestmentFixtures.districtWide();
        long own = fx.project(fx.enterprise(), null, fx.userId("lead"));
        long other = fx.project(fx.enterprise(), null, fx.userId("lead2"));
        mine = projectReads.find(own, all).name();
        others = projectReads.find(other, all).name();
        reporting.report(own, form(2025, 6, "12.5", "30", "80"), all);
        reporting.report(other, form(2025, 6, "1", "1", "1"), all);
    }

    @Test
    void theMonthsFileHoldsTheReportsOfTheUsersProjectsWithTheirStateInWords() throws Exception {
        ExportedSheet sheet = ExportedSheet.download(mvc, "lead", "/investment-reports/export?month=2025-06");

        assertThat(sheet.header().subList(0, 7))
                .containsExactly("项目名称", "总投资（万元）", "本期完成（万元）", "当年累计（万元）", "截止累计（万元）", "状态", "迟报");
        assertThat(sheet.rowsStartingWith(mine))
                .singleElement()
                .satisfies(
                        // amounts shown as the pages show them, with their two decimals (never with an exponent)
                        row -> assertThat(row.subList(0, 6))
                                .containsExactly(mine, "1000.00", "12.50", "30.00", "80.00", "已报送"));
        assertThat(sheet.rowsStartingWith(others)).isEmpty();
    }

    @Test
    void theSearchNarrowsTheListAndItsFileAlike() throws Exception {
        String q = mine;
        String page = WebTestSupport.page(mvc, "dispatch", "/investment-reports?month=2025-06&q=" + q);
        assertThat(page)
                .contains(mine)
                .doesNotContain(others)
                .contains("/investment-reports/export?month=2025-06&amp;q=");

        ExportedSheet sheet =
                ExportedSheet.download(mvc, "dispatch", "/investment-reports/export?month=2025-06&q=" + q);

        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(1).getFirst()).isEqualTo(mine);
    }
}

package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.EnterpriseContacts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An enterprise contact's workbench names his projects still owing this month's investment report, until it is
 * filed, and offers what he starts most often (report a problem, file a report) and nothing his role does not allow.
 */
@IntegrationTest
class InvestmentReportItemsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ProjectManagement projects;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void theContactSeesHisProjectOwingThisMonthsReportUntilItIsFiled() throws Exception {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long project = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "1000");
        String contact = contactOf(enterprise);

        String workbench = WebTestSupport.page(mvc, contact, "/");
        YearMonth month = reporting.currentMonth();
        // After this month's deadline day its missing reports are overdue, and the card says so.
        String title = reporting.pastDeadline(month) ? "逾期未报投资月报" : "本月未报投资月报";
        assertThat(workbench)
                .contains(title, "href=\"/investment-reports/missing?month=" + month + "\"")
                .contains("href=\"/investment-reports/projects/" + project + "\"")
                .contains("id=\"workbench-actions\"", "上报问题", "填报投资月报")
                .doesNotContain("新建线索", "登记沟通");

        reporting.report(
                project,
                InvestmentFixtures.form(month.getYear(), month.getMonthValue(), "10", "10", "10"),
                InvestmentFixtures.districtWide());
        assertThat(WebTestSupport.page(mvc, contact, "/"))
                .doesNotContain("href=\"/investment-reports/missing?month=" + month + "\"");
    }

    @Test
    void theAuditorWhoChangesNothingHasNoShortcuts() throws Exception {
        assertThat(WebTestSupport.page(mvc, "auditor", "/"))
                .doesNotContain("上报问题", "填报投资月报", "新建线索", "登记沟通", "本月未报投资月报");
    }

    private String contactOf(long enterpriseId) {
        return EnterpriseContacts.create(identity, directory, enterpriseId);
    }
}

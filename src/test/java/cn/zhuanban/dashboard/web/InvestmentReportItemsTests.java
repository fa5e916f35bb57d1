package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.time.YearMonth;
import java.util.Set;
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
        assertThat(workbench)
                .contains("本月未报投资月报", "href=\"/investment-reports/missing?month=" + month + "\"")
                .contains("href=\"/investment-reports/projects/" + project + "\"")
                .contains("id=\"workbench-actions\"", "上报问题", "填报投资月报")
                .doesNotContain("新建线索", "登记沟通");

        reporting.report(
                project,
                InvestmentFixtures.form(month.getYear(), month.getMonthValue(), "10", "10", "10"),
                InvestmentFixtures.districtWide());
        assertThat(WebTestSupport.page(mvc, contact, "/")).doesNotContain("本月未报投资月报");
    }

    @Test
    void theAuditorWhoChangesNothingHasNoShortcuts() throws Exception {
        assertThat(WebTestSupport.page(mvc, "auditor", "/"))
                .doesNotContain("上报问题", "填报投资月报", "新建线索", "登记沟通", "本月未报投资月报");
    }

    private String contactOf(long enterprise) {
        String username = "wb-contact-" + TestCodes.unique("").toLowerCase();
        long id = identity.createUser(
                new NewUser(username, "企业联络员", null, enterprise, null, null, WebTestSupport.DEMO_PASSWORD));
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.ENTERPRISE_CONTACT),
                        DataScope.ENTERPRISE,
                        directory.user(id).version()));
        identity.waivePasswordChange(id);
        return username;
    }
}

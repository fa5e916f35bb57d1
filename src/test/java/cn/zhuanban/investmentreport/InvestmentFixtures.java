package cn.zhuanban.investmentreport;

import cn.zhuanban.TestCodes;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Fresh enterprises, projects and users of them, so that every test counts only its own rows. */
public final class InvestmentFixtures {

    private InvestmentFixtures() {}

    public static long enterprise(EnterpriseManagement enterprises) {
        return enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("投资测试企业"), TestCodes.creditCode(), null, null, null, null, null, null, 0))
                .id();
    }

    public static long project(
            ProjectManagement projects, long enterpriseId, ProjectLevel level, ProjectStage stage, String total) {
        return project(projects, enterpriseId, level, stage, total, null);
    }

    /** As above, registered under a project code (项目代码) when one is given. */
    public static long project(
            ProjectManagement projects,
            long enterpriseId,
            ProjectLevel level,
            ProjectStage stage,
            String total,
            String projectCode) {
        return project(projects, enterpriseId, level, stage, total, projectCode, LocalDate.of(2024, 3, 1));
    }

    /** As above, starting on {@code start}. */
    public static long project(
            ProjectManagement projects,
            long enterpriseId,
            ProjectLevel level,
            ProjectStage stage,
            String total,
            String projectCode,
            LocalDate start) {
        return projects.create(new ProjectForm(
                TestCodes.unique("投资测试项目"),
                projectCode,
                enterpriseId,
                level,
                stage,
                new BigDecimal(total),
                start,
                LocalDate.of(2028, 3, 1),
                null,
                null,
                null,
                null,
                0));
    }

    /** An enterprise contact of {@code enterpriseId}, who sees only that enterprise's projects. */
    public static CurrentUser contactOf(long enterpriseId) {
        return new CurrentUser(
                -1,
                "fixture-contact",
                "测试联络员",
                null,
                enterpriseId,
                DataScope.ENTERPRISE,
                Set.of("ENTERPRISE_CONTACT"),
                Set.of(
                        Permissions.INVESTMENT_VIEW,
                        Permissions.INVESTMENT_REPORT,
                        Permissions.COCKPIT_VIEW,
                        Permissions.PROJECT_VIEW));
    }

    public static CurrentUser districtWide() {
        return new CurrentUser(
                -2,
                "fixture-dispatch",
                "测试调度",
                null,
                null,
                DataScope.ALL,
                Set.of("DISPATCH_OFFICE"),
                Set.copyOf(Permissions.ALL));
    }

    public static ReportForm form(int year, int month, String thisMonth, String ytd, String sinceStart) {
        return new ReportForm(
                year, month, new BigDecimal(thisMonth), new BigDecimal(ytd), new BigDecimal(sinceStart), null, null);
    }
}

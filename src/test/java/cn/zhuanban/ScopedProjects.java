package cn.zhuanban;

import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.UserDirectory;
import java.util.Set;

/**
 * Three fresh enterprises, each with one project in a different data scope, for the checks that what hangs off a
 * project (talent demands, enterprise plans, the enterprise directory) is read where the project is read:
 * <ul>
 *   <li>{@code served}: led by {@code lead}, its task force has 自然资源局 ({@code handler}'s department) and the
 *       member {@code taskforce};
 *   <li>{@code led}: led by {@code lead2}, no task force;
 *   <li>{@code exporters}: led by {@code exporter}, a fresh lead official (LED_PROJECTS) holding the test's
 *       permissions, exports among them, which no built-in role with a narrower scope than the district has.
 * </ul>
 * The enterprises' names share {@code token}, so that a search for it lists exactly these three.
 */
public record ScopedProjects(
        String token,
        long servedEnterprise,
        long servedProject,
        long ledEnterprise,
        long ledProject,
        long exportersEnterprise,
        long exportersProject,
        String exporter) {

    public static ScopedProjects create(
            ServiceFixtures fx,
            EnterpriseManagement enterprises,
            UserDirectory directory,
            CustomRoleAccounts accounts,
            Set<String> exporterPermissions) {
        String token = TestCodes.unique("范围");
        long servedEnterprise = enterprise(enterprises, token + "甲");
        long ledEnterprise = enterprise(enterprises, token + "乙");
        long exportersEnterprise = enterprise(enterprises, token + "丙");
        Long department = directory.findByUsername("handler").orElseThrow().departmentId();
        long taskForce = fx.taskForce(null, Set.of(fx.userId("taskforce")), Set.of(department));
        String exporter =
                accounts.create(DataScope.LED_PROJECTS, null, exporterPermissions, Set.of(BuiltinRoles.LEAD_OFFICIAL));
        return new ScopedProjects(
                token,
                servedEnterprise,
                fx.project(servedEnterprise, taskForce, fx.userId("lead")),
                ledEnterprise,
                fx.project(ledEnterprise, null, fx.userId("lead2")),
                exportersEnterprise,
                fx.project(exportersEnterprise, null, fx.userId(exporter)),
                exporter);
    }

    private static long enterprise(EnterpriseManagement enterprises, String name) {
        return enterprises
                .register(new EnterpriseForm(
                        name, TestCodes.creditCode(), null, null, null, "联系人", "13800138000", null, 0))
                .id();
    }
}

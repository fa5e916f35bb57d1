package cn.zhuanban.demo;

import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Departments of the fictional 示范区 and one demo user per role (fictional names). */
@Component
class DemoPeople {

    /** What the project seed needs: department and user ids by code / username. */
    record Seeded(Map<String, Long> departments, Map<String, Long> users) {}

    static final String[][] DEPARTMENTS = {
        {"FGW", "区发展和改革委员会"},
        {"ZRZY", "区自然资源局"},
        {"ZJ", "区住房和城乡建设局"},
        {"STHJ", "市生态环境局示范区分局"},
        {"GD", "区供电公司"},
        {"SW", "区水务局"},
        {"RQ", "区燃气热力公司"}, // the checklist template's 燃气接入 and tickets of category 燃气供热 go here
        {"RS", "区人力资源和社会保障局"},
        {"JT", "区交通运输局"},
        {"GX", "区工业和信息化局"},
        {"SWJ", "区商务局"},
        {"CZ", "区财政局"},
        {"DC", "区委区政府督查室"},
        {"DDB", "区重点项目调度办"},
        {"SJ", "区审计局"}
    };

    /** username, name, role, department code, scope. */
    static final String[][] USERS = {
        {"leader", "王建国", BuiltinRoles.DISTRICT_LEADER, null, "ALL"},
        {"lead", "侯明远", BuiltinRoles.LEAD_OFFICIAL, null, "LED_PROJECTS"},
        {"lead2", "李晓峰", BuiltinRoles.LEAD_OFFICIAL, null, "LED_PROJECTS"},
        {"dispatch", "赵敏", BuiltinRoles.DISPATCH_OFFICE, "DDB", "ALL"},
        {"taskforce", "陈刚", BuiltinRoles.TASK_FORCE_MEMBER, "GX", "TASK_FORCE"},
        {"handler", "周丽", BuiltinRoles.DEPARTMENT_HANDLER, "ZRZY", "DEPARTMENT"},
        {"handler-power", "吴强", BuiltinRoles.DEPARTMENT_HANDLER, "GD", "DEPARTMENT"},
        {"enterprise", "孙伟", BuiltinRoles.ENTERPRISE_CONTACT, null, "ENTERPRISE"},
        {"enterprise2", "钱芳", BuiltinRoles.ENTERPRISE_CONTACT, null, "ENTERPRISE"},
        {"supervisor", "郑洁", BuiltinRoles.SUPERVISION, "DC", "ALL"},
        {"audit-office", "冯立新", BuiltinRoles.AUDIT_OFFICE, "SJ", "ALL"},
        // the other departments of the checklist template, so that each service item has a person to answer for it
        {"handler-fgw", "刘海涛", BuiltinRoles.DEPARTMENT_HANDLER, "FGW", "DEPARTMENT"},
        {"handler-build", "林志勇", BuiltinRoles.DEPARTMENT_HANDLER, "ZJ", "DEPARTMENT"},
        {"handler-env", "黄雅琴", BuiltinRoles.DEPARTMENT_HANDLER, "STHJ", "DEPARTMENT"},
        {"handler-water", "何建平", BuiltinRoles.DEPARTMENT_HANDLER, "SW", "DEPARTMENT"},
        {"handler-gas", "高振华", BuiltinRoles.DEPARTMENT_HANDLER, "RQ", "DEPARTMENT"}
    };

    /**
     * Department heads (负责人), told of red cards and supervision notices. No extra accounts: the
     * dispatch office, the supervision office and 自然资源局 (a one-person department in the demo,
     * so 周丽 is handler and head) get their existing user as head; 区供电公司 deliberately has no
     * head, so its handler 吴强 is told of red cards as a handler only.
     */
    static final String[][] HEADS = {{"DDB", "dispatch"}, {"DC", "supervisor"}, {"ZRZY", "handler"}};

    /** The public password of the demo accounts (README). */
    static final String DEMO_PASSWORD = "Zhuanban@2026";

    private final DepartmentManagement departments;
    private final IdentityManagement identity;
    private final UserDirectory directory;
    private final String password;

    DemoPeople(
            DepartmentManagement departments,
            IdentityManagement identity,
            UserDirectory directory,
            @Value("${zhuanban.bootstrap.admin-password:Zhuanban@2026}") String password) {
        this.departments = departments;
        this.identity = identity;
        this.directory = directory;
        this.password = password;
    }

    boolean seeded() {
        return !departments.tree().isEmpty();
    }

    Seeded seed() {
        Map<String, Long> departmentIds = new LinkedHashMap<>();
        long root = departments.create(new DepartmentForm(null, "示范区委区政府", "ROOT", 0, 0));
        int order = 1;
        for (String[] d : DEPARTMENTS) {
            departmentIds.put(d[0], departments.create(new DepartmentForm(root, d[1], d[0], order++, 0)));
        }
        Map<String, Long> userIds = new LinkedHashMap<>();
        for (String[] u : USERS) {
            Long department = u[3] == null ? null : departmentIds.get(u[3]);
            long id = identity.createUser(new NewUser(
                    u[0],
                    u[1],
                    department,
                    null,
                    "1390000" + (1000 + userIds.size()),
                    u[0] + "@demo.zhuanban.cn",
                    password));
            identity.grant(
                    id,
                    new Grant(
                            Set.of(u[2]),
                            DataScope.valueOf(u[4]),
                            directory.user(id).version()));
            identity.waivePasswordChange(id);
            userIds.put(u[0], id);
        }
        appointHeads(departmentIds, userIds);
        waiveChangeOfDemoPassword("sysadmin", "secadmin", "auditor");
        return new Seeded(departmentIds, userIds);
    }

    /**
     * The administrators created at first start log in with the documented demo password without changing it, as the
     * demo users do, only when that is their password (the H2 demo). Given a one-time password instead (on PostgreSQL a
     * random one printed once in the log, or {@code zhuanban.bootstrap.admin-password}), they must change it at their
     * first login, as the README says.
     */
    void waiveChangeOfDemoPassword(String... usernames) {
        for (String username : usernames) {
            directory
                    .findByUsername(username)
                    .ifPresent(u -> identity.waivePasswordChangeIfPasswordIs(u.id(), DEMO_PASSWORD));
        }
    }

    private void appointHeads(Map<String, Long> departmentIds, Map<String, Long> userIds) {
        for (String[] head : HEADS) {
            long id = departmentIds.get(head[0]);
            DepartmentView d = departments.find(id).orElseThrow();
            departments.edit(
                    id,
                    new DepartmentForm(
                            d.parentId(), d.name(), d.code(), d.sortOrder(), d.version(), userIds.get(head[1])));
        }
    }
}

package cn.zhuanban.province;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The generated users, one role each and the same password hash (the bootstrap password): the province's leader,
 * dispatch office and supervisor, the lead officials, one task-force member per task force, two handlers per
 * department and one contact per enterprise. Usernames carry the run's tag ({@code prov-lead-1} …).
 */
final class ProvincePeople {

    static final String USER_INSERT = """
            insert into app_user (id, username, username_key, password_hash, full_name, department_id, enterprise_id,
                enabled, data_scope, password_change_required, password_changed_at, failed_attempts,
                created_at, version)
            values (?, ?, ?, ?, ?, ?, ?, true, ?, false, ?, 0, ?, 1)""";

    static final String ROLE_INSERT = "insert into user_role (app_user, role_id) values (?, ?)";

    /** Ids of the people later tables point to. */
    record Ids(long dispatch, long[] leads, long[] taskForceMembers, long[] handlers, long[] contacts) {

        /** The lead officials take ten consecutive projects each, in turn. */
        long leadOf(int project) {
            return leads[(project / 10) % leads.length];
        }
    }

    private final ProvinceBatch users;
    private final ProvinceBatch userRoles;
    private final Map<String, Long> roleIds;
    private final String tag;
    private final String hash;
    private final Timestamp now;
    private long next;

    ProvincePeople(
            ProvinceBatch users,
            ProvinceBatch userRoles,
            Map<String, Long> roleIds,
            String tag,
            String hash,
            Timestamp now,
            long firstId) {
        this.users = users;
        this.userRoles = userRoles;
        this.roleIds = roleIds;
        this.tag = tag;
        this.hash = hash;
        this.now = now;
        this.next = firstId;
    }

    /** Departments are numbered from {@code deptBase}, enterprises (one contact each) from {@code entBase}. */
    Ids write(ProvinceGenerator.Scale s, long deptBase, long entBase) throws SQLException {
        int departments = s.departments();
        user("leader", "省领导", null, null, "DISTRICT_LEADER", "ALL");
        long dispatch = user("dispatch", "省调度员", deptBase, null, "DISPATCH_OFFICE", "ALL");
        user("supervisor", "省督查员", deptBase + 1, null, "SUPERVISION", "ALL");
        long[] leads = users(s.leads(), "lead-", "分包领导", i -> null, i -> null, "LEAD_OFFICIAL", "LED_PROJECTS");
        long[] members = users(
                s.taskForces(),
                "tf-",
                "专班成员",
                i -> deptBase + i % departments,
                i -> null,
                "TASK_FORCE_MEMBER",
                "TASK_FORCE");
        long[] handlers = users(
                departments * 2,
                "handler-",
                "经办人",
                i -> deptBase + i % departments,
                i -> null,
                "DEPARTMENT_HANDLER",
                "DEPARTMENT");
        long[] contacts = users(
                s.enterprises(), "ent-", "企业联络员", i -> null, i -> entBase + i, "ENTERPRISE_CONTACT", "ENTERPRISE");
        return new Ids(dispatch, leads, members, handlers, contacts);
    }

    /** {@code count} users named {@code name1…}, the i-th (from 0) in department and enterprise by number. */
    private long[] users(
            int count,
            String name,
            String fullName,
            IntFunction<Long> department,
            IntFunction<Long> enterprise,
            String role,
            String scope)
            throws SQLException {
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = user(name + (i + 1), fullName + (i + 1), department.apply(i), enterprise.apply(i), role, scope);
        }
        return ids;
    }

    private long user(String name, String fullName, Long department, Long enterprise, String role, String scope)
            throws SQLException {
        long id = next++;
        String username = tag + "-" + name;
        // The case-folded key that identity's User keeps for the unique guard (V205); generated names are lower-case.
        users.row(
                id,
                username,
                username.toLowerCase(Locale.ROOT),
                hash,
                fullName,
                department,
                enterprise,
                scope,
                now,
                now);
        Long roleId = roleIds.get(role);
        if (roleId != null) {
            userRoles.row(id, roleId);
        }
        return id;
    }
}

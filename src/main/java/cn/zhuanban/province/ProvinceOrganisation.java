package cn.zhuanban.province;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;

/**
 * The organisation the ledgers hang on, written first because projects, tickets and reports point at it: the
 * departments, the people (see {@link ProvincePeople}), the enterprises and the task forces.
 */
final class ProvinceOrganisation {

    /** First ids of the departments, enterprises and task forces, and the people's ids. */
    record Ids(long deptBase, ProvincePeople.Ids people, long entBase, long tfBase) {}

    private final ProvinceTables tables;
    private final ProvinceGenerator.Scale s;
    private final Map<String, Long> roleIds;
    private final String passwordHash;
    private final Timestamp now;

    ProvinceOrganisation(
            ProvinceTables tables,
            ProvinceGenerator.Scale s,
            Map<String, Long> roleIds,
            String passwordHash,
            Timestamp now) {
        this.tables = tables;
        this.s = s;
        this.roleIds = roleIds;
        this.passwordHash = passwordHash;
        this.now = now;
    }

    Ids write() throws SQLException {
        long deptBase = departments();
        long userBase = tables.nextId("app_user");
        long entBase = tables.nextId("enterprise");
        ProvincePeople.Ids people = users(userBase, deptBase, entBase);
        enterprises(entBase);
        long tfBase = taskForces(deptBase, people);
        return new Ids(deptBase, people, entBase, tfBase);
    }

    private long departments() throws SQLException {
        long deptBase = tables.nextId("department");
        try (ProvinceBatch b = tables.batch(
                "department", "insert into department (id, name, code, sort_order, version) values (?, ?, ?, ?, 1)")) {
            for (int i = 0; i < s.departments(); i++) {
                b.row(deptBase + i, "省直第" + (i + 1) + "厅局（" + s.tag() + "）", code("D", i + 1), 1000 + i);
            }
        }
        return deptBase;
    }

    private ProvincePeople.Ids users(long userBase, long deptBase, long entBase) throws SQLException {
        try (ProvinceBatch u = tables.batch("app_user", ProvincePeople.USER_INSERT);
                ProvinceBatch r =
                        tables.batch("user_role", ProvincePeople.ROLE_INSERT).after(u)) {
            return new ProvincePeople(u, r, roleIds, s.tag(), passwordHash, now, userBase).write(s, deptBase, entBase);
        }
    }

    private void enterprises(long entBase) throws SQLException {
        try (ProvinceBatch b = tables.batch("enterprise", """
                insert into enterprise (id, name, credit_code, legal_representative, industry_code, address,
                    contact_name, contact_phone, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")) {
            String[] industries = {"C39", "C38", "C26", "C27", "C36", "E47", "I65", "M73"};
            for (int i = 0; i < s.enterprises(); i++) {
                b.row(
                        entBase + i,
                        "省示范" + (i + 1) + "号科技有限公司（" + s.tag() + "）",
                        creditCode(i),
                        "法人" + (i + 1),
                        industries[i % industries.length],
                        "省示范园区" + (i % 90 + 1) + "号路",
                        "企业联络员" + (i + 1),
                        String.format("139%08d", i),
                        now,
                        now);
            }
        }
    }

    private long taskForces(long deptBase, ProvincePeople.Ids people) throws SQLException {
        long tfBase = tables.nextId("task_force");
        try (ProvinceBatch b = tables.batch(
                        "task_force",
                        "insert into task_force (id, name, lead_user_id, chief_service_officer_id, version)"
                                + " values (?, ?, ?, ?, 1)");
                ProvinceBatch m = tables.batch(
                                "task_force_member",
                                "insert into task_force_member (task_force, user_id) values (?, ?)")
                        .after(b);
                ProvinceBatch d = tables.batch(
                                "task_force_department",
                                "insert into task_force_department (task_force, department_id) values (?, ?)")
                        .after(b)) {
            for (int i = 0; i < s.taskForces(); i++) {
                long id = tfBase + i;
                // a task force serves ten consecutive projects, led by the lead official of the first
                b.row(id, "第" + (i + 1) + "服务专班（" + s.tag() + "）", people.leadOf(i * 10), people.taskForceMembers()[i]);
                m.row(id, people.taskForceMembers()[i]);
                for (int k = 0; k < 3; k++) {
                    d.row(id, deptBase + (i + k * 7L) % s.departments());
                }
            }
        }
        return tfBase;
    }

    private String code(String kind, int n) {
        return s.tag() + "-" + kind + String.format("%02d", n);
    }

    private String creditCode(int i) {
        // 18 characters: "9" + the tag's hash (7 digits) + the enterprise's number (10 digits)
        return String.format("9%07d%010d", Math.floorMod(s.tag().hashCode(), 10_000_000), i);
    }
}

package cn.zhuanban.ticket;

import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rows the ticket tests stand on: a project of their own (led by the demo lead official, with the
 * power company in its task force), so no test depends on another's data.
 */
@Component
public class TicketTestData {

    private final JdbcClient jdbc;
    private final DepartmentManagement departments;
    private final UserDirectory users;

    TicketTestData(JdbcClient jdbc, DepartmentManagement departments, UserDirectory users) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.users = users;
    }

    public long enterpriseOf(long projectId) {
        return jdbc.sql("select enterprise_id from project where id = :id")
                .param("id", projectId)
                .query(Long.class)
                .single();
    }

    public long department(String code) {
        return departments.findByCode(code).orElseThrow().id();
    }

    long user(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    /** A new project of a new enterprise, led by {@code lead}, with {@code departmentCode} in its task force. */
    public long project(String departmentCode) {
        Timestamp now = Timestamp.from(Instant.now());
        String code = "91" + (System.nanoTime() % 10_000_000_000_000_000L + 10_000_000_000_000_000L);
        long enterprise = jdbc.sql("insert into enterprise (name, credit_code, created_at, updated_at)"
                                        + " values ('测试企业', :code, :now, :now)")
                                .param("code", code.substring(0, 18))
                                .param("now", now)
                                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id")
                        == 1
                ? jdbc.sql("select max(id) from enterprise").query(Long.class).single()
                : -1;
        jdbc.sql("insert into task_force (name) values ('测试专班')").update();
        long taskForce =
                jdbc.sql("select max(id) from task_force").query(Long.class).single();
        jdbc.sql("insert into task_force_department (task_force, department_id) values (:tf, :d)")
                .param("tf", taskForce)
                .param("d", department(departmentCode))
                .update();
        jdbc.sql("""
                        insert into project (name, enterprise_id, level, stage, total_investment, start_date, target_finish,
                                             lead_official_id, task_force_id, created_at, updated_at, version)
                        values ('测试项目', :e, 'DISTRICT', 'UNDER_CONSTRUCTION', 1000, date '2026-01-01', date '2027-12-31',
                                :lead, :tf, :now, :now, 1)""")
                .param("e", enterprise)
                .param("lead", user("lead"))
                .param("tf", taskForce)
                .param("now", now)
                .update();
        return jdbc.sql("select max(id) from project").query(Long.class).single();
    }
}

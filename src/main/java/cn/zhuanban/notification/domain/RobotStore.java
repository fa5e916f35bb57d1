package cn.zhuanban.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Departments' robot settings, one row per department that has any, with optimistic locking. */
@Component
public class RobotStore {

    private final JdbcClient jdbc;

    RobotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RobotConfig> find(long departmentId) {
        return jdbc.sql("select * from department_robot where department_id = :dept")
                .param("dept", departmentId)
                .query(RobotStore::row)
                .optional();
    }

    public Map<Long, RobotConfig> of(Collection<Long> departmentIds) {
        if (departmentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from department_robot where department_id in (:ids)")
                .param("ids", departmentIds)
                .query(RobotStore::row)
                .list()
                .stream()
                .collect(Collectors.toMap(RobotConfig::departmentId, Function.identity()));
    }

    public List<RobotConfig> all() {
        return jdbc.sql("select * from department_robot").query(RobotStore::row).list();
    }

    /** Stores the settings if nobody changed them since {@code config.version()} was read. */
    public void save(RobotConfig config) {
        if (find(config.departmentId()).isEmpty()) {
            insert(config);
            return;
        }
        int updated = jdbc.sql("""
                        update department_robot set wecom_url = :wecom, dingtalk_url = :ding, dingtalk_secret = :secret,
                               version = version + 1
                        where department_id = :dept and version = :version""")
                .param("wecom", config.wecomUrl())
                .param("ding", config.dingtalkUrl())
                .param("secret", config.dingtalkSecret())
                .param("dept", config.departmentId())
                .param("version", config.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("robot settings changed");
        }
    }

    private void insert(RobotConfig config) {
        jdbc.sql("""
                        insert into department_robot (department_id, wecom_url, dingtalk_url, dingtalk_secret, version)
                        values (:dept, :wecom, :ding, :secret, 1)""")
                .param("dept", config.departmentId())
                .param("wecom", config.wecomUrl())
                .param("ding", config.dingtalkUrl())
                .param("secret", config.dingtalkSecret())
                .update();
    }

    private static RobotConfig row(ResultSet rs, int n) throws SQLException {
        return new RobotConfig(
                rs.getLong("department_id"),
                rs.getString("wecom_url"),
                rs.getString("dingtalk_url"),
                rs.getString("dingtalk_secret"),
                rs.getInt("version"));
    }
}

package cn.zhuanban.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** How a user is read from the database: the columns every user query selects and the row they make. */
final class UserRows {

    static final String SELECT = """
            select u.id, u.username, u.full_name, u.department_id, d.name as department_name, u.enterprise_id,
                   u.phone, u.email, u.enabled, u.data_scope, u.locked_until, u.password_change_required, u.version,
                   u.last_login_at,
                   (select string_agg(r.code, ',' order by r.code) from user_role ur join app_role r on r.id = ur.role_id
                    where ur.app_user = u.id) as role_codes,
                   (select string_agg(r.name, '、' order by r.code) from user_role ur join app_role r on r.id = ur.role_id
                    where ur.app_user = u.id) as role_names
            from app_user u left join department d on d.id = u.department_id
            """;

    private UserRows() {}

    static UserView row(ResultSet rs, int n) throws SQLException {
        String roles = rs.getString("role_codes");
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                (Long) rs.getObject("department_id", Long.class),
                rs.getString("department_name"),
                (Long) rs.getObject("enterprise_id", Long.class),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                DataScope.valueOf(rs.getString("data_scope")),
                roles == null ? List.of() : Arrays.asList(roles.split(",")),
                Objects.requireNonNullElse(rs.getString("role_names"), ""),
                locked == null ? null : locked.toInstant(),
                rs.getBoolean("password_change_required"),
                lastLogin == null ? null : lastLogin.toInstant(),
                rs.getInt("version"));
    }
}

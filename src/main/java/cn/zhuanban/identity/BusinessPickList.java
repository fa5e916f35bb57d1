package cn.zhuanban.identity;

import cn.zhuanban.shared.LikeText;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people business pick lists offer, read for {@link UserDirectory}, which answers other modules with them. Apart
 * from the directory's core lookups because every one of these lists applies the same rule of who may act.
 */
@Component
@Transactional(readOnly = true)
class BusinessPickList {

    /**
     * Who a business pick list of people may offer: an enabled account holding at least one business role. Neither the
     * three administrators (三员分立: no business role) nor an account without any role can act on business work.
     */
    private static final String PICKABLE = """
             u.enabled = true and exists (select 1 from user_role ur join app_role r on r.id = ur.role_id
                                          where ur.app_user = u.id and r.admin_duty is null)
            """;

    private final JdbcClient jdbc;

    BusinessPickList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Government staff (not enterprise contacts) who may act, all of them: for pickers of a responsible person. */
    List<UserView> staff() {
        return jdbc.sql(UserRows.SELECT + " where u.enterprise_id is null and" + PICKABLE + " order by u.id")
                .query(UserRows::row)
                .list();
    }

    /**
     * Up to {@code limit} government staff who may act and whose name or username contains {@code q} (all when
     * blank): for pickers that narrow a province's thousands of people by a search box.
     */
    List<UserView> staff(String q, int limit) {
        String text = blankToNull(q);
        return jdbc.sql(UserRows.SELECT + """
                         where u.enterprise_id is null
                           and (cast(:q as varchar) is null or lower(u.username) like :like escape '!'
                                or lower(u.full_name) like :like escape '!')
                           and""" + PICKABLE + " order by u.id limit :limit")
                .param("q", text)
                .param("like", LikeText.containing(text))
                .param("limit", limit)
                .query(UserRows::row)
                .list();
    }

    /** Staff of a department who may act, e.g. the people who may own a meeting action; every one of them. */
    List<UserView> departmentStaff() {
        return jdbc.sql(UserRows.SELECT + " where u.department_id is not null and" + PICKABLE + " order by u.id")
                .query(UserRows::row)
                .list();
    }

    /**
     * Department staff who may act and hold a role granting one of {@code permissions}, every one of them: e.g. the
     * people who may sign a ticket, and so own a meeting action. Permissions, not roles' names: a district defines its
     * own roles.
     */
    List<UserView> departmentStaffWith(Collection<String> permissions) {
        return jdbc.sql(UserRows.SELECT + """
                         where u.department_id is not null
                           and exists (select 1 from user_role ur join role_permission rp on rp.app_role = ur.role_id
                                       where ur.app_user = u.id and rp.permission in (:permissions))
                           and""" + PICKABLE + " order by u.id")
                .param("permissions", permissions)
                .query(UserRows::row)
                .list();
    }

    /** Staff of the given department who may act, e.g. the candidates for its head. */
    List<UserView> departmentStaff(long departmentId) {
        return jdbc.sql(UserRows.SELECT + " where u.department_id = :dept and" + PICKABLE + " order by u.id")
                .param("dept", departmentId)
                .query(UserRows::row)
                .list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

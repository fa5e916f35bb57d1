package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of user accounts: the paged, searchable user list and the names other modules show
 * beside ids. One query per page; roles are aggregated in SQL, not loaded per row.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    /**
     * {@code idleDays}: only accounts without a login (never logged in: created) for more than so many days;
     * {@code state}: only accounts locked now, or whose password expires within {@link #PASSWORD_WARN_DAYS} days or
     * has expired (what the security administrator's workbench counts and opens), or accounts of an enterprise that
     * hold more than the enterprise rule allows ({@link EnterpriseOverreach}: the security administrator's alone).
     */
    public record UserFilter(String q, Long departmentId, String roleCode, Integer idleDays, State state) {

        public enum State {
            LOCKED,
            PASSWORD_EXPIRING,
            ENTERPRISE_OVERREACH;

            /** Whether {@code user} may list accounts in this state: 企业账号越权 only who grants roles and scopes. */
            public boolean shownTo(CurrentUser user) {
                return this != ENTERPRISE_OVERREACH || user.can(Permissions.USER_GRANT);
            }

            /** The states {@code user} may filter by, for the list's select. */
            public static List<State> offeredTo(CurrentUser user) {
                return Arrays.stream(values()).filter(s -> s.shownTo(user)).toList();
            }
        }

        /**
         * Refuses (403) a filter {@code user} may not apply: the enterprise rule's breaches are the security
         * administrator's to see and correct (三员分立), not the system administrator's, though both list accounts.
         */
        public UserFilter checkShownTo(CurrentUser user) {
            if (state != null && !state.shownTo(user)) {
                throw new AccessDeniedException("user state " + state);
            }
            return this;
        }
    }

    /** Days before a password expires that its account counts as expiring: the login warns as many days ahead. */
    public static final int PASSWORD_WARN_DAYS = 7;

    private static final String WHERE = """
            where (cast(:q as varchar) is null or lower(u.username) like :like escape '!' or lower(u.full_name) like :like escape '!')
              and (cast(:dept as bigint) is null or u.department_id = :dept)
              and (cast(:role as varchar) is null or exists (select 1 from user_role ur join app_role r on r.id = ur.role_id
                                            where ur.app_user = u.id and r.code = :role))
              and (cast(:idleSince as timestamp) is null or coalesce(u.last_login_at, u.created_at) < :idleSince)
              and (cast(:state as varchar) is null
                   or (:state = 'LOCKED' and u.locked_until > :now)
                   or (:state = 'PASSWORD_EXPIRING' and u.enabled = true and u.password_change_required = false
                       and u.password_changed_at < :changedBefore)
                   or (:state = 'ENTERPRISE_OVERREACH' and %s))
            """.formatted(EnterpriseOverreach.CONDITION);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BusinessPickList pickList;
    private final SecuritySettings settings;

    UserDirectory(JdbcClient jdbc, Clock clock, BusinessPickList pickList, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.pickList = pickList;
        this.settings = settings;
    }

    public PageResult<UserView> users(UserFilter filter, PageQuery page) {
        String q = blankToNull(filter.q());
        Map<String, Object> params = new HashMap<>();
        params.put("q", q);
        params.put("like", LikeText.containing(q));
        params.put("dept", filter.departmentId());
        params.put("role", blankToNull(filter.roleCode()));
        params.put(
                "idleSince",
                filter.idleDays() == null || filter.idleDays() <= 0
                        ? null
                        : Timestamp.from(clock.instant().minus(Duration.ofDays(filter.idleDays()))));
        params.put("state", filter.state() == null ? null : filter.state().name());
        params.put("now", Timestamp.from(clock.instant()));
        params.put("changedBefore", Timestamp.from(passwordsChangedBeforeExpiring()));
        params.put("safe", EnterpriseOverreach.SAFE);
        long total = jdbc.sql("select count(*) from app_user u " + WHERE)
                .params(params)
                .query(Long.class)
                .single();
        List<UserView> rows = jdbc.sql(UserRows.SELECT + WHERE + " order by u.id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(UserRows::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public UserView user(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    public Optional<UserView> find(long id) {
        return jdbc.sql(UserRows.SELECT + " where u.id = :id")
                .param("id", id)
                .query(UserRows::row)
                .optional();
    }

    /**
     * The usernames of up to {@code limit} accounts whose full name contains the text (a typed {@code %} or {@code _}
     * as itself), none when blank: for searches of records that name their user by username only, as the audit log.
     */
    public List<String> usernamesNamed(String text, int limit) {
        String like = LikeText.containing(text);
        if (like == null) {
            return List.of();
        }
        return jdbc.sql("select username from app_user where lower(full_name) like :like escape '!'"
                        + " order by id limit :limit")
                .param("like", like)
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    public Optional<UserView> findByUsername(String username) {
        return jdbc.sql(UserRows.SELECT + " where u.username = :u")
                .param("u", username)
                .query(UserRows::row)
                .optional();
    }

    /**
     * Names of the given users, for showing beside ids; one query for the whole set. The map answers null for a null
     * id (a record without that person), also when no id was given: callers look a record's optional people up in it
     * (a page of task forces none of which has a lead or chief officer).
     */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, full_name from app_user where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    /** Enabled users holding a role, e.g. the lead officials to choose from. */
    public List<UserView> withRole(String roleCode) {
        return jdbc.sql(UserRows.SELECT + """
                         where u.enabled = true and exists (select 1 from user_role ur join app_role r on r.id = ur.role_id
                                                where ur.app_user = u.id and r.code = :role)
                         order by u.full_name""")
                .param("role", roleCode)
                .query(UserRows::row)
                .list();
    }

    /**
     * Enabled users holding a role that grants the permission, e.g. whoever may assign tickets and decide extensions
     * (the dispatch office, or a role an administrator gave that permission): told of what waits for that duty.
     */
    public List<UserView> withPermission(String permission) {
        return jdbc.sql(UserRows.SELECT + """
                         where u.enabled = true and exists (select 1 from user_role ur
                                                join role_permission rp on rp.app_role = ur.role_id
                                                where ur.app_user = u.id and rp.permission = :permission)
                         order by u.id""")
                .param("permission", permission)
                .query(UserRows::row)
                .list();
    }

    // the people business pick lists offer: who may act is BusinessPickList's rule
    public List<UserView> staff() {
        return pickList.staff();
    }

    public List<UserView> staff(String q, int limit) {
        return pickList.staff(q, limit);
    }

    public List<UserView> departmentStaff() {
        return pickList.departmentStaff();
    }

    public List<UserView> departmentStaffWith(Collection<String> permissions) {
        return pickList.departmentStaffWith(permissions);
    }

    public List<UserView> departmentStaff(long departmentId) {
        return pickList.departmentStaff(departmentId);
    }

    /** Enabled users of a department holding a role, e.g. the handlers a ticket is assigned to. */
    public List<UserView> inDepartmentWithRole(long departmentId, String roleCode) {
        return jdbc.sql(UserRows.SELECT + """
                         where u.enabled = true and u.department_id = :dept
                           and exists (select 1 from user_role ur join app_role r on r.id = ur.role_id
                                       where ur.app_user = u.id and r.code = :role)
                         order by u.id""")
                .param("dept", departmentId)
                .param("role", roleCode)
                .query(UserRows::row)
                .list();
    }

    /** The given users (enabled or not) in one query, e.g. the recipients of a notification. */
    public List<UserView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UserRows.SELECT + " where u.id in (:ids) order by u.id")
                .param("ids", ids)
                .query(UserRows::row)
                .list();
    }

    /**
     * The language each user chose (a language tag such as {@code en} or {@code zh-CN}), for the
     * users who chose one; texts that leave the platform are written in it.
     */
    public Map<Long, String> locales(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> result = new HashMap<>();
        jdbc.sql("select id, locale from app_user where id in (:ids) and locale is not null")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** Accounts locked right now, newest lock first. */
    public List<UserView> locked(int limit) {
        return jdbc.sql(UserRows.SELECT
                        + " where u.locked_until > current_timestamp order by u.locked_until desc limit :limit")
                .param("limit", limit)
                .query(UserRows::row)
                .list();
    }

    public long countPasswordChangePending() {
        return jdbc.sql("select count(*) from app_user where password_change_required = true and enabled = true")
                .query(Long.class)
                .single();
    }

    /**
     * Passwords changed before this instant expire within {@link #PASSWORD_WARN_DAYS} days or have expired; with
     * passwords that never expire, an instant before any password was set.
     */
    private Instant passwordsChangedBeforeExpiring() {
        int maxAge = settings.passwordMaxAgeDays();
        return maxAge <= 0
                ? Instant.EPOCH
                : clock.instant().minus(Duration.ofDays(maxAge)).plus(Duration.ofDays(PASSWORD_WARN_DAYS));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

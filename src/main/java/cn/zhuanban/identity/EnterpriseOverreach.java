package cn.zhuanban.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts linked to an enterprise that hold more than an enterprise's account may ({@link GrantScopePolicy}): a data
 * scope other than 本企业, or a role with a permission outside {@link Permissions#ENTERPRISE_SAFE}. The rule refuses
 * such grants since it was added, but accounts granted before still hold them: the security administrator lists them
 * (the user list's filter 企业账号越权, {@link UserDirectory.UserFilter.State#ENTERPRISE_OVERREACH}) and corrects each on
 * its grant form. An account without roles is allowed nothing, whatever its scope says, and is not listed.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseOverreach {

    /** The accounts, as a condition on {@code app_user u}; {@code :safe} binds {@link #SAFE}. */
    static final String CONDITION = """
            u.enterprise_id is not null
            and exists (select 1 from user_role ur where ur.app_user = u.id)
            and (u.data_scope <> 'ENTERPRISE'
                 or exists (select 1 from user_role ur join role_permission rp on rp.app_role = ur.role_id
                            where ur.app_user = u.id and rp.permission not in (:safe)))""";

    static final List<String> SAFE = List.copyOf(Permissions.ENTERPRISE_SAFE);

    /**
     * What is wrong with one account: {@code scope} its data scope when not 本企业 (null when it is), {@code roles} its
     * roles that hold permissions an enterprise's account may not, each with those permissions.
     */
    public record Overreach(DataScope scope, List<RoleOverreach> roles) {}

    /** A role held beyond the rule and the permissions (codes, catalogue order) that put it there. */
    public record RoleOverreach(String role, List<String> permissions) {}

    private final JdbcClient jdbc;

    EnterpriseOverreach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many accounts break the rule: the user list's badge. */
    public long count() {
        return jdbc.sql("select count(*) from app_user u where " + CONDITION)
                .param("safe", SAFE)
                .query(Long.class)
                .single();
    }

    /** What each of {@code users} (a page of the list) holds beyond the rule, for those that break it; one query. */
    public Map<Long, Overreach> of(Collection<UserView> users) {
        List<UserView> linked = users.stream()
                .filter(u -> u.enterpriseId() != null && !u.roleless())
                .toList();
        if (linked.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, List<String>>> byUser = new LinkedHashMap<>();
        jdbc.sql("""
                        select ur.app_user, r.name, rp.permission
                        from user_role ur join app_role r on r.id = ur.role_id join role_permission rp on rp.app_role = r.id
                        where ur.app_user in (:ids) and rp.permission not in (:safe)
                        order by ur.app_user, r.code""")
                .param("ids", linked.stream().map(UserView::id).toList())
                .param("safe", SAFE)
                .query((rs, n) -> byUser.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), role -> new ArrayList<>())
                        .add(rs.getString(3)))
                .list();
        Map<Long, Overreach> result = new LinkedHashMap<>();
        for (UserView user : linked) {
            DataScope scope = user.dataScope() == DataScope.ENTERPRISE ? null : user.dataScope();
            List<RoleOverreach> roles = byUser.getOrDefault(user.id(), Map.of()).entrySet().stream()
                    .map(e -> new RoleOverreach(e.getKey(), inCatalogueOrder(e.getValue())))
                    .toList();
            if (scope != null || !roles.isEmpty()) {
                result.put(user.id(), new Overreach(scope, roles));
            }
        }
        return result;
    }

    private static List<String> inCatalogueOrder(List<String> permissions) {
        return permissions.stream()
                .sorted(Comparator.comparingInt(p -> {
                    int at = Permissions.ALL.indexOf(p);
                    return at < 0 ? Integer.MAX_VALUE : at;
                }))
                .collect(Collectors.toList());
    }
}

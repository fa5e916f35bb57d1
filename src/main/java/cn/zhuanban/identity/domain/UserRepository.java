package cn.zhuanban.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends ListCrudRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    /**
     * The stored usernames equal to {@code username} ignoring case. Login matches the username exactly, so two
     * accounts {@code dispatch} and {@code DISPATCH} would be two people one typo apart: creation refuses the second.
     * The check gives the refusal; the unique column {@code username_key} (V205, {@link User#usernameKey}) guards
     * against two nodes passing it at the same instant.
     */
    @Query("select username from app_user where lower(username) = lower(:username)")
    List<String> findUsernamesIgnoringCase(@Param("username") String username);

    boolean existsByDepartmentId(Long departmentId);

    /**
     * Ids of enabled accounts without a login (never logged in: created) since {@code since}, administrators
     * excepted. Ids only: an aggregate read by a query of its own would lack its roles, and saving it would drop them.
     */
    @Query("""
            select u.id from app_user u
            where u.enabled = true and coalesce(u.last_login_at, u.created_at) < :since
              and not exists (select 1 from user_role ur join app_role r on r.id = ur.role_id
                              where ur.app_user = u.id and r.admin_duty is not null)
            """)
    List<Long> findDormantIds(Instant since);

    /**
     * How many active accounts (enabled, not locked at {@code now}) besides {@code exceptId} hold a role of the
     * administrator duty {@code duty}: the duty must never lose its last holder (三员分立 needs all three), and a locked
     * account cannot do the duty's work until someone unlocks it.
     */
    @Query("""
            select count(distinct u.id) from app_user u
            join user_role ur on ur.app_user = u.id join app_role r on r.id = ur.role_id
            where u.enabled = true and (u.locked_until is null or u.locked_until <= :now)
              and u.id <> :exceptId and r.admin_duty = :duty
            """)
    long countOtherDutyHolders(@Param("duty") String duty, @Param("exceptId") long exceptId, @Param("now") Instant now);

    /**
     * How many accounts hold the role as an enterprise's people: linked to an enterprise, or granted the scope 本企业.
     */
    @Query("""
            select count(distinct u.id) from app_user u join user_role ur on ur.app_user = u.id
            where ur.role_id = :roleId and (u.enterprise_id is not null or u.data_scope = 'ENTERPRISE')
            """)
    long countEnterpriseHolders(@Param("roleId") long roleId);
}

package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.domain.User;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Usernames equal ignoring case are refused by the database too (V205's unique {@code username_key}), not only by the
 * check before the insert: two nodes creating {@code casey} and {@code CASEY} at the same instant both pass the check.
 */
@IntegrationTest
class UsernameKeyTests {

    @Autowired
    IdentityManagement identity;

    @Autowired
    UsernameClaims claims;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAccountKeepsItsUsernameCaseFoldedAsItsKey() {
        String username = IdentityTestUsers.uniqueUsername("Keyed.Mixed");
        long id = IdentityTestUsers.create(identity, username);

        assertThat(key(id)).isEqualTo(username.toLowerCase(Locale.ROOT));
        // V205 filled the accounts before it (the demo district's): each holds its own username folded.
        assertThat(jdbc.sql("select count(*) from app_user where username_key <> lower(username)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDatabaseRefusesACaseTwinInsertedPastTheServiceCheck() {
        String taken = IdentityTestUsers.uniqueUsername("twin");
        IdentityTestUsers.create(identity, taken);
        String upper = taken.toUpperCase(Locale.ROOT);

        assertThatThrownBy(() -> jdbc.sql("""
                                insert into app_user (username, username_key, password_hash, full_name, data_scope,
                                                      created_at)
                                values (:u, lower(:u), 'x', '大小写孪生', 'ALL', :now)""")
                        .param("u", upper)
                        .param("now", Timestamp.from(Instant.now()))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from app_user where username = :u")
                        .param("u", upper)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /**
     * The node that loses the race passed the check before the other committed, so only the insert fails: it is
     * refused beside the username, naming the account that came first, as the check would have, and the
     * transaction it ran in (PostgreSQL aborts one on a failed statement) still answers.
     */
    @Test
    void aCaseTwinThatPassedTheCheckIsRefusedAsTheCheckWouldHave() {
        String taken = IdentityTestUsers.uniqueUsername("racer");
        IdentityTestUsers.create(identity, taken);
        String upper = taken.toUpperCase(Locale.ROOT);
        TransactionTemplate createUser = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> createUser.executeWithoutResult(status -> {
                    try {
                        claims.insert(User.create(upper, "抢先一步", "x", Instant.now()));
                    } finally {
                        assertThat(jdbc.sql("select count(*) from app_user where username_key = :k")
                                        .param("k", taken.toLowerCase(Locale.ROOT))
                                        .query(Long.class)
                                        .single())
                                .isOne();
                    }
                }))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.USERNAME_TAKEN);
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(messages.getMessage(e.errorCode().messageKey(), e.args(), Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("用户名 " + upper + " 已被使用：已有账号 " + taken + "（用户名不能仅大小写不同）。");
                });
        assertThat(jdbc.sql("select count(*) from app_user where username = :u")
                        .param("u", upper)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String key(long id) {
        return jdbc.sql("select username_key from app_user where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}

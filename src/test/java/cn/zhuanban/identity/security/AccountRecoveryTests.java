package cn.zhuanban.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.domain.UserRepository;
import cn.zhuanban.shared.Actor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operator's recovery of a sole administrator who is locked out ({@code --zhuanban.recover-account}): a one-time
 * password on the console, changed at the next login, recorded as the system's act; without the option nothing.
 */
@IntegrationTest
class AccountRecoveryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    OneTimePasswords passwords;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLockedOutSecurityAdministratorGetsAOneTimePasswordToChangeAtLogin() throws Exception {
        String username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        long id = identity.createUser(new NewUser(username, "安全管理员", null, null, null, null, "Start#2026pw"));
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.SECURITY_ADMIN),
                        DataScope.ALL,
                        directory.user(id).version()));
        jdbc.sql("update app_user set locked_until = :until, enabled = false where id = :id")
                .param("until", Timestamp.from(Instant.now().plusSeconds(3600)))
                .param("id", id)
                .update();

        String printed = recover(username);

        Matcher password = Pattern.compile("one-time password for " + username + ": (\\S+)")
                .matcher(printed);
        assertThat(password.find()).as(printed).isTrue();
        mvc.perform(formLogin().user(username).password(password.group(1)))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/account/password"));
        AuditTrail.awaitRecord(jdbc, "user.recovered", Long.toString(id), "username=" + username);
        assertThat(jdbc.sql("select actor from audit_record where action = 'user.recovered' and entity_id = :id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .list())
                .containsOnly(Actor.SYSTEM);
    }

    @Test
    void withoutTheOptionNothingChanges() {
        long before = jdbc.sql("select count(*) from audit_record where action = 'user.recovered'")
                .query(Long.class)
                .single();

        assertThat(recover("")).isEmpty();

        assertThat(jdbc.sql("select count(*) from audit_record where action = 'user.recovered'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private String recover(String username) {
        AccountRecovery recovery = new AccountRecovery(users, encoder, passwords, secondFactors, events, username);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        recovery.console = new PrintStream(out, true, StandardCharsets.UTF_8);
        new TransactionTemplate(transactions).executeWithoutResult(status -> recovery.run(null));
        return out.toString(StandardCharsets.UTF_8);
    }
}

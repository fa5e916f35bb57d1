package cn.zhuanban.demo;

import cn.zhuanban.WebTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Stores the demo users' password, once the demo district is seeded, as a bcrypt hash of work factor 4 instead of
 * production's 10. The tests log a demo user in through the real login form from about 960 call sites, and each
 * check cost about 70 ms of CPU (1.3 ms at factor 4): minutes of a CI run on two cores. The login still checks the
 * password with the application's own encoder, which reads the work factor from the hash; production hashes, users
 * the tests create and password changes keep factor 10. Only a user still holding the demo password is changed (the
 * second test context starts on the same database later). Registered in {@code META-INF/spring.factories} of the test
 * classpath, like {@link cn.zhuanban.TestDatabase}.
 */
public class QuickDemoLogins implements ApplicationListener<ApplicationReadyEvent> {

    private static final String FACTOR_4 = "{bcrypt}$2a$04$";

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        JdbcClient jdbc = context.getBeanProvider(JdbcClient.class).getIfAvailable();
        PasswordEncoder encoder = context.getBeanProvider(PasswordEncoder.class).getIfAvailable();
        if (jdbc == null || encoder == null) {
            return;
        }
        String quick = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(WebTestSupport.DEMO_PASSWORD);
        for (String username : usernames()) {
            jdbc.sql("select password_hash from app_user where username = :u")
                    .param("u", username)
                    .query(String.class)
                    .optional()
                    .filter(hash -> !hash.startsWith(FACTOR_4))
                    .filter(hash -> encoder.matches(WebTestSupport.DEMO_PASSWORD, hash))
                    .ifPresent(hash -> jdbc.sql("update app_user set password_hash = :q where username = :u"
                                    + " and password_hash = :h")
                            .param("q", quick)
                            .param("u", username)
                            .param("h", hash)
                            .update());
        }
    }

    /** The demo people and the three administrators the identity bootstrap creates. */
    private static List<String> usernames() {
        List<String> names = new ArrayList<>(List.of("sysadmin", "secadmin", "auditor"));
        for (String[] user : DemoPeople.USERS) {
            names.add(user[0]);
        }
        return names;
    }
}

package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tokens of forms posted more than a day ago go; a token posted within the day still stops a second post. */
@IntegrationTest
class FormSubmissionPurgeTests {

    @Autowired
    FormSubmissionPurge purge;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void removesOnlyTokensPostedBeforeTheKeptDay() {
        String old = token(Duration.ofHours(25));
        String recent = token(Duration.ofHours(2));
        try {
            purge.purge();

            assertThat(exists(old)).isFalse();
            assertThat(exists(recent)).isTrue();
        } finally {
            jdbc.sql("delete from form_submission where token in (:tokens)")
                    .param("tokens", List.of(old, recent))
                    .update();
        }
    }

    private String token(Duration age) {
        String token = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("insert into form_submission (token, username, created_at) values (:token, 'dispatch', :at)")
                .param("token", token)
                .param("at", Timestamp.from(clock.instant().minus(age)))
                .update();
        return token;
    }

    private boolean exists(String token) {
        return jdbc.sql("select count(*) from form_submission where token = :token")
                        .param("token", token)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}

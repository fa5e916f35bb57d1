package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nodes whose JVMs run in different time zones share one database: how long ago a form's token was claimed is the
 * time that passed, whichever zone claimed it and whichever judges. A claim made a moment ago in UTC+8 is not taken
 * for abandoned by a node in UTC (it was read as 8 hours old and the form ran twice), and an old one still is.
 */
@IntegrationTest
class FormClaimsAcrossZonesTests {

    private static final Duration ABANDONED = Duration.ofMinutes(1);

    @Autowired
    FormSubmissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theTimesOfClaimsAndPlansAreInstantsNotLocalTimes() {
        assertThat(dataType("form_submission", "created_at")).isEqualTo("timestamp with time zone");
        assertThat(dataType("form_submission", "finished_at")).isEqualTo("timestamp with time zone");
        assertThat(dataType("project_plan", "updated_at")).isEqualTo("timestamp with time zone");
    }

    @Test
    void aClaimWrittenByANodeInAnotherZoneIsJudgedByTheTimeThatPassed() {
        String recent = claimedInShanghai(Duration.ofSeconds(10));
        String abandoned = claimedInShanghai(Duration.ofMinutes(2));
        Instant before = clock.instant().minus(ABANDONED);

        assertThat(submissions.find(recent).orElseThrow().claimedAt())
                .isBetween(clock.instant().minusSeconds(15), clock.instant().minusSeconds(5));
        assertThat(submissions.takeOver(recent, "dispatch", before)).isEmpty();
        assertThat(submissions.takeOver(abandoned, "dispatch", before)).isPresent();
    }

    @Test
    void aClaimMadeUnderOneDefaultZoneIsRecentUnderAnother() {
        String token = UUID.randomUUID().toString().replace("-", "");
        TimeZone original = TimeZone.getDefault();
        Instant start = clock.instant();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            assertThat(submissions.claim(token, "dispatch")).isPresent();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Instant claimedAt = submissions.find(token).orElseThrow().claimedAt();
            assertThat(claimedAt)
                    .isBetween(start.minusSeconds(1), clock.instant().plusSeconds(1));
            assertThat(submissions.takeOver(token, "dispatch", clock.instant().minus(ABANDONED)))
                    .as("claimed a moment ago: still running, not abandoned")
                    .isEmpty();
        } finally {
            TimeZone.setDefault(original);
        }
    }

    /** A token claimed {@code age} ago, as a node in UTC+8 writes the time: with its own offset. */
    private String claimedInShanghai(Duration age) {
        String token = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("insert into form_submission (token, username, created_at) values (:token, 'dispatch', :at)")
                .param("token", token)
                .param("at", clock.instant().minus(age).atOffset(ZoneOffset.ofHours(8)))
                .update();
        return token;
    }

    private String dataType(String table, String column) {
        return jdbc.sql("select data_type from information_schema.columns"
                        + " where lower(table_name) = :table and lower(column_name) = :column")
                .param("table", table)
                .param("column", column)
                .query(String.class)
                .single()
                .toLowerCase(Locale.ROOT);
    }
}

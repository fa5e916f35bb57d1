package cn.zhuanban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publications completed more than a week ago go; a younger completed one and an incomplete one of any age stay, so
 * the resubmission job still finds every event whose listener has not completed.
 */
@IntegrationTest
class EventPublicationPurgeTests {

    @Autowired
    EventPublicationPurge purge;

    @Autowired
    JdbcClient jdbc;

    @Test
    void removesOnlyPublicationsCompletedBeforeTheKeptWeek() {
        Instant now = Instant.now();
        UUID old = publication(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        UUID recent = publication(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)));
        UUID incomplete = publication(now.minus(Duration.ofDays(9)), null);
        try {
            purge.purge();

            assertThat(exists(old)).isFalse();
            assertThat(exists(recent)).isTrue();
            assertThat(exists(incomplete)).isTrue();
        } finally {
            jdbc.sql("delete from event_publication where id in (:ids)")
                    .param("ids", java.util.List.of(old, recent, incomplete))
                    .update();
        }
    }

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       completion_date, status, completion_attempts)
                        values (:id, 'test.purge', 'java.lang.String', '"x"', :published, :completed, :status, 1)""")
                .param("id", id)
                .param("published", Timestamp.from(published))
                .param("completed", completed == null ? null : Timestamp.from(completed))
                .param("status", completed == null ? "PROCESSING" : "COMPLETED")
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}

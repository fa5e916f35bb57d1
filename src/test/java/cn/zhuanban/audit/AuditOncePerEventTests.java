package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.audit.domain.AuditLog;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module event handed to the audit listener a second time (its node died after the listener committed and before
 * Spring Modulith marked the publication complete, and the resubmission job handed it over again) is recorded once,
 * and the chain stays intact.
 */
@IntegrationTest
class AuditOncePerEventTests {

    record Noted(Actor actor, String entityId, String summary) implements AuditedEvent {

        @Override
        public String action() {
            return "ticket.noted";
        }

        @Override
        public String entityType() {
            return "ticket";
        }
    }

    @Autowired
    AuditLog log;

    @Autowired
    AuditManagement audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEventHandedOverAgainIsRecordedOnceAndTheChainStaysIntact() {
        String summary = "note: " + UUID.randomUUID();
        Actor actor = new Actor("dispatch", "127.0.0.1", Instant.now());
        Noted event = new Noted(actor, "1", summary);

        transactions.executeWithoutResult(tx -> log.append(event));
        long head = head();
        transactions.executeWithoutResult(tx -> log.append(new Noted(actor, "1", summary))); // read back, equal

        assertThat(recordsWith(summary)).isEqualTo(1);
        assertThat(head()).isEqualTo(head);
        // another event with the same words, taken at another instant, is another record
        transactions.executeWithoutResult(tx -> log.append(
                new Noted(new Actor("dispatch", "127.0.0.1", actor.at().plusNanos(1000)), "1", summary)));
        assertThat(recordsWith(summary)).isEqualTo(2);
        assertThat(audit.verify().intact()).isTrue();
    }

    private long recordsWith(String summary) {
        return jdbc.sql("select count(*) from audit_record where summary = :s")
                .param("s", summary)
                .query(Long.class)
                .single();
    }

    private long head() {
        return jdbc.sql("select last_id from audit_chain_head where id = 1")
                .query(Long.class)
                .single();
    }
}

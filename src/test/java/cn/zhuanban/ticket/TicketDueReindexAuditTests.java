package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ticket.domain.EscalationLadder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The escalation job's one-time re-index (V198) leaves one audit record per run that re-indexed tickets, by the system,
 * saying in Chinese how many: not one per ticket, and none for a run that found the list empty.
 */
@IntegrationTest
class TicketDueReindexAuditTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    EscalationLadder ladder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunThatReindexedTicketsIsOneSystemRecordWithTheirCountAndAnEmptyRunNone() {
        long one = flows.assignedToPower();
        long other = flows.signedByPower();
        for (long id : List.of(one, other)) {
            jdbc.sql("insert into ticket_due_reindex (ticket_id) values (:id)")
                    .param("id", id)
                    .update();
        }
        long before = records();

        int reindexed = ladder.reindexQueued();

        assertThat(reindexed).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> records() > before);
        Map<String, Object> last = jdbc.sql("""
                        select actor, entity_type, entity_id, summary from audit_record
                        where action = 'ticket.due-reindexed' order by occurred_at desc, id desc""").query().listOfRows().getFirst();
        assertThat(records()).as("one record for the run, not one per ticket").isEqualTo(before + 1);
        assertThat(last.get("actor")).isEqualTo("system");
        assertThat(last.get("entity_type")).isEqualTo("ticket");
        assertThat(last.get("entity_id")).isNull();
        assertThat(last.get("summary")).isEqualTo("重建 " + reindexed + " 张工单的升级到期索引（升级按首个逾期时限起算）");

        assertThat(ladder.reindexQueued()).isZero();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> records() == before + 1);
    }

    private long records() {
        return jdbc.sql("select count(*) from audit_record where action = 'ticket.due-reindexed'")
                .query(Long.class)
                .single();
    }
}

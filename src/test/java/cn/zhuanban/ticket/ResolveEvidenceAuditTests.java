package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.ticket.domain.PendingEvidencePurge;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pending files of a refused resolve form change data no ticket step records, so the audit log says each change:
 * files kept for the form (by whom, on which ticket, their names), one removed by its user (移除), and the nightly
 * purge, one record per run naming the tickets, not one per file.
 */
@IntegrationTest
class ResolveEvidenceAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PendingEvidencePurge purge;

    @Autowired
    Clock clock;

    @Test
    void keepingAndRemovingAPendingFileAreAuditedAsTheUsersOnTheTicket() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        refusedResolve(id, power, "a.png", "b.png");
        String ticket = Long.toString(id);

        AuditTrail.awaitRecord(jdbc, "ticket.evidence-kept", ticket, "2 files: a.png, b.png");
        assertThat(actor("ticket.evidence-kept", ticket)).isEqualTo("handler-power");

        long first = pending(id).getFirst();
        mvc.perform(post("/tickets/" + id + "/pending-files/" + first + "/remove")
                        .session(power)
                        .with(csrf()))
                .andExpect(status().isOk());

        AuditTrail.awaitRecord(jdbc, "ticket.evidence-removed", ticket, "file: a.png");
        assertThat(actor("ticket.evidence-removed", ticket)).isEqualTo("handler-power");
    }

    @Test
    void aPurgeIsOneRecordForTheRunNamingTheTicketsNotOnePerFile() throws Exception {
        long one = flows.signedByPower();
        long other = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        refusedResolve(one, power, "1.png", "2.png");
        refusedResolve(other, power, "3.png");
        jdbc.sql("update ticket_attachment set uploaded_at = :at where pending = true and ticket_id in (:ids)")
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofHours(25))))
                .param("ids", List.of(one, other))
                .update();
        long before = purges();

        int removed = purge.purge();

        assertThat(removed).isGreaterThanOrEqualTo(3);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> purges() > before);
        String summary = jdbc.sql("""
                        select summary from audit_record where action = 'ticket.evidence-purged'
                        order by occurred_at desc, id desc""").query(String.class).list().getFirst();
        assertThat(purges()).as("one record for the run").isEqualTo(before + 1);
        assertThat(summary)
                .startsWith(removed + " files; tickets: ")
                .contains(Long.toString(one), Long.toString(other));
        assertThat(actorOfLastPurge()).isEqualTo("system");
    }

    private void refusedResolve(long id, MockHttpSession session, String... names) throws Exception {
        var request = multipart("/tickets/" + id + "/moves/resolve");
        for (String name : names) {
            request.file(new MockMultipartFile("files", name, "image/png", TicketUploadTests.PNG));
        }
        mvc.perform(request.param("version", Integer.toString(flows.view(id).version()))
                        .param("outcome", "SOLVED")
                        .param("reason", "")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private List<Long> pending(long id) {
        return jdbc.sql("select id from ticket_attachment where ticket_id = :id and pending = true order by id")
                .param("id", id)
                .query(Long.class)
                .list();
    }

    private String actor(String action, String ticket) {
        return jdbc.sql("select actor from audit_record where action = :a and entity_id = :id")
                .param("a", action)
                .param("id", ticket)
                .query(String.class)
                .single();
    }

    private long purges() {
        return jdbc.sql("select count(*) from audit_record where action = 'ticket.evidence-purged'")
                .query(Long.class)
                .single();
    }

    private String actorOfLastPurge() {
        return jdbc.sql("""
                        select actor from audit_record where action = 'ticket.evidence-purged'
                        order by occurred_at desc, id desc""").query(String.class).list().getFirst();
    }
}

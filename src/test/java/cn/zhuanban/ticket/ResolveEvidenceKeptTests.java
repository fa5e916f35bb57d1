package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.ticket.domain.PendingEvidencePurge;
import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A refused resolve form (no explanation, a stale version) does not lose the evidence chosen with it: the files are
 * kept as the user's pending ones on the ticket, listed on the form shown again with a remove button, and attached
 * when the resolution is taken. Nobody else sees them, nor are they the ticket's before; a file refused itself is not
 * kept and the form says to choose again; left pending for a day they are purged.
 */
@IntegrationTest
class ResolveEvidenceKeptTests {

    static final byte[] PNG = TicketUploadTests.PNG;

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
    void aRefusedResolutionKeepsItsFilesAndTheNextOneAttachesThem() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        String refused = mvc.perform(resolve(id, power, "", png("done.png")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        long fileId = onlyPending(id);
        assertThat(refused)
                .contains("id=\"resolve-pending-files\"")
                .contains("done.png")
                .containsPattern("<input type=\"hidden\" name=\"keptFiles\" value=\"" + fileId + "\">")
                .contains("/tickets/" + id + "/pending-files/" + fileId + "/remove")
                .doesNotContain("id=\"resolve-files-lost\"");
        assertThat(flows.view(id).attachments()).as("not the ticket's yet").isEmpty();
        assertThat(WebTestSupport.page(mvc, "handler-power", "/tickets/" + id))
                .as("still listed when the page is opened again")
                .contains("id=\"pending-file-" + fileId + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id))
                .as("another user's")
                .doesNotContain("done.png");

        mvc.perform(resolve(id, power, "已接电，见现场照片").param("keptFiles", Long.toString(fileId)))
                .andExpect(status().is3xxRedirection());

        assertThat(flows.view(id).state()).isEqualTo(TicketState.RESOLVED);
        assertThat(flows.view(id).attachments())
                .singleElement()
                .satisfies(f -> assertThat(f.id()).isEqualTo(fileId))
                .satisfies(f -> assertThat(f.name()).isEqualTo("done.png"));
        assertThat(pending(id)).isEmpty();
    }

    @Test
    void aKeptFileCanBeRemovedByItsOwnerOnlyAndIsNotAttached() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        long filesBefore = storedFiles();
        int stale = flows.view(id).version() - 1;

        mvc.perform(resolve(id, stale, power, "已接电", png("a.png"), png("b.png")))
                .andExpect(status().isConflict());
        List<Long> kept = pending(id);
        assertThat(kept).hasSize(2);
        assertThat(storedFiles()).isEqualTo(filesBefore + 2);

        mvc.perform(post("/tickets/" + id + "/pending-files/" + kept.get(0) + "/remove")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tickets/" + id + "/pending-files/" + kept.get(0) + "/remove")
                        .session(power)
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(pending(id)).containsExactly(kept.get(1));
        assertThat(storedFiles()).isEqualTo(filesBefore + 1);

        // a removed id posted anyway (the page was open twice) is no file of the ticket
        mvc.perform(resolve(id, power, "已接电")
                        .param("keptFiles", Long.toString(kept.get(0)))
                        .param("keptFiles", Long.toString(kept.get(1))))
                .andExpect(status().is3xxRedirection());
        assertThat(flows.view(id).attachments())
                .extracting(TicketView.Attachment::name)
                .containsExactly("b.png");
    }

    @Test
    void aFileRefusedItselfIsNotKeptAndTheFormSaysToChooseAgain() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        MockMultipartFile fake =
                new MockMultipartFile("files", "photo.jpg", "image/jpeg", "only text".getBytes(StandardCharsets.UTF_8));

        String page = mvc.perform(resolve(id, power, "", png("good.png"), fake))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(pending(id)).isEmpty();
        assertThat(page).contains("id=\"resolve-files-lost\"").contains("请重新选择附件");
    }

    @Test
    void keptFilesAndNewOnesAreNoMoreThanOneFormTakes() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        MockMultipartFile[] five = {png("1.png"), png("2.png"), png("3.png"), png("4.png"), png("5.png")};
        mvc.perform(resolve(id, power, "", five)).andExpect(status().isBadRequest());
        List<Long> kept = pending(id);
        assertThat(kept).hasSize(5);

        MockMultipartHttpServletRequestBuilder tooMany = resolve(id, power, "已接电", five);
        kept.forEach(k -> tooMany.param("keptFiles", Long.toString(k)));
        mvc.perform(tooMany).andExpect(status().isBadRequest());

        assertThat(flows.view(id).state()).isEqualTo(TicketState.IN_PROGRESS);
        assertThat(pending(id)).as("still pending, none attached").containsExactlyElementsOf(kept);
    }

    @Test
    void filesLeftPendingForADayArePurgedWithTheirContent() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        mvc.perform(resolve(id, power, "", png("old.png"))).andExpect(status().isBadRequest());
        long old = onlyPending(id);
        jdbc.sql("update ticket_attachment set uploaded_at = :at where id = :id")
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofHours(25))))
                .param("id", old)
                .update();
        mvc.perform(resolve(id, power, "", png("new.png"))).andExpect(status().isBadRequest());
        long filesBefore = storedFiles();

        purge.purge();

        assertThat(pending(id)).hasSize(1).doesNotContain(old);
        assertThat(storedFiles()).isEqualTo(filesBefore - 1);
    }

    private static MockMultipartFile png(String name) {
        return new MockMultipartFile("files", name, "image/png", PNG);
    }

    private MockMultipartHttpServletRequestBuilder resolve(
            long id, MockHttpSession session, String reason, MockMultipartFile... files) {
        return resolve(id, flows.view(id).version(), session, reason, files);
    }

    private MockMultipartHttpServletRequestBuilder resolve(
            long id, int version, MockHttpSession session, String reason, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/tickets/" + id + "/moves/resolve");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.param("version", Integer.toString(version))
                .param("outcome", "SOLVED")
                .param("reason", reason)
                .session(session)
                .with(csrf());
        return request;
    }

    private List<Long> pending(long id) {
        return jdbc.sql("select id from ticket_attachment where ticket_id = :id and pending = true order by id")
                .param("id", id)
                .query(Long.class)
                .list();
    }

    private long onlyPending(long id) {
        List<Long> pending = pending(id);
        assertThat(pending).hasSize(1);
        return pending.getFirst();
    }

    private long storedFiles() {
        return jdbc.sql("select count(*) from file_content").query(Long.class).single();
    }
}

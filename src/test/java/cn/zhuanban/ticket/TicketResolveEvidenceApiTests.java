package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The API resolves with evidence as the page does: multipart, the move's JSON in a part {@code move} and the files in
 * parts {@code files}, under the report's limits, the same permission and scope; a refused file refuses the
 * resolution and stores nothing, and files go with a resolution only.
 */
@IntegrationTest
class TicketResolveEvidenceApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeadDepartmentResolvesWithPhotosOverTheApi() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        mvc.perform(move(id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已接电\"}", png("done.png"))
                        .session(power))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESOLVED"));

        assertThat(flows.view(id).attachments())
                .singleElement()
                .satisfies(f -> assertThat(f.name()).isEqualTo("done.png"))
                .satisfies(f -> assertThat(f.contentType()).isEqualTo("image/png"));
    }

    @Test
    void aRefusedFileRefusesTheResolutionAndKeepsNothing() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        long filesBefore = storedFiles();
        MockMultipartFile fake =
                new MockMultipartFile("files", "photo.jpg", "image/jpeg", "only text".getBytes(StandardCharsets.UTF_8));

        mvc.perform(move(id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已接电\"}", png("a.png"), fake)
                        .session(power))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("file-refused"))
                .andExpect(jsonPath("$.field").value("files"));
        MockMultipartFile[] ten = new MockMultipartFile[10];
        java.util.Arrays.fill(ten, png("a.png"));
        mvc.perform(move(id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已接电\"}", ten)
                        .session(power))
                .andExpect(status().isBadRequest());

        assertThat(flows.view(id).state()).isEqualTo(TicketState.IN_PROGRESS);
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(jdbc.sql("select count(*) from ticket_attachment where ticket_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void filesGoWithAResolutionOnlyAndOnlyTheLeadDepartmentResolves() throws Exception {
        long id = flows.assignedToPower();

        mvc.perform(move(id, "sign", "{}", png("a.png")).session(WebTestSupport.login(mvc, "handler-power")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("files"));
        mvc.perform(move(id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已接电\"}", png("a.png"))
                        .session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isNotFound());
        mvc.perform(move(id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已接电\"}", png("a.png"))
                        .session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isForbidden());
        assertThat(flows.view(id).state()).isEqualTo(TicketState.ASSIGNED);
    }

    @Test
    void aClosedTicketRefusesAResolutionForItsStateWhateverItsFiles() throws Exception {
        long id = flows.closedAfterTwoDissatisfactions();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        long filesBefore = storedFiles();
        MockMultipartFile fake =
                new MockMultipartFile("files", "photo.jpg", "image/jpeg", "only text".getBytes(StandardCharsets.UTF_8));

        mvc.perform(move(id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已接电\"}", fake)
                        .session(power))
                .andExpect(status().isConflict());
        mvc.perform(move(id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已接电\"}", png("a.png"))
                        .session(power))
                .andExpect(status().isConflict());

        assertThat(flows.view(id).state()).isEqualTo(TicketState.CLOSED);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    /** As the JSON move: the state answers before a {@code move} part of the wrong types (409 before 400). */
    @Test
    void aClosedTicketRefusesAResolutionForItsStateBeforeAMovePartOfTheWrongTypes() throws Exception {
        long id = flows.closedAfterTwoDissatisfactions();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        mvc.perform(move(id, "resolve", "{\"outcome\": \"BAD\", \"reason\": \"已接电\"}", png("a.png"))
                        .session(power))
                .andExpect(status().isConflict());
        mvc.perform(move(id, "resolve", "{\"outcome\": \"SOLVED\", \"version\": \"1\"}")
                        .session(power))
                .andExpect(status().isConflict());
        // on a ticket whose state allows the move, the same part is the 400 naming its field
        long open = flows.signedByPower();
        mvc.perform(move(open, "resolve", "{\"outcome\": \"BAD\", \"reason\": \"已接电\"}", png("a.png"))
                        .session(power))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("outcome"));

        assertThat(flows.view(id).state()).isEqualTo(TicketState.CLOSED);
        assertThat(flows.view(open).state()).isEqualTo(TicketState.IN_PROGRESS);
    }

    private static MockMultipartFile png(String name) {
        return new MockMultipartFile("files", name, "image/png", TicketUploadTests.PNG);
    }

    private static MockMultipartHttpServletRequestBuilder move(
            long id, String action, String json, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/tickets/" + id + "/" + action);
        request.file(new MockMultipartFile("move", "", "application/json", json.getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.with(csrf());
        return request;
    }

    private long storedFiles() {
        return jdbc.sql("select count(*) from file_content").query(Long.class).single();
    }
}

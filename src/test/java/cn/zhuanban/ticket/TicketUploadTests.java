package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.ZipBombs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Attachments: type judged by content, at most 10 MB each; a refused report leaves no row and no file. */
@IntegrationTest
class TicketUploadTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketFlows flows;

    @Test
    void aPhotoIsStoredAndServedBack() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        String location = mvc.perform(
                        report(data.project("GD"), "现场照片", new MockMultipartFile("files", "site.png", "image/png", PNG))
                                .session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long fileId = jdbc.sql("select id from ticket_attachment where ticket_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/tickets/" + id + "/files/" + fileId)
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id))
                .containsPattern("<img[^>]*src=\"/tickets/" + id + "/files/" + fileId + "\"");
    }

    @Test
    void aWordFileWhoseFirstEntryUnpacksToGibibytesIsStoredAsIsWithoutBeingUnpacked() throws Exception {
        // Its type comes from the zip's directory; unpacking the 2 GiB entry (as the type check once did) took
        // seconds of CPU per file and then found the entry's CRC wrong, refusing the file.
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        byte[] bomb = ZipBombs.docx(2);
        String location = mvc.perform(report(
                                data.project("GD"),
                                "施工方案",
                                new MockMultipartFile("files", "方案.docx", "application/octet-stream", bomb))
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(jdbc.sql("select content_type from ticket_attachment where ticket_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(ZipBombs.DOCX);
        long fileId = jdbc.sql("select id from ticket_attachment where ticket_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/tickets/" + id + "/files/" + fileId)
                        .session(session))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")));
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id))
                .as("no thumbnail of a document")
                .doesNotContainPattern("<img[^>]*src=\"/tickets/" + id + "/files/");
    }

    @Test
    void aJpgThatIsReallyTextAndAFileOverTenMegabytesAreRefusedAndNothingIsLeft() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        long project = data.project("GD");
        long filesBefore = storedFiles();
        MockMultipartFile good = new MockMultipartFile("files", "ok.png", "image/png", PNG);
        MockMultipartFile fake = new MockMultipartFile(
                "files", "photo.jpg", "image/jpeg", "this is only text".getBytes(StandardCharsets.UTF_8));
        mvc.perform(report(project, "伪装的图片", good, fake).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("photo.jpg")))
                .andExpect(content().string(Matchers.containsString("按文件内容识别")));

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        mvc.perform(report(project, "超大文件", new MockMultipartFile("files", "big.png", "image/png", big))
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("10 MB")));

        assertThat(jdbc.sql("select count(*) from ticket where project_id = :p")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void theApiTakesTheReportAsJsonPartWithFilesAndRefusesABadFileLeavingNothingBehind() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        long project = data.project("GD");
        long filesBefore = storedFiles();
        MockMultipartFile good = new MockMultipartFile("files", "ok.png", "image/png", PNG);
        MockMultipartFile fake = new MockMultipartFile(
                "files", "photo.jpg", "image/jpeg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        mvc.perform(apiReport(project, good, fake).session(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(Matchers.containsString("photo.jpg")));
        MockMultipartFile[] ten = new MockMultipartFile[10];
        java.util.Arrays.fill(ten, good);
        mvc.perform(apiReport(project, ten).session(session)).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from ticket where project_id = :p")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);

        mvc.perform(apiReport(project, good).session(session))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.state")
                        .value("REPORTED"));
        assertThat(jdbc.sql("select count(*) from ticket_attachment a join ticket t on t.id = a.ticket_id"
                                + " where t.project_id = :p and a.content_type = 'image/png'")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(storedFiles()).isEqualTo(filesBefore + 1);
    }

    @Test
    void aFileIsStoredAndOfferedUnderTheExtensionOfWhatItHoldsNotTheOneItCameWith() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        long project = data.project("GD");
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        mvc.perform(apiReport(
                                project,
                                new MockMultipartFile("files", "a.html", "text/html", pdf),
                                new MockMultipartFile("files", "现场.JPEG", "image/jpeg", new byte[] {
                                    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0
                                }))
                        .session(session))
                .andExpect(status().isCreated());

        List<String> names = jdbc.sql("select a.original_name from ticket_attachment a join ticket t on t.id ="
                        + " a.ticket_id where t.project_id = :p order by a.id")
                .param("p", project)
                .query(String.class)
                .list();
        assertThat(names).containsExactly("a.pdf", "现场.JPEG");
        long fileId = jdbc.sql("select min(a.id) from ticket_attachment a join ticket t on t.id = a.ticket_id"
                        + " where t.project_id = :p")
                .param("p", project)
                .query(Long.class)
                .single();
        long ticketId = jdbc.sql("select ticket_id from ticket_attachment where id = :id")
                .param("id", fileId)
                .query(Long.class)
                .single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/tickets/" + ticketId + "/files/" + fileId)
                        .session(session))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("a.pdf")))
                .andExpect(header().string("Content-Disposition", Matchers.not(Matchers.containsString("html"))));
    }

    @Test
    void theResolutionTakesPhotosOfTheWorkDoneUnderTheReportsLimits() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        MockMultipartFile fake = new MockMultipartFile(
                "files", "photo.jpg", "image/jpeg", "this is only text".getBytes(StandardCharsets.UTF_8));
        mvc.perform(resolve(id, power, fake)).andExpect(status().isBadRequest());
        assertThat(flows.view(id).state()).isEqualTo(TicketState.IN_PROGRESS);

        mvc.perform(resolve(id, power, new MockMultipartFile("files", "done.png", "image/png", PNG)))
                .andExpect(status().is3xxRedirection());

        assertThat(flows.view(id).state()).isEqualTo(TicketState.RESOLVED);
        assertThat(flows.view(id).attachments())
                .singleElement()
                .satisfies(f -> assertThat(f.name()).isEqualTo("done.png"));
        assertThat(WebTestSupport.page(mvc, "handler-power", "/tickets/" + flows.signedByPower()))
                .containsPattern("<form[^>]*/moves/resolve\"[^>]*enctype=\"multipart/form-data\"")
                .contains("id=\"resolve-files\"");
    }

    private MockMultipartHttpServletRequestBuilder resolve(long id, MockHttpSession session, MockMultipartFile file) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tickets/" + id + "/moves/resolve")
                .file(file)
                .param("version", Integer.toString(flows.view(id).version()))
                .param("outcome", "SOLVED")
                .param("reason", "已接电，见现场照片")
                .session(session)
                .with(csrf());
    }

    private MockMultipartHttpServletRequestBuilder apiReport(long project, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/tickets");
        request.file(new MockMultipartFile(
                "ticket", "", "application/json", """
                {"projectId": %d, "category": "POWER", "title": "接口上报", "description": "带照片", "severity": "NORMAL"}""".formatted(project).getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return request.with(csrf());
    }

    private MockMultipartHttpServletRequestBuilder report(long project, String title, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/tickets");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.param("projectId", Long.toString(project))
                .param("category", "POWER")
                .param("title", title)
                .param("description", "描述")
                .param("severity", "NORMAL")
                .with(csrf());
        return request;
    }

    /** Files kept by the file store (in the database, which every node shares). */
    private long storedFiles() {
        return jdbc.sql("select count(*) from file_content").query(Long.class).single();
    }
}

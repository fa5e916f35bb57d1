package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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

    @Value("${zhuanban.data-dir}")
    String dataDir;

    @Test
    void aPhotoIsStoredOutsideTheDatabaseAndServedBack() throws Exception {
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
                .andExpect(content().bytes(PNG));
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

    private long storedFiles() throws IOException {
        Path root = Path.of(dataDir, "files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}

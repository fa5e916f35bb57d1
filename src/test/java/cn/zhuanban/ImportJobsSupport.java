package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.imports.ImportJobWorker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Drives a ledger import as its page and the background worker do: upload, run the queued jobs, read the job. */
public final class ImportJobsSupport {

    private ImportJobsSupport() {}

    /** Uploads a file as the session's user to the import at {@code path}; returns the job the upload redirected to. */
    public static long upload(MockMvc mvc, MockHttpSession session, String path, String name, byte[] bytes)
            throws Exception {
        var response = mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        Matcher refusal = Pattern.compile("invalid-feedback[^>]*>([^<]*)<").matcher(response.getContentAsString());
        assertThat(response.getStatus())
                .as("refused: %s", refusal.find() ? refusal.group(1) : "")
                .isEqualTo(302);
        String location = response.getRedirectedUrl();
        Matcher m = Pattern.compile(Pattern.quote(path) + "/jobs/(\\d+)$").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Runs every queued job, as the background poller would. */
    public static void runJobs(ImportJobWorker worker) {
        while (worker.runNext()) {
            // the test drives the poller
        }
    }

    /** The page of one job, whole or (htmx) its part alone. */
    public static String jobPage(MockMvc mvc, MockHttpSession session, String path, long job, boolean htmx)
            throws Exception {
        var request = get(path + "/jobs/" + job).session(session);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Uploads, runs the job and returns its page. */
    public static String importAndShow(
            MockMvc mvc, ImportJobWorker worker, MockHttpSession session, String path, String name, byte[] bytes)
            throws Exception {
        long job = upload(mvc, session, path, name, bytes);
        runJobs(worker);
        return jobPage(mvc, session, path, job, false);
    }
}

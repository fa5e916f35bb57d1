package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.imports.ImportJobWorker;
import cn.zhuanban.imports.ImportKind;
import cn.zhuanban.imports.ImportKinds;
import cn.zhuanban.imports.domain.ImportJobStore;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.files.ImportOutcome;
import cn.zhuanban.shared.files.StoredFiles;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

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

    /**
     * A worker of its own node for {@code kind} whose import also calls {@code whileRunning} each time it reports rows
     * done: what a test reads then is what a page polling the job would see.
     */
    public static ImportJobWorker observedWorker(
            ImportKind kind,
            IntConsumer whileRunning,
            ImportJobStore store,
            StoredFiles files,
            PlatformTransactionManager transactions,
            Clock clock) {
        ImportKind observed = new ImportKind() {
            @Override
            public String name() {
                return kind.name();
            }

            @Override
            public int rows(byte[] content) {
                return kind.rows(content);
            }

            @Override
            public ImportOutcome run(
                    byte[] content, String fileName, CurrentUser user, Actor actor, IntConsumer rowsDone) {
                return kind.run(content, fileName, user, actor, done -> {
                    rowsDone.accept(done);
                    whileRunning.accept(done);
                });
            }
        };
        return new ImportJobWorker(
                store, ImportKinds.of(List.of(observed)), files, transactions, clock, Duration.ofDays(90));
    }

    /** Runs on another thread, so on another connection than the import's open transaction. */
    public static String elsewhere(Callable<String> call) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                        try {
                            return call.call();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

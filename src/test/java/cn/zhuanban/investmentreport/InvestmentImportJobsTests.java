package cn.zhuanban.investmentreport;

import static cn.zhuanban.investmentreport.InvestmentImportTests.jobPage;
import static cn.zhuanban.investmentreport.InvestmentImportTests.runJobs;
import static cn.zhuanban.investmentreport.InvestmentImportTests.upload;
import static cn.zhuanban.investmentreport.InvestmentImportTests.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.ImportJobsSupport;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.imports.ImportJobWorker;
import cn.zhuanban.imports.ImportKinds;
import cn.zhuanban.imports.domain.ImportJobStore;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.files.StoredFiles;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import as a background job: while the import's transaction is still open the page shows the rows done (they
 * are committed on their own), then the count and the audit record; an import that breaks midway leaves nothing and
 * says so; a job is its requester's alone; two nodes polling at once run a job once; a job whose node stopped runs
 * again, and is given up after three attempts.
 */
@IntegrationTest
class InvestmentImportJobsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentImportKind kind;

    @Autowired
    ImportJobWorker worker;

    @Autowired
    ImportJobStore store;

    @Autowired
    StoredFiles files;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    InvestmentQueries queries;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession dispatch;

    @BeforeEach
    void emptyQueue() throws Exception {
        // Each test's worker must claim the job the test queued, not one left by another test.
        runJobs(worker);
        dispatch = WebTestSupport.login(mvc, "dispatch");
    }

    @Test
    void thePageShowsTheRowsDoneWhileTheImportRunsAndTheCountWhenItIsDone() throws Exception {
        long project = project();
        String name = TestCodes.unique("进度") + ".xlsx";
        long job = upload(mvc, dispatch, name, months(project, 150));
        assertThat(fragment(dispatch, job))
                .contains("data-status=\"QUEUED\"", "<progress", "正在导入：0 / 150 行（0%）", "hx-trigger=\"every 1s\"");

        List<String> whileRunning = new CopyOnWriteArrayList<>();
        ImportJobWorker observed =
                worker(rowsDone -> whileRunning.add(ImportJobsSupport.elsewhere(() -> fragment(dispatch, job))));
        assertThat(observed.runNext()).isTrue();

        assertThat(whileRunning)
                .singleElement()
                .asString()
                .contains("data-status=\"RUNNING\"", "<progress", "正在导入：100 / 150 行（66%）", "hx-trigger=\"every 1s\"");
        assertThat(fragment(dispatch, job))
                .contains("data-status=\"DONE\"", "id=\"import-ok\"", "已导入 150 条月报。")
                .doesNotContain("<progress", "hx-trigger");
        assertThat(column(job, "rows_done")).isEqualTo(150);
        assertThat(queries.ofProject(project, InvestmentFixtures.districtWide()))
                .hasSize(150);
        AuditTrail.awaitRecord(jdbc, "investment.imported", name, "150 rows");
        assertThat(jdbc.sql("select actor from audit_record where action = 'investment.imported' and entity_id = :f")
                        .param("f", name)
                        .query(String.class)
                        .single())
                .isEqualTo("dispatch");
        assertThat(jobPage(mvc, dispatch, job)).contains("data-import=\"" + job + "\"", name);
        // The finished part tells the list of imports below to fetch itself again; a running one does not.
        mvc.perform(get("/investment-reports/import/jobs/" + job)
                        .session(dispatch)
                        .header("HX-Request", "true"))
                .andExpect(header().string("HX-Trigger", "import-finished"));
        assertThat(jobPage(mvc, dispatch, job)).contains("hx-trigger=\"import-finished from:body\"");
    }

    @Test
    void anImportThatBreaksMidwayLeavesNothingAndSaysSo() throws Exception {
        long project = project();
        long job = upload(mvc, dispatch, "月报.xlsx", months(project, 150));
        String file = jdbc.sql("select storage_key from import_job where id = :id")
                .param("id", job)
                .query(String.class)
                .single();
        ImportJobWorker breaking = worker(rowsDone -> {
            throw new IllegalStateException("the database went away");
        });

        assertThat(breaking.runNext()).isTrue();

        assertThat(fragment(dispatch, job))
                .contains("data-status=\"FAILED\"", "id=\"import-broke\"", "导入出错，未导入任何数据")
                .doesNotContain("id=\"import-ok\"", "hx-trigger");
        assertThat(queries.ofProject(project, InvestmentFixtures.districtWide()))
                .isEmpty();
        assertThat(column(job, "rows_done"))
                .as("the progress committed before the break")
                .isEqualTo(100);
        assertThatThrownBy(() -> files.open(file))
                .as("the uploaded file is gone")
                .isInstanceOf(IOException.class);
    }

    @Test
    void finishedJobsArePurgedAfterTheRetentionAndNewerOnesStay() throws Exception {
        long old = upload(mvc, dispatch, "月报.xlsx", months(project(), 1));
        long recent = upload(mvc, dispatch, "月报.xlsx", months(project(), 1));
        runJobs(worker);
        jdbc.sql("update import_job set finished_at = :at where id = :id")
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(91))))
                .param("id", old)
                .update();

        assertThat(worker.purgeOlderThan(Duration.ofDays(90))).isGreaterThanOrEqualTo(1);

        mvc.perform(get("/investment-reports/import/jobs/" + old).session(dispatch))
                .andExpect(status().isNotFound());
        assertThat(jobPage(mvc, dispatch, recent)).contains("id=\"import-ok\"");
    }

    @Test
    void aJobIsSeenByItsRequesterOnly() throws Exception {
        long job = upload(mvc, dispatch, "月报.xlsx", months(project(), 1));
        runJobs(worker);
        MockHttpSession other = WebTestSupport.login(mvc, "taskforce");

        mvc.perform(get("/investment-reports/import/jobs/" + job).session(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/investment-reports/import/jobs/" + job).session(other).header("HX-Request", "true"))
                .andExpect(status().isNotFound());
        assertThat(WebTestSupport.page(mvc, "taskforce", "/investment-reports/import"))
                .doesNotContain("data-import=\"" + job + "\"");
        assertThat(jobPage(mvc, dispatch, job)).contains("data-import=\"" + job + "\"", "id=\"import-ok\"");
    }

    @Test
    void twoNodesPollingAtOnceRunAJobOnce() throws Exception {
        String name = TestCodes.unique("并发") + ".xlsx";
        long job = upload(mvc, dispatch, name, months(project(), 3));
        ImportJobWorker otherNode = new ImportJobWorker(
                store, ImportKinds.of(List.of(kind)), files, transactions, clock, Duration.ofDays(90));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = nodes.submit(() -> {
                together.await();
                return worker.runNext();
            });
            Future<Boolean> b = nodes.submit(() -> {
                together.await();
                return otherNode.runNext();
            });
            assertThat(List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(column(job, "attempts")).isEqualTo(1);
        assertThat(jobPage(mvc, dispatch, job)).contains("data-status=\"DONE\"", "已导入 3 条月报。");
        AuditTrail.awaitRecord(jdbc, "investment.imported", name, null);
        assertThat(AuditTrail.count(jdbc, "investment.imported", name, null)).isEqualTo(1);
    }

    @Test
    void aJobWhoseNodeStoppedRunsAgainAndIsGivenUpAfterThreeAttempts() throws Exception {
        long project = project();
        long job = upload(mvc, dispatch, "月报.xlsx", months(project, 1));
        Instant longAgo = clock.instant().minus(ImportJobWorker.STALE).minus(Duration.ofMinutes(1));
        assertThat(store.claim("a-node-that-stopped", longAgo)).isPresent();
        worker.requeueStale();
        runJobs(worker);
        assertThat(jobPage(mvc, dispatch, job)).contains("data-status=\"DONE\"", "已导入 1 条月报。");

        long doomed = upload(mvc, dispatch, "月报.xlsx", months(project(), 1));
        for (int attempt = 1; attempt <= ImportJobWorker.MAX_ATTEMPTS; attempt++) {
            assertThat(store.claim("a-node-that-stopped", longAgo)).isPresent();
            worker.requeueStale();
        }
        assertThat(fragment(dispatch, doomed))
                .contains("data-status=\"FAILED\"", "id=\"import-broke\"", "导入被中断")
                .doesNotContain("hx-trigger");
        assertThat(worker.runNext()).isFalse();
    }

    /** A worker of its own node whose import also calls {@code whileRunning} each time it reports rows done. */
    private ImportJobWorker worker(IntConsumer whileRunning) {
        return ImportJobsSupport.observedWorker(kind, whileRunning, store, files, transactions, clock);
    }

    /** The job's part of the page, as htmx fetches it every second. */
    private String fragment(MockHttpSession session, long job) throws Exception {
        return mvc.perform(get("/investment-reports/import/jobs/" + job)
                        .session(session)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int column(long job, String column) {
        return jdbc.sql("select " + column + " from import_job where id = :id")
                .param("id", job)
                .query(Integer.class)
                .single();
    }

    private long project() {
        return InvestmentFixtures.project(
                projects,
                InvestmentFixtures.enterprise(enterprises),
                ProjectLevel.DISTRICT,
                ProjectStage.UNDER_CONSTRUCTION,
                "100000");
    }

    /** {@code count} consecutive months of one project from January 2010, 1 万元 a month. */
    private static byte[] months(long project, int count) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        YearMonth month = YearMonth.of(2010, 1);
        for (int i = 0; i < count; i++, month = month.plusMonths(1)) {
            rows.add(new Object[] {
                project, "甲", month.getYear(), month.getMonthValue(), 1, month.getMonthValue(), i + 1, null
            });
        }
        return xlsx(rows.toArray(Object[][]::new));
    }
}

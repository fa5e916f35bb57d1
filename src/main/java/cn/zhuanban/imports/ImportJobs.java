package cn.zhuanban.imports;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.imports.domain.ImportJobQueries;
import cn.zhuanban.imports.domain.ImportJobStore;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.files.RowProblem;
import cn.zhuanban.shared.files.StoredFile;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports as background jobs: the upload is checked at once by its kind (the answers a user can act on while still
 * on the form), stored, and queued; {@link ImportJobWorker} then runs the kind's all-or-nothing import on some node,
 * writing its progress, which the page polls. A job and its result are seen by its requester only, on its kind's page.
 */
@Service
public class ImportJobs {

    /** Rows with problems listed on a job's page: 5,000 would make a page nobody reads and a browser chokes on. */
    public static final int SHOWN = 500;

    /** A job's rows with problems as listed: the first {@value #SHOWN} bad rows and rows to check. */
    public record Problems(List<RowProblem> errors, List<RowProblem> warnings) {}

    private final ImportKinds kinds;
    private final ImportJobStore jobs;
    private final ImportJobQueries queries;
    private final StoredFiles files;
    private final TransactionTemplate tx;
    private final Clock clock;

    ImportJobs(
            ImportKinds kinds,
            ImportJobStore jobs,
            ImportJobQueries queries,
            StoredFiles files,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.kinds = kinds;
        this.jobs = jobs;
        this.queries = queries;
        this.files = files;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Checks the file, then stores it and queues its import; returns the job's id. The check reads the whole
     * workbook, so it runs before the transaction: no connection is held while POI parses.
     */
    public long upload(String kind, String fileName, byte[] content, CurrentUser user) {
        int rows = kinds.of(kind).rows(content);
        String address = Actor.current().address();
        return tx.execute(status -> {
            // In the transaction, so that a failed insert leaves no file behind (StoredFiles removes it on rollback).
            StoredFile stored =
                    files.store(List.of(new UploadedFile(fileName, content)), 1).getFirst();
            return jobs.queue(kind, user, address, stored.originalName(), stored.storageKey(), rows, clock.instant());
        });
    }

    /** One of the user's own jobs of the kind; anyone else's, or another kind's, is not found. */
    public ImportJob job(String kind, long id, CurrentUser user) {
        return queries.find(kind, id, user.id()).orElseThrow(() -> new NotFoundException("import", id));
    }

    /** The user's own jobs of the kind, newest first. */
    public PageResult<ImportJob> mine(String kind, CurrentUser user, PageQuery page) {
        return queries.of(kind, user.id(), page);
    }

    /** The bad rows and rows to check of a job found by {@link #job} (so one of the user's own), in file order. */
    public Problems problems(ImportJob job) {
        return new Problems(
                job.problems() == 0 ? List.of() : queries.problems(job.id(), false, SHOWN),
                job.warnings() == 0 ? List.of() : queries.problems(job.id(), true, SHOWN));
    }
}

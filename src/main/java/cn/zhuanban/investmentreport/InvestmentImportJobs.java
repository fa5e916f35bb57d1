package cn.zhuanban.investmentreport;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investmentreport.ImportResult.RowError;
import cn.zhuanban.investmentreport.domain.ImportJobQueries;
import cn.zhuanban.investmentreport.domain.ImportJobStore;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.files.StoredFile;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of monthly reports as a background job: the upload is checked at once (size, an XLSX, not too many
 * rows: the answers a user can act on while still on the form), stored, and queued; {@link ImportJobWorker} then runs
 * the all-or-nothing {@link InvestmentImport} on some node, writing its progress, which the page polls. A job and its
 * result are seen by its requester only.
 */
@Service
public class InvestmentImportJobs {

    private final ImportJobStore jobs;
    private final ImportJobQueries queries;
    private final StoredFiles files;
    private final TransactionTemplate tx;
    private final Clock clock;

    InvestmentImportJobs(
            ImportJobStore jobs,
            ImportJobQueries queries,
            StoredFiles files,
            PlatformTransactionManager transactions,
            Clock clock) {
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
    public long upload(String fileName, byte[] content, CurrentUser user) {
        if (content.length == 0 || content.length > InvestmentImport.MAX_BYTES) {
            throw new BusinessException(ErrorCode.INVESTMENT_IMPORT_FILE, "file", ImportSheet.MAX_ROWS);
        }
        int rows = ImportSheet.read(new ByteArrayInputStream(content)).size();
        if (rows == 0) {
            // The template as downloaded, or all its rows deleted: nothing to queue, and "0 imported" read as done.
            throw new BusinessException(
                    ErrorCode.VALIDATION, "file", new DefaultMessageSourceResolvable("investment.import.no-rows"));
        }
        String address = Actor.current().address();
        return tx.execute(status -> {
            // In the transaction, so that a refused row leaves no file behind (StoredFiles removes it on rollback).
            StoredFile stored =
                    files.store(List.of(new UploadedFile(fileName, content)), 1).getFirst();
            return jobs.queue(user, address, stored.originalName(), stored.storageKey(), rows, clock.instant());
        });
    }

    /** One of the user's own jobs; anyone else's is not found. */
    public ImportJob job(long id, CurrentUser user) {
        return queries.find(id, user.id()).orElseThrow(() -> new NotFoundException("investment-import", id));
    }

    /** The user's own jobs, newest first. */
    public PageResult<ImportJob> mine(CurrentUser user, PageQuery page) {
        return queries.of(user.id(), page);
    }

    /** The bad rows of one of the user's own jobs, in file order; none unless it failed on them. */
    public List<RowError> badRows(long id, CurrentUser user) {
        ImportJob job = job(id, user);
        return job.problems() == 0 ? List.of() : queries.errors(job.id());
    }
}

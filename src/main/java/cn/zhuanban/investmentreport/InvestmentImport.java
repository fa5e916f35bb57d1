package cn.zhuanban.investmentreport;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.imports.ImportKind;
import cn.zhuanban.investmentreport.ImportResult.RowError;
import cn.zhuanban.investmentreport.ImportSheet.Parsed;
import cn.zhuanban.investmentreport.domain.ReportRules.Violation;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Bulk import of monthly reports from the XLSX template, all or nothing: every row is validated
 * (and saved, so that later rows of the same project are checked against earlier ones); if any row
 * is bad the transaction is rolled back and the result lists every bad row with its reasons. Runs in
 * the background as an {@link InvestmentImportKind import job}, in the requester's scope and name.
 */
@Service
public class InvestmentImport {

    /** The kind of its import jobs, as stored with each ({@link InvestmentImportKind}). */
    public static final String KIND = "investment";

    /** Larger files are refused before POI reads them. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** How often the caller hears how many rows are through: often enough for a moving bar, rarely enough to cost nothing. */
    static final int PROGRESS_EVERY = ImportKind.PROGRESS_EVERY;

    private final InvestmentReporting reporting;
    private final ApplicationEventPublisher events;

    InvestmentImport(InvestmentReporting reporting, ApplicationEventPublisher events) {
        this.reporting = reporting;
        this.events = events;
    }

    /**
     * Imports the rows as {@code user} (whose scope decides which projects may be reported) in the name of
     * {@code actor}, telling {@code rowsDone} every {@value #PROGRESS_EVERY} rows. {@code rowsDone} is called inside
     * this transaction: whatever it writes for others to see must go through a transaction of its own.
     */
    @Transactional
    public ImportResult importXlsx(
            InputStream in, String fileName, CurrentUser user, Actor actor, IntConsumer rowsDone) {
        List<Parsed> rows = ImportSheet.read(in);
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int done = 0;
        for (Parsed row : rows) {
            errors.addAll(row.errors().isEmpty() ? save(row, seen, user, actor) : row.errors());
            if (++done % PROGRESS_EVERY == 0) {
                rowsDone.accept(done);
            }
        }
        if (!errors.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportResult(0, rows.size(), errors);
        }
        if (rows.isEmpty()) {
            // Nothing saved and nothing to audit; not a rollback, which would also undo the caller's mark of the job.
            return new ImportResult(0, 0, List.of());
        }
        events.publishEvent(new InvestmentImported(actor, rows.size(), fileName, rows.size() + " rows"));
        return new ImportResult(rows.size(), rows.size(), List.of());
    }

    private List<RowError> save(Parsed row, Set<String> seen, CurrentUser user, Actor actor) {
        if (!seen.add(
                row.projectId() + "/" + row.form().year() + "/" + row.form().month())) {
            return List.of(new RowError(row.row(), "month", "investment.import.duplicate", List.of()));
        }
        ProjectSummary project;
        try {
            project = reporting.visibleProject(row.projectId(), user);
        } catch (NotFoundException e) {
            return List.of(new RowError(
                    row.row(), "projectId", "investment.import.unknown-project", List.of(row.projectId())));
        }
        List<Violation> violations = reporting.violations(project, row.form());
        if (!violations.isEmpty()) {
            return violations.stream()
                    .map(v -> new RowError(row.row(), v.field(), v.code().messageKey(), v.args()))
                    .toList();
        }
        try {
            reporting.store(project, row.form(), user, actor);
            return List.of();
        } catch (BusinessException e) {
            return List.of(new RowError(row.row(), e.field(), e.errorCode().messageKey(), List.of(e.args())));
        }
    }
}

package cn.zhuanban.project;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.imports.ImportKind;
import cn.zhuanban.project.ProjectSheetRow.References;
import cn.zhuanban.project.domain.ProjectQueries;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.files.ImportOutcome;
import cn.zhuanban.shared.files.LedgerSheets;
import cn.zhuanban.shared.files.RowProblem;
import cn.zhuanban.shared.files.XlsxSheet;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Registers the key projects of a ledger kept in Excel (重点项目台账) from the XLSX template, all or nothing. Each row
 * meets the project form's rules and names its enterprise by credit code (among the enterprises the importer may
 * choose on the form) and its lead official by user name or, when no other lead official has it, by name; both are
 * looked up once for the whole file. A project code, or an enterprise's project name, twice in the file or registered
 * already is a bad row: the import only adds projects. When every row is good they are all registered in one transaction the way
 * {@link ProjectManagement#create} registers a form's (each with its audit record), and then must all lie within the
 * importer's data scope: a project its importer could not see afterwards could not be checked or corrected by them,
 * so then the import is refused. A task force may be named too (an importer scoped to task forces must name one of
 * theirs). Runs in the background as an import job of its own kind ({@value #KIND}), in the requester's scope and name.
 */
@Service
public class ProjectImport implements ImportKind {

    /** The kind of its import jobs, as stored with each. */
    public static final String KIND = "project";

    /** Field of the form → header of its column (a message key), in the template's order. */
    public static final Map<String, String> COLUMNS = columns();

    /** The task force column came last, after files had been filled in: a file without it imports as before. */
    private static final int OPTIONAL_FROM = ProjectSheetReferences.TASK_FORCE_COLUMN;

    private final ProjectManagement projects;
    private final ProjectQueries queries;
    private final ProjectSheetReferences references;
    private final LedgerSheets sheets;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectImport(
            ProjectManagement projects,
            ProjectQueries queries,
            ProjectSheetReferences references,
            LedgerSheets sheets,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.queries = queries;
        this.references = references;
        this.sheets = sheets;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** A file that cannot be read at all, or is not the template, is refused at the field {@code file}. */
    @Override
    public int rows(byte[] content) {
        return open(content).rows().size();
    }

    /**
     * Imports the file's rows as {@code user} in the name of {@code actor}, or none. The rows are checked first (a
     * moment for 5,000); the registration, which takes the time, tells {@code rowsDone} every {@value #PROGRESS_EVERY}.
     */
    @Override
    @Transactional
    public ImportOutcome run(byte[] content, String fileName, CurrentUser user, Actor actor, IntConsumer rowsDone) {
        XlsxSheet sheet = open(content);
        References refs = references.of(sheet, user);
        List<ProjectSheetRow> rows = sheet.rows().stream()
                .map(row -> ProjectSheetRow.read(row, refs, validator))
                .toList();
        List<RowProblem> errors = new ArrayList<>();
        rows.forEach(r -> errors.addAll(r.errors()));
        LocalDate today = LocalDate.now(clock);
        rows.forEach(r -> StageDates.notStarted(r.form().stage(), r.form().start(), today)
                .ifPresent(refusal -> errors.add(RowProblem.of(
                        r.row(), "project.start", refusal.errorCode().messageKey(), refusal.args()))));
        errors.addAll(ProjectSheetConflicts.codes(rows, queries));
        errors.addAll(ProjectSheetConflicts.names(rows, queries));
        errors.sort(Comparator.comparingInt(RowProblem::row));
        if (!errors.isEmpty()) {
            return ImportOutcome.refused(rows.size(), errors, List.of());
        }
        errors.addAll(outsideScope(register(rows, actor, rowsDone), user));
        if (!errors.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ImportOutcome.refused(rows.size(), errors, List.of());
        }
        events.publishEvent(new ProjectsImported(actor, rows.size(), fileName));
        return ImportOutcome.imported(rows.size(), List.of());
    }

    /** The rows whose projects, registered just now, the user's data scope does not show (one query). */
    private List<RowProblem> outsideScope(Map<Long, Integer> rowOf, CurrentUser user) {
        Set<Long> visible = queries.visibleAmong(rowOf.keySet(), ScopeCondition.forProjects(user));
        return rowOf.entrySet().stream()
                .filter(e -> !visible.contains(e.getKey()))
                .map(e -> RowProblem.of(e.getValue(), null, "project.import.outside-scope"))
                .toList();
    }

    private XlsxSheet open(byte[] content) {
        return sheets.open(content, List.copyOf(COLUMNS.values()), OPTIONAL_FROM);
    }

    /** Registers every row; a code registered by someone else meanwhile refuses the whole file (rolled back). */
    private Map<Long, Integer> register(List<ProjectSheetRow> rows, Actor actor, IntConsumer rowsDone) {
        List<ProjectForm> forms = rows.stream().map(ProjectSheetRow::form).toList();
        List<Long> ids = new ArrayList<>();
        try {
            for (int from = 0; from < forms.size(); from += PROGRESS_EVERY) {
                int to = Math.min(forms.size(), from + PROGRESS_EVERY);
                ids.addAll(projects.createChecked(forms.subList(from, to), actor));
                rowsDone.accept(to);
            }
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException(
                    ErrorCode.IMPORT_FILE, "file", new DefaultMessageSourceResolvable("import.file.changed-meanwhile"));
        }
        Map<Long, Integer> rowOf = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rowOf.put(ids.get(i), rows.get(i).row());
        }
        return rowOf;
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("name", "project.name");
        columns.put("projectCode", ProjectSheetRow.CODE);
        columns.put("enterpriseId", ProjectSheetRow.ENTERPRISE);
        columns.put("level", "project.level");
        columns.put("stage", "project.stage");
        columns.put("totalInvestment", "project.total-investment");
        columns.put("start", "project.start");
        columns.put("targetFinish", "project.target-finish");
        columns.put("leadOfficialId", ProjectSheetRow.LEAD_OFFICIAL);
        columns.put("location", "project.location");
        columns.put("description", "project.description");
        columns.put("taskForceId", ProjectSheetRow.TASK_FORCE);
        return Collections.unmodifiableMap(columns);
    }

    /**
     * The lead officials as the template's column names them, by id: for an export to name them so that it imports
     * as it is.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> leadOfficialsAsWritten() {
        return references.leadOfficialsAsWritten();
    }
}

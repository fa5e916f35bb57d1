package cn.zhuanban.project;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.project.ProjectSheetRow.References;
import cn.zhuanban.project.domain.ProjectQueries;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.files.ImportOutcome;
import cn.zhuanban.shared.files.LedgerSheets;
import cn.zhuanban.shared.files.RowProblem;
import cn.zhuanban.shared.files.XlsxRow;
import cn.zhuanban.shared.files.XlsxSheet;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * so then the import is refused.
 */
@Service
public class ProjectImport {

    /** Field of the form → header of its column (a message key), in the template's order. */
    public static final Map<String, String> COLUMNS = columns();

    private final ProjectManagement projects;
    private final ProjectQueries queries;
    private final EnterpriseManagement enterprises;
    private final UserDirectory directory;
    private final LedgerSheets sheets;
    private final ProjectChoiceLabels labels;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    ProjectImport(
            ProjectManagement projects,
            ProjectQueries queries,
            EnterpriseManagement enterprises,
            UserDirectory directory,
            LedgerSheets sheets,
            ProjectChoiceLabels labels,
            Validator validator,
            ApplicationEventPublisher events) {
        this.projects = projects;
        this.queries = queries;
        this.enterprises = enterprises;
        this.directory = directory;
        this.sheets = sheets;
        this.labels = labels;
        this.validator = validator;
        this.events = events;
    }

    /** Imports the file's rows as {@code user} or none; a file that cannot be read is refused at the field. */
    @Transactional
    public ImportOutcome importXlsx(byte[] content, String fileName, CurrentUser user) {
        XlsxSheet sheet = sheets.open(content, List.copyOf(COLUMNS.values()));
        References refs = references(sheet.rows(), user);
        List<ProjectSheetRow> rows = sheet.rows().stream()
                .map(row -> ProjectSheetRow.read(row, refs, validator))
                .toList();
        List<RowProblem> errors = new ArrayList<>();
        rows.forEach(r -> errors.addAll(r.errors()));
        errors.addAll(ProjectSheetConflicts.codes(rows, queries));
        errors.addAll(ProjectSheetConflicts.names(rows, queries));
        errors.sort(Comparator.comparingInt(RowProblem::row));
        if (!errors.isEmpty()) {
            return ImportOutcome.refused(rows.size(), errors, List.of());
        }
        errors.addAll(outsideScope(register(rows), user));
        if (!errors.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ImportOutcome.refused(rows.size(), errors, List.of());
        }
        events.publishEvent(new ProjectsImported(Actor.current(), rows.size(), fileName));
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

    /** Registers every row; a code registered by someone else meanwhile refuses the whole file (rolled back). */
    private Map<Long, Integer> register(List<ProjectSheetRow> rows) {
        List<Long> ids;
        try {
            ids = projects.createChecked(
                    rows.stream().map(ProjectSheetRow::form).toList());
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

    /** The enterprises the file names that the user may choose (one query) and the lead officials (one query). */
    private References references(List<XlsxRow> rows, CurrentUser user) {
        Set<String> codes =
                rows.stream().map(r -> key(r.text(2))).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        Map<String, Long> enterpriseIds = new HashMap<>();
        enterprises.byCreditCodes(codes, user).forEach((code, e) -> enterpriseIds.put(code, e.id()));
        return new References(
                enterpriseIds,
                leadOfficials(),
                labels.levels(),
                labels.stages(),
                labels.levelLabels(),
                labels.stageLabels());
    }

    /** A lead official by user name, or by full name when exactly one lead official has it. */
    private Function<String, Optional<Long>> leadOfficials() {
        List<UserView> leads = directory.withRole(BuiltinRoles.LEAD_OFFICIAL);
        Map<String, Long> byUsername = new HashMap<>();
        Map<String, List<Long>> byName = new HashMap<>();
        for (UserView u : leads) {
            byUsername.put(key(u.username()), u.id());
            if (u.fullName() != null) {
                byName.computeIfAbsent(key(u.fullName()), n -> new ArrayList<>())
                        .add(u.id());
            }
        }
        return text -> Optional.ofNullable(byUsername.get(text))
                .or(() -> Optional.ofNullable(byName.get(text))
                        .filter(ids -> ids.size() == 1)
                        .map(List::getFirst));
    }

    private static String key(String text) {
        return Objects.requireNonNullElse(text, "").strip().toUpperCase(Locale.ROOT);
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
        return Collections.unmodifiableMap(columns);
    }
}

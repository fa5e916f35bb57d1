package cn.zhuanban.enterprise;

import cn.zhuanban.enterprise.domain.EnterpriseQueries;
import cn.zhuanban.enterprise.domain.EnterpriseQueries.Visibility;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.imports.ImportKind;
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
import java.util.HashMap;
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

/**
 * Registers the enterprises of a directory kept in Excel (企业名录) from the XLSX template, all or nothing. Every row
 * meets the enterprise form's rules (its bean validation, the credit code's format; a wrong check character is a
 * warning, as in the form). A credit code twice in the file, or one already in the directory, is a bad row: the import
 * only adds enterprises and never changes one, since an update by file could overwrite what people corrected by hand
 * and could not be undone. Only when every row is good are they all registered in one transaction, the way
 * {@link EnterpriseManagement#register} registers a form's (so each has its audit record), after one check of all codes.
 * Runs in the background as an import job of its own kind ({@value #KIND}), in the requester's name.
 */
@Service
public class EnterpriseImport implements ImportKind {

    /** The kind of its import jobs, as stored with each. */
    public static final String KIND = "enterprise";

    /** Field of the form → header of its column (a message key), in the template's order. */
    public static final Map<String, String> COLUMNS = columns();

    private static final String CODE = "enterprise.credit-code";

    private final EnterpriseManagement enterprises;
    private final EnterpriseQueries queries;
    private final LedgerSheets sheets;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    EnterpriseImport(
            EnterpriseManagement enterprises,
            EnterpriseQueries queries,
            LedgerSheets sheets,
            Validator validator,
            ApplicationEventPublisher events) {
        this.enterprises = enterprises;
        this.queries = queries;
        this.sheets = sheets;
        this.validator = validator;
        this.events = events;
    }

    /** A row as read: its number, the form it fills, its code when well-formed, and what is wrong with it. */
    private record Read(int row, EnterpriseForm form, CreditCode code, List<RowProblem> errors) {}

    @Override
    public String name() {
        return KIND;
    }

    /** A file that cannot be read at all, or is not the template, is refused at the field {@code file}. */
    @Override
    public int rows(byte[] content) {
        return sheets.open(content, List.copyOf(COLUMNS.values())).rows().size();
    }

    /**
     * Imports the file's rows or none in the name of {@code actor}. The rows are checked first (a moment for 5,000);
     * the registration, which takes the time, tells {@code rowsDone} after every {@value #PROGRESS_EVERY} rows.
     */
    @Override
    @Transactional
    public ImportOutcome run(
            byte[] content, String fileName, CurrentUser requester, Actor actor, IntConsumer rowsDone) {
        XlsxSheet sheet = sheets.open(content, List.copyOf(COLUMNS.values()));
        List<Read> rows = sheet.rows().stream().map(this::read).toList();
        Set<String> registered = queries.byCreditCodes(
                        rows.stream()
                                .filter(r -> r.code() != null)
                                .map(r -> r.code().value())
                                .toList(),
                        Visibility.ALL)
                .keySet();
        List<RowProblem> errors = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (Read r : rows) {
            errors.addAll(r.errors());
            if (r.code() == null) {
                continue;
            }
            Integer first = firstRowOf.putIfAbsent(r.code().value(), r.row());
            if (first != null) {
                errors.add(RowProblem.of(r.row(), CODE, "import.duplicate-in-file", first));
            } else if (registered.contains(r.code().value())) {
                errors.add(RowProblem.of(
                        r.row(), CODE, "enterprise.import.registered", r.code().value()));
            }
            Warning.about(r.code())
                    .forEach(w -> warnings.add(new RowProblem(r.row(), CODE, w.messageKey(), List.copyOf(w.args()))));
        }
        if (!errors.isEmpty()) {
            return ImportOutcome.refused(rows.size(), errors, warnings);
        }
        try {
            List<EnterpriseForm> forms = rows.stream().map(Read::form).toList();
            for (int from = 0; from < forms.size(); from += PROGRESS_EVERY) {
                int to = Math.min(forms.size(), from + PROGRESS_EVERY);
                enterprises.registerChecked(forms.subList(from, to), actor);
                rowsDone.accept(to);
            }
        } catch (DataIntegrityViolationException e) {
            // A code registered by someone else since the check: the whole file is refused and rolled back.
            throw new BusinessException(
                    ErrorCode.IMPORT_FILE, "file", new DefaultMessageSourceResolvable("import.file.changed-meanwhile"));
        }
        events.publishEvent(new EnterprisesImported(actor, rows.size(), fileName));
        return ImportOutcome.imported(rows.size(), warnings);
    }

    private Read read(XlsxRow row) {
        EnterpriseForm form = new EnterpriseForm(
                row.text(0),
                row.text(1),
                row.text(2),
                row.text(3),
                row.text(4),
                row.text(5),
                row.text(6),
                row.text(7),
                0);
        List<RowProblem> errors = new ArrayList<>(RowProblem.of(row.number(), validator.validate(form), COLUMNS));
        CreditCode code = null;
        if (!form.creditCode().isEmpty()) {
            try {
                code = CreditCode.parse(form.creditCode());
            } catch (BusinessException e) {
                errors.add(new RowProblem(row.number(), CODE, e.errorCode().messageKey(), List.of(e.args())));
            }
        }
        return new Read(row.number(), form, code, errors);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("name", "enterprise.name");
        columns.put("creditCode", CODE);
        columns.put("legalRepresentative", "enterprise.legal-representative");
        columns.put("industryCode", "enterprise.industry-code");
        columns.put("address", "enterprise.address");
        columns.put("contactName", "enterprise.contact-name");
        columns.put("contactPhone", "enterprise.contact-phone");
        columns.put("description", "enterprise.description");
        return Collections.unmodifiableMap(columns);
    }
}

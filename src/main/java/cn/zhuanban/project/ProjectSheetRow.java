package cn.zhuanban.project;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.files.RowProblem;
import cn.zhuanban.shared.files.XlsxRow;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of the project template read into a {@link ProjectForm}, with every cell it cannot read and every rule of
 * the project form it breaks. Enterprises, lead officials, levels and stages are looked up in {@link References},
 * which the import fills for the whole file at once.
 */
record ProjectSheetRow(int row, ProjectForm form, List<RowProblem> errors) {

    /**
     * What a row's cells name, resolved for the whole file: enterprises by credit code, lead officials, task forces by
     * name (in upper case), labels.
     */
    record References(
            Map<String, Long> enterprises,
            Function<String, Optional<Long>> leadOfficial,
            Map<String, TaskForceName> taskForces, // null: the sheet has no task force column
            Map<String, ProjectLevel> levels,
            Map<String, ProjectStage> stages,
            List<Object> levelLabels,
            List<Object> stageLabels) {}

    /** The task forces of one name that the importer may put projects in (none: they exist, outside the scope). */
    record TaskForceName(List<Long> inScope) {}

    static final String CODE = "project.code";
    static final String TASK_FORCE = "project.import.task-force";
    static final String ENTERPRISE = "project.import.enterprise-credit-code";
    static final String LEAD_OFFICIAL = "project.import.lead-official";

    static ProjectSheetRow read(XlsxRow row, References refs, Validator validator) {
        Cells cells = new Cells(row, new ArrayList<>());
        ProjectForm form = new ProjectForm(
                row.text(0),
                cells.projectCode(1),
                cells.lookup(2, ENTERPRISE, refs.enterprises()::get, "project.import.unknown-enterprise", List.of()),
                cells.lookup(3, "project.level", refs.levels()::get, "project.import.not-a-level", refs.levelLabels()),
                cells.lookup(4, "project.stage", refs.stages()::get, "project.import.not-a-stage", refs.stageLabels()),
                cells.decimal(5, "project.total-investment"),
                cells.date(6, "project.start"),
                cells.date(7, "project.target-finish"),
                cells.lookup(
                        8,
                        LEAD_OFFICIAL,
                        text -> refs.leadOfficial().apply(text).orElse(null),
                        "project.import.unknown-lead-official",
                        List.of()),
                cells.taskForce(ProjectSheetReferences.TASK_FORCE_COLUMN, refs.taskForces()),
                row.text(9),
                row.text(10),
                null);
        List<RowProblem> errors = cells.errors();
        RowProblem.of(row.number(), validator.validate(form), ProjectImport.COLUMNS).stream()
                .filter(p -> errors.stream().noneMatch(e -> e.column().equals(p.column())))
                .forEach(errors::add);
        if (form.start() != null
                && form.targetFinish() != null
                && form.targetFinish().isBefore(form.start())) {
            errors.add(RowProblem.of(row.number(), "project.target-finish", ErrorCode.PROJECT_DATES.messageKey()));
        }
        errors.sort((a, b) -> Integer.compare(column(a), column(b)));
        return new ProjectSheetRow(row.number(), form, List.copyOf(errors));
    }

    private static int column(RowProblem p) {
        return List.copyOf(ProjectImport.COLUMNS.values()).indexOf(p.column());
    }

    /** Reads typed cells of a row; a cell that holds something unreadable adds an error and reads as empty. */
    private record Cells(XlsxRow row, List<RowProblem> errors) {

        String projectCode(int column) {
            String text = row.text(column);
            try {
                ProjectCode.parseOptional(text);
            } catch (BusinessException e) {
                errors.add(RowProblem.of(row.number(), CODE, e.errorCode().messageKey()));
            }
            return text;
        }

        <T> T lookup(int column, String name, Function<String, T> find, String key, List<Object> choices) {
            String text = row.text(column);
            if (text.isEmpty()) {
                return null;
            }
            T found = find.apply(text.toUpperCase(Locale.ROOT));
            if (found == null) {
                List<Object> args = new ArrayList<>(List.of(text));
                args.addAll(choices);
                errors.add(new RowProblem(row.number(), name, key, args));
            }
            return found;
        }

        /** A task force by name: unknown, ambiguous or outside the importer's scope each say so. */
        Long taskForce(int column, Map<String, TaskForceName> taskForces) {
            String text = row.text(column).strip();
            if (taskForces == null || text.isEmpty()) {
                return null;
            }
            TaskForceName found = taskForces.get(ProjectSheetReferences.key(text));
            String problem;
            if (found == null) {
                problem = "project.import.unknown-task-force";
            } else if (found.inScope().size() == 1) {
                return found.inScope().getFirst();
            } else if (found.inScope().size() > 1) {
                problem = "project.import.ambiguous-task-force";
            } else {
                problem = "project.import.task-force-outside-scope";
            }
            errors.add(RowProblem.of(row.number(), TASK_FORCE, problem, text));
            return null;
        }

        BigDecimal decimal(int column, String name) {
            return read(column, name, row.decimal(column), "import.not-a-number");
        }

        LocalDate date(int column, String name) {
            return read(column, name, row.date(column), "import.not-a-date");
        }

        private <T> T read(int column, String name, Optional<T> value, String key) {
            if (value.isEmpty() && !row.text(column).isEmpty()) {
                errors.add(RowProblem.of(row.number(), name, key, row.text(column)));
            }
            return value.orElse(null);
        }
    }
}

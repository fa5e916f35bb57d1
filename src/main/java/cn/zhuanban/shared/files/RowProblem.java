package cn.zhuanban.shared.files;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Something wrong, or worth a second look, in one row of an imported ledger: the row's number as the spreadsheet shows
 * it, the column (the message key of its header) and the reason as a message key with its arguments.
 */
public record RowProblem(int row, String column, String messageKey, List<Object> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    public static RowProblem of(int row, String column, String messageKey, Object... args) {
        return new RowProblem(row, column, messageKey, List.of(args));
    }

    /**
     * A form's bean validation as problems of one row, so that an imported row meets the same rules as the form: each
     * violated field becomes its column ({@code columns} maps field to header key, in the sheet's order), once, with
     * the constraint's message key. Fields without a column are left out.
     */
    public static List<RowProblem> of(
            int row, Set<? extends ConstraintViolation<?>> violations, Map<String, String> columns) {
        List<String> order = new ArrayList<>(columns.keySet());
        List<RowProblem> problems = new ArrayList<>();
        violations.stream()
                .sorted(Comparator.comparingInt(
                        v -> order.indexOf(v.getPropertyPath().toString())))
                .forEach(v -> {
                    String column = columns.get(v.getPropertyPath().toString());
                    if (column != null
                            && problems.stream().noneMatch(p -> p.column().equals(column))) {
                        problems.add(new RowProblem(row, column, key(v), List.of()));
                    }
                });
        return problems;
    }

    /** "{validation.required}" as its key; a message that is no key stays the text it is. */
    private static String key(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : violation.getMessage();
    }
}

package cn.zhuanban.project;

import cn.zhuanban.project.domain.ProjectQueries;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.files.RowProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Rows of a project import that would register a project twice: within the file, or beside one registered already. */
final class ProjectSheetConflicts {

    private ProjectSheetConflicts() {}

    /** Project codes twice in the file, or registered already (one query for the file). */
    static List<RowProblem> codes(List<ProjectSheetRow> rows, ProjectQueries queries) {
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<String> codes = rows.stream()
                .map(r -> r.form().projectCode())
                .filter(c -> !c.isEmpty())
                .toList();
        Set<String> registered = queries.registeredCodes(codes);
        List<RowProblem> conflicts = new ArrayList<>();
        for (ProjectSheetRow r : rows) {
            String code = r.form().projectCode();
            if (code.isEmpty()) {
                continue;
            }
            Integer first = firstRowOf.putIfAbsent(code, r.row());
            if (first != null) {
                conflicts.add(RowProblem.of(r.row(), ProjectSheetRow.CODE, "import.duplicate-in-file", first));
            } else if (registered.contains(code)) {
                conflicts.add(
                        RowProblem.of(r.row(), ProjectSheetRow.CODE, ErrorCode.PROJECT_CODE_TAKEN.messageKey(), code));
            }
        }
        return conflicts;
    }

    /**
     * Projects of the same enterprise and name twice in the file, or registered already (one query for the file): a
     * project without a code is otherwise not known again, and a file uploaded twice would register each twice.
     */
    static List<RowProblem> names(List<ProjectSheetRow> rows, ProjectQueries queries) {
        List<ProjectSheetRow> named = rows.stream()
                .filter(r -> r.form().enterpriseId() != null && !r.form().name().isBlank())
                .toList();
        Map<Long, Set<String>> registered = queries.namesByEnterprise(
                named.stream().map(r -> r.form().enterpriseId()).collect(Collectors.toSet()));
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<RowProblem> conflicts = new ArrayList<>();
        for (ProjectSheetRow r : named) {
            String name = r.form().name().strip();
            Integer first = firstRowOf.putIfAbsent(r.form().enterpriseId() + "/" + name, r.row());
            if (first != null) {
                conflicts.add(RowProblem.of(r.row(), "project.name", "import.duplicate-in-file", first));
            } else if (registered
                    .getOrDefault(r.form().enterpriseId(), Set.of())
                    .contains(name)) {
                conflicts.add(RowProblem.of(r.row(), "project.name", "project.import.registered", name));
            }
        }
        return conflicts;
    }
}

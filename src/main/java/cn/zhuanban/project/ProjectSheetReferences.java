package cn.zhuanban.project;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.project.ProjectSheetRow.References;
import cn.zhuanban.project.ProjectSheetRow.TaskForceName;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.project.domain.TaskForceQueries;
import cn.zhuanban.shared.files.XlsxRow;
import cn.zhuanban.shared.files.XlsxSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Looks up what the rows of a project sheet name, once for the whole file: the enterprises by credit code among those
 * the importer may choose, the lead officials, and the task forces by name. For an importer whose data scope rests on
 * task forces (TASK_FORCE, DEPARTMENT) a task force is also judged by that scope: a project put into a task force the
 * importer does not see would be out of their reach at once.
 */
@Component
class ProjectSheetReferences {

    static final int ENTERPRISE_COLUMN = 2;
    static final int TASK_FORCE_COLUMN = 11;

    private final EnterpriseManagement enterprises;
    private final UserDirectory directory;
    private final TaskForceQueries taskForces;
    private final ProjectChoiceLabels labels;

    ProjectSheetReferences(
            EnterpriseManagement enterprises,
            UserDirectory directory,
            TaskForceQueries taskForces,
            ProjectChoiceLabels labels) {
        this.enterprises = enterprises;
        this.directory = directory;
        this.taskForces = taskForces;
        this.labels = labels;
    }

    /**
     * One query each for the enterprises, the lead officials and the task forces the file names. A sheet without the
     * task force column (filled in before the template had it) names none, whatever lies to the right.
     */
    References of(XlsxSheet sheet, CurrentUser user) {
        List<XlsxRow> rows = sheet.rows();
        boolean withTaskForces = sheet.header().size() > TASK_FORCE_COLUMN
                && !sheet.header().get(TASK_FORCE_COLUMN).isBlank();
        Map<String, Long> enterpriseIds = new HashMap<>();
        enterprises
                .byCreditCodes(cells(rows, ENTERPRISE_COLUMN), user)
                .forEach((code, e) -> enterpriseIds.put(code, e.id()));
        return new References(
                enterpriseIds,
                leadOfficials(),
                withTaskForces ? taskForces(cells(rows, TASK_FORCE_COLUMN), user) : null,
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

    /**
     * How a sheet names each lead official so that the import finds him again: by full name, or by user name where
     * another lead official has the same full name (an export naming both by their name could not be imported).
     */
    Map<Long, String> leadOfficialsAsWritten() {
        List<UserView> leads = directory.withRole(BuiltinRoles.LEAD_OFFICIAL);
        Map<String, Long> named = leads.stream()
                .filter(u -> u.fullName() != null)
                .collect(Collectors.groupingBy(u -> key(u.fullName()), Collectors.counting()));
        Map<Long, String> written = new HashMap<>();
        for (UserView u : leads) {
            boolean unique = u.fullName() != null && named.get(key(u.fullName())) == 1;
            written.put(u.id(), unique ? u.fullName() : u.username());
        }
        return written;
    }

    /** The task forces by name (in upper case), each with those of the name the importer may put projects in. */
    private Map<String, TaskForceName> taskForces(Set<String> names, CurrentUser user) {
        boolean scoped = user.dataScope() == DataScope.TASK_FORCE || user.dataScope() == DataScope.DEPARTMENT;
        ScopeCondition scope = scoped ? ScopeCondition.forTaskForces(user) : ScopeCondition.EVERYTHING;
        Map<String, List<TaskForceQueries.ByName>> found =
                taskForces.byNames(names, scope).stream().collect(Collectors.groupingBy(t -> key(t.name())));
        Map<String, TaskForceName> byName = new HashMap<>();
        found.forEach((name, all) -> byName.put(
                name,
                new TaskForceName(all.stream()
                        .filter(TaskForceQueries.ByName::inScope)
                        .map(TaskForceQueries.ByName::id)
                        .toList())));
        return byName;
    }

    private static Set<String> cells(List<XlsxRow> rows, int column) {
        return rows.stream()
                .map(r -> key(r.text(column)))
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toSet());
    }

    static String key(String text) {
        return Objects.requireNonNullElse(text, "").strip().toUpperCase(Locale.ROOT);
    }
}

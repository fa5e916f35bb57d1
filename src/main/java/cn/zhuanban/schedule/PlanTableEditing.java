package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan table's typed edits: adding and removing rows and changing a row's duration, stage, links and target, each
 * a cell of the table (or its undo, {@link PlanCellUndo}). Each goes through {@link PlanManagement#edit}, which checks
 * the version the editor saw, schedules the plan before saving it and audits the change; the row's other cells (name,
 * department, date constraint) are {@link PlanRowEditing}'s.
 */
@Service
@Transactional
public class PlanTableEditing {

    private final PlanManagement plans;
    private final RowDepartments departments;
    private final Clock clock;

    PlanTableEditing(PlanManagement plans, RowDepartments departments, Clock clock) {
        this.plans = plans;
        this.departments = departments;
        this.clock = clock;
    }

    /** Adds a typed row; its department, if any, is one of the district's, as the row's own cell would take. */
    public PlanSheet addRow(long projectId, CurrentUser user, Integer version, NewPlanRow row) {
        TypedRows.check(row);
        String key = row.key().trim();
        String department = departments.forNewRow(key, PlanRow.STAGE.equals(row.kind()), row.department());
        PlanRow planRow = PlanRow.of(
                key, row.name().trim(), row.kind(), blankToNull(row.parentKey()), row.duration(), department);
        PlanRow withTarget = row.targetDate() == null ? planRow : planRow.withConstraint("FNLT", row.targetDate());
        return plans.edit(
                projectId,
                user,
                version,
                "plan.row-added",
                withTarget.taskKey() + " " + withTarget.name()
                        + (department == null ? "" : " department: " + department),
                plan -> plan.add(withTarget, clock.instant()));
    }

    public PlanSheet changeDuration(long projectId, CurrentUser user, Integer version, String key, int duration) {
        TypedRows.checkDuration(duration);
        return plans.edit(
                projectId,
                user,
                version,
                "plan.duration-changed",
                RowEditSummaries.duration(key, duration),
                plan -> plan.change(
                        key,
                        r -> r.withDuration(r.scheduled() && r.kind().equals(PlanRow.TASK) ? duration : 0),
                        clock.instant()));
    }

    public PlanSheet indent(long projectId, CurrentUser user, Integer version, String key, String parentKey) {
        return moveRow(
                projectId, user, version, key, parentKey, (plan, parent) -> plan.restage(key, parent, clock.instant()));
    }

    /**
     * Puts a row under a stage (or none) at a place in the plan, the undo of {@link #indent} on the version it left:
     * audited as that edit is.
     */
    public PlanSheet indentAt(
            long projectId, CurrentUser user, Integer version, String key, String parentKey, int place) {
        return moveRow(
                projectId,
                user,
                version,
                key,
                parentKey,
                (plan, parent) -> plan.restageAt(key, parent, place, clock.instant()));
    }

    /** A row put under another stage (or none), however the plan places it: one audited edit, "plan.row-moved". */
    private PlanSheet moveRow(
            long projectId,
            CurrentUser user,
            Integer version,
            String key,
            String parentKey,
            BiConsumer<ProjectPlan, String> restage) {
        String parent = blankToNull(parentKey);
        return plans.edit(
                projectId,
                user,
                version,
                "plan.row-moved",
                RowEditSummaries.stage(key, parent),
                plan -> restage.accept(plan, parent));
    }

    public PlanSheet link(long projectId, CurrentUser user, Integer version, String key, String predecessors) {
        return plans.edit(
                projectId,
                user,
                version,
                "plan.links-changed",
                RowEditSummaries.predecessors(key, blankToNull(predecessors)),
                plan -> plan.predecessors(key, PredecessorSpec.parse(predecessors, key, keys(plan)), clock.instant()));
    }

    public PlanSheet setTarget(long projectId, CurrentUser user, Integer version, String key, LocalDate target) {
        return plans.edit(
                projectId,
                user,
                version,
                "plan.target-changed",
                RowEditSummaries.target(key, target),
                plan -> plan.change(
                        key, r -> r.withConstraint(target == null ? null : "FNLT", target), clock.instant()));
    }

    public PlanSheet remove(long projectId, CurrentUser user, Integer version, String key) {
        return plans.edit(
                projectId,
                user,
                version,
                "plan.row-removed",
                RowEditSummaries.removal(key),
                plan -> plan.remove(key, clock.instant()));
    }

    private static Set<String> keys(ProjectPlan plan) {
        return plan.getRows().stream().map(PlanRow::taskKey).collect(Collectors.toSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

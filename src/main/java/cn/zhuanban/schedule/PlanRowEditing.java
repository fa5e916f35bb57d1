package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.engine.ConstraintType;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits of a row in the plan table beyond its duration and links: its name, its responsible department, and a task's
 * date constraint (domain.md §4: start no earlier than, finish no later than, must finish on). Like every edit each one
 * is scheduled before it is saved, answers the new sheet and goes to the audit log with the value it replaced.
 */
@Service
@Transactional
public class PlanRowEditing {

    private final PlanManagement plans;
    private final RowDepartments departments;
    private final Clock clock;

    PlanRowEditing(PlanManagement plans, RowDepartments departments, Clock clock) {
        this.plans = plans;
        this.departments = departments;
        this.clock = clock;
    }

    /** The departments a row may answer to, by name in the tree's order: what the table's department cell offers. */
    @Transactional(readOnly = true)
    public List<String> departments() {
        return departments.names();
    }

    /**
     * Sets or clears (blank) the department that answers for a task or stage goal (a stage has none of its own). The
     * department is one of the district's; a row keeps the text it was given before (a template's short name such as
     * 发改) until it is changed, so the value it holds is accepted too.
     */
    public PlanSheet setDepartment(long projectId, CurrentUser user, Integer version, String key, String department) {
        return setDepartment(projectId, user, version, key, department, null);
    }

    /**
     * As {@link #setDepartment(long, CurrentUser, Integer, String, String)}, also accepting {@code restoring}: the
     * value the row held before the change an undo takes back ({@link PlanCellUndo}), which need not be a name in
     * today's tree.
     */
    PlanSheet setDepartment(
            long projectId, CurrentUser user, Integer version, String key, String department, String restoring) {
        String clean = department == null || department.isBlank() ? null : department.strip();
        List<String> known = clean == null ? List.of() : departments();
        return plans.edit(
                projectId,
                user,
                version,
                "plan.department-changed",
                RowEditSummaries.department(key, clean),
                plan -> plan.change(
                        key,
                        r -> {
                            if (!r.scheduled()) {
                                throw RowDepartments.refused("plan.error.stage-department", key);
                            }
                            if (clean != null
                                    && !clean.equals(r.department())
                                    && !clean.equals(restoring)
                                    && !known.contains(clean)) {
                                throw RowDepartments.refused("plan.error.department", clean);
                            }
                            return r.withDepartment(clean);
                        },
                        clock.instant()));
    }

    /**
     * Sets or clears ({@code type} blank) the constraint of a task or stage goal. A type chosen without a date takes
     * the date the row is scheduled on now (its early start for SNET, its early finish otherwise), as MS Project does:
     * choosing the type moves nothing until the date is changed, and a type is never stored without its date.
     */
    public PlanSheet setConstraint(
            long projectId, CurrentUser user, Integer version, String key, String type, LocalDate date) {
        ConstraintType chosen = type == null || type.isBlank() ? null : parse(type);
        String typeName = chosen == null ? null : chosen.name();
        return plans.edit(
                projectId,
                user,
                version,
                "plan.constraint-changed",
                plan -> RowEditSummaries.constraint(key, typeName, dateFor(plan, key, chosen, date))
                        .apply(plan),
                plan -> {
                    LocalDate on = dateFor(plan, key, chosen, date); // from the schedule before the change
                    plan.change(
                            key,
                            r -> {
                                if (!r.scheduled()) {
                                    throw refused("constraintType", "plan.error.stage-constraint", key);
                                }
                                return r.withConstraint(typeName, on);
                            },
                            clock.instant());
                });
    }

    public PlanSheet rename(long projectId, CurrentUser user, Integer version, String key, String name) {
        // the sheet's name field wraps (a textarea): a line break pasted into it is a space, not part of the name
        String clean =
                name == null ? "" : name.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        TypedRows.checkName(clean);
        return plans.edit(
                projectId,
                user,
                version,
                "plan.row-renamed",
                RowEditSummaries.name(key, clean),
                plan -> plan.change(key, r -> r.withName(clean), clock.instant()));
    }

    private LocalDate dateFor(ProjectPlan plan, String key, ConstraintType type, LocalDate typed) {
        if (type == null) {
            return null; // no constraint keeps no date
        }
        if (typed != null) {
            return typed;
        }
        PlanRow row = plan.find(key);
        ScheduleView.TaskView task =
                row == null || !row.scheduled() ? null : plans.schedule(plan).task(key);
        if (task == null) {
            return null; // the change refuses the row
        }
        return type == ConstraintType.SNET ? task.earlyStart() : task.earlyFinish();
    }

    private static ConstraintType parse(String type) {
        for (ConstraintType t : ConstraintType.values()) {
            if (t.name().equalsIgnoreCase(type.strip())) {
                return t;
            }
        }
        throw refused("constraintType", "plan.error.constraint-type", type);
    }

    private static BusinessException refused(String field, String messageKey, String value) {
        return new BusinessException(
                ErrorCode.SCHEDULE_INPUT,
                field,
                new DefaultMessageSourceResolvable(new String[] {messageKey}, new Object[] {value}));
    }
}

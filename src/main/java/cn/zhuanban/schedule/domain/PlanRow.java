package cn.zhuanban.schedule.domain;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of a plan: a stage (a group, not scheduled itself), a task, or a stage goal (a milestone whose target date
 * is stored as a finish-no-later-than constraint).
 */
@Table("plan_task")
public record PlanRow(
        String taskKey,
        String name,
        String kind,
        String parentKey,
        int duration,
        String department,
        String constraintType,
        LocalDate constraintDate,
        LocalDate actualStart,
        LocalDate actualFinish,
        Integer percentComplete) {

    public static final String STAGE = "STAGE";
    public static final String TASK = "TASK";
    public static final String MILESTONE = "MILESTONE";

    public static PlanRow of(String key, String name, String kind, String parentKey, int duration, String department) {
        return new PlanRow(
                key, name, kind, parentKey, kind.equals(TASK) ? duration : 0, department, null, null, null, null, null);
    }

    public boolean scheduled() {
        return !STAGE.equals(kind);
    }

    public PlanRow withName(String value) {
        return new PlanRow(
                taskKey,
                value,
                kind,
                parentKey,
                duration,
                department,
                constraintType,
                constraintDate,
                actualStart,
                actualFinish,
                percentComplete);
    }

    public PlanRow withDuration(int value) {
        return new PlanRow(
                taskKey,
                name,
                kind,
                parentKey,
                value,
                department,
                constraintType,
                constraintDate,
                actualStart,
                actualFinish,
                percentComplete);
    }

    public PlanRow withParent(String value) {
        return new PlanRow(
                taskKey,
                name,
                kind,
                value,
                duration,
                department,
                constraintType,
                constraintDate,
                actualStart,
                actualFinish,
                percentComplete);
    }

    public PlanRow withDepartment(String value) {
        return new PlanRow(
                taskKey,
                name,
                kind,
                parentKey,
                duration,
                value,
                constraintType,
                constraintDate,
                actualStart,
                actualFinish,
                percentComplete);
    }

    public PlanRow withConstraint(String type, LocalDate date) {
        return new PlanRow(
                taskKey,
                name,
                kind,
                parentKey,
                duration,
                department,
                type,
                date,
                actualStart,
                actualFinish,
                percentComplete);
    }

    public PlanRow withProgress(LocalDate start, LocalDate finish, Integer percent) {
        return new PlanRow(
                taskKey,
                name,
                kind,
                parentKey,
                duration,
                department,
                constraintType,
                constraintDate,
                start,
                finish,
                percent);
    }
}

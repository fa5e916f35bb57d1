package cn.zhuanban.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's plan as its page and the battle map show it: the rows in order with their scheduled dates (stages
 * rolled up from their rows), the computed schedule, and what cannot meet the target.
 *
 * @param version null while the project has no stored plan yet
 */
public record PlanSheet(
        long projectId,
        String projectName,
        LocalDate start,
        LocalDate targetFinish,
        LocalDate dataDate,
        Integer version,
        List<Row> rows,
        ScheduleView schedule) {

    /**
     * One row; dates are null for a stage without scheduled rows.
     *
     * @param targetDate a stage goal's target date (its FNLT), null on other rows
     * @param constraintType a task's date constraint (SNET, FNLT or MFO) as stored, null without one
     */
    public record Row(
            String key,
            String name,
            String kind,
            String parentKey,
            int depth,
            int duration,
            String department,
            String predecessors,
            LocalDate targetDate,
            LocalDate earlyStart,
            LocalDate earlyFinish,
            LocalDate lateStart,
            LocalDate lateFinish,
            Integer totalFloat,
            boolean critical,
            String light,
            LocalDate actualStart,
            LocalDate actualFinish,
            Integer percentComplete,
            String constraintType,
            LocalDate constraintDate) {

        public boolean stage() {
            return "STAGE".equals(kind);
        }

        public boolean milestone() {
            return "MILESTONE".equals(kind);
        }

        /** Whether the row is on the longest path of a plan whose least float is {@code drivingFloat}. */
        public boolean driving(Integer drivingFloat) {
            return drivingFloat != null && !stage() && actualFinish == null && drivingFloat.equals(totalFloat);
        }
    }

    /**
     * The least total float of the work still to do, when it is positive: the target leaves that many working days of
     * room, so no task is critical (domain.md §4: total float ≤ 0), and the tasks with that float are the chain that
     * decides the finish. The battle map shows them as the longest path, so that a plan on time still shows where a
     * slip would first eat into the room. Null when a task is critical (the critical path is shown instead) or nothing
     * is left to do.
     */
    public Integer drivingFloat() {
        Integer least = null;
        for (Row row : rows) {
            if (row.stage() || row.actualFinish() != null || row.totalFloat() == null) {
                continue;
            }
            if (row.critical()) {
                return null;
            }
            least = least == null ? row.totalFloat() : Math.min(least, row.totalFloat());
        }
        return least != null && least > 0 ? least : null;
    }

    /** The schedule's date farthest outside the calendars' range, which the page warns of; null when there is none. */
    public ScheduleRange outOfRange() {
        return ScheduleRange.outside(schedule);
    }

    public List<Row> stages() {
        return rows.stream().filter(Row::stage).toList();
    }

    public Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /** The keys of the rows directly under a stage, in the sheet's order: what lose their stage when it is deleted. */
    public List<String> childrenOf(String key) {
        return rows.stream()
                .filter(r -> key.equals(r.parentKey()))
                .map(Row::key)
                .toList();
    }

    public String nameOf(String key) {
        Row row = row(key);
        return row == null ? key : row.name();
    }
}

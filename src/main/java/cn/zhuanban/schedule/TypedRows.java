package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.engine.ScheduleEngine;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** What a row typed into the plan table may hold: the limits of the plan's columns and of a sensible duration. */
final class TypedRows {

    private TypedRows() {}

    /** The longest task a plan takes, in working days: the engine's, as the scheduling API holds it. */
    static final int MAX_DURATION = ScheduleEngine.MAX_DURATION;

    static final int KEY_MAX = 40;

    /**
     * What a task key may hold: letters, digits, "-", "_" and "." (WBS codes such as 1.2.3, activity ids such as
     * A1000). A key with a space, comma or semicolon could never be typed as a predecessor, which splits on them, and
     * one with markup or a slash could not be linked to.
     */
    static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._-]+");

    private static final java.util.Set<String> KINDS = java.util.Set.of(PlanRow.TASK, PlanRow.MILESTONE, PlanRow.STAGE);
    static final int NAME_MAX = 200;
    static final int DEPARTMENT_MAX = 100;

    /**
     * A typed row within what a plan keeps, refused in the user's language before the engine or the database would
     * refuse it in theirs.
     */
    static void check(NewPlanRow row) {
        if (!KINDS.contains(row.kind())) { // another kind was kept, and scheduled as a milestone
            throw new BusinessException(
                    ErrorCode.SCHEDULE_INPUT,
                    "kind",
                    new DefaultMessageSourceResolvable(new String[] {"plan.row.error.kind"}, new Object[0]));
        }
        checkLength("key", row.key(), 1, KEY_MAX);
        checkKey(row.key().trim());
        checkLength("name", row.name(), 1, NAME_MAX);
        checkLength("department", row.department(), 0, DEPARTMENT_MAX);
        checkDuration(row.duration());
    }

    static void checkName(String name) {
        checkLength("name", name, 1, NAME_MAX);
    }

    static void checkKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new BusinessException(
                    ErrorCode.SCHEDULE_INPUT,
                    "key",
                    new DefaultMessageSourceResolvable(
                            new String[] {"plan.row.error.key-characters"}, new Object[] {key}));
        }
    }

    /**
     * An imported key within the rule of {@link #KEY}: every other character becomes "_" ("EC 1000" becomes
     * EC_1000), so that a file from elsewhere still comes in and its tasks can be linked to; an empty result is null.
     */
    static String cleanKey(String key) {
        String clean = key == null ? "" : key.trim().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return clean.isEmpty() ? null : clean;
    }

    private static void checkLength(String field, String value, int min, int max) {
        int length = value == null ? 0 : value.trim().length();
        if (length < min || length > max) {
            throw new BusinessException(
                    ErrorCode.SCHEDULE_INPUT,
                    field,
                    new DefaultMessageSourceResolvable(
                            new String[] {"plan.row.error." + field}, new Object[] {min, max}));
        }
    }

    static void checkDuration(int duration) {
        if (duration < 0 || duration > MAX_DURATION) {
            throw new BusinessException(
                    ErrorCode.SCHEDULE_INPUT,
                    "duration",
                    new DefaultMessageSourceResolvable(
                            new String[] {"plan.row.error.duration"}, new Object[] {MAX_DURATION}));
        }
    }

    /**
     * Every date the plan holds within {@link SupportedDates}, whichever way it came in (typed, imported, from a
     * template): a target typed as 9999-12-31 or 0001-01-01 would be scheduled, and show shortfalls of half a million
     * working days.
     */
    static void checkDates(ProjectPlan plan) {
        for (LocalDate date : new LocalDate[] {plan.getStartDate(), plan.getTargetFinish()}) {
            if (!SupportedDates.allows(date)) {
                throw new BusinessException(
                        ErrorCode.SCHEDULE_INPUT,
                        "start",
                        new DefaultMessageSourceResolvable(
                                new String[] {"plan.error.plan-date"}, new Object[] {date.toString()}));
            }
        }
        for (PlanRow row : plan.getRows()) {
            if (!SupportedDates.allows(row.constraintDate())) {
                throw new BusinessException(
                        ErrorCode.SCHEDULE_INPUT,
                        "targetDate",
                        new DefaultMessageSourceResolvable(new String[] {"plan.row.error.date"}, new Object[] {
                            row.taskKey(), row.constraintDate().toString()
                        }));
            }
        }
    }
}

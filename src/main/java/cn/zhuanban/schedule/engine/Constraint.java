package cn.zhuanban.schedule.engine;

import java.time.LocalDate;

/**
 * A date constraint. SNET on a non-working day means the next working day; FNLT and MFO on a non-working day mean
 * the previous working day.
 */
public record Constraint(ConstraintType type, LocalDate date) {

    public static Constraint startNoEarlierThan(LocalDate date) {
        return new Constraint(ConstraintType.SNET, date);
    }

    public static Constraint finishNoLaterThan(LocalDate date) {
        return new Constraint(ConstraintType.FNLT, date);
    }

    public static Constraint mustFinishOn(LocalDate date) {
        return new Constraint(ConstraintType.MFO, date);
    }
}

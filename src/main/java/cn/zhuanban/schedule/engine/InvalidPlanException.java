package cn.zhuanban.schedule.engine;

import java.util.Locale;

/**
 * Bad scheduling input; {@link #field()} names the offending field, e.g. {@code links[2].to}, for a 400 answer. The
 * engine knows no languages: {@link #problem()} and {@link #args()} let the caller say it in the user's, the message is
 * the English for logs and tests.
 */
public class InvalidPlanException extends IllegalArgumentException {

    /** What is wrong with the field, with the English wording; the arguments fill its {@code %s} in order. */
    public enum Problem {
        REQUIRED("is required"),
        KEY_MISSING("a task needs a key"),
        KEY_DUPLICATE("duplicate task key '%s'"),
        DAYS_RANGE("must be between 0 and %s working days, was %s"),
        LAG_RANGE("must be within ±%s working days, was %s"),
        PERCENT_RANGE("must be between 0 and 100"),
        ACTUAL_START_MISSING("a finished task needs an actual start"),
        ACTUAL_FINISH_BEFORE_START("is before the actual start %s"),
        ACTUAL_AFTER_DATA_DATE("is after the data date %s"),
        UNKNOWN_TASK_KEY("unknown task key '%s'"),
        LINK_TYPE_REQUIRED("is required (FS, SS, FF or SF)"),
        UNKNOWN_LINK_TYPE("unknown link type '%s' (expected FS, SS, FF or SF)"),
        UNKNOWN_CONSTRAINT_TYPE("unknown constraint type '%s' (expected SNET, FNLT or MFO)"),
        DATE_OUTSIDE("must be between %s and %s, was %s");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        /** The message key's last part: {@code KEY_DUPLICATE} is {@code key-duplicate}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final String field;
    private final Problem problem;
    private final transient Object[] args;

    /** The arguments are the values the problem's wording names, each as text (a key, a date, a number). */
    public InvalidPlanException(String field, Problem problem, Object... args) {
        super(field + ": " + String.format(Locale.ROOT, problem.english, args));
        this.field = field;
        this.problem = problem;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    public Object[] args() {
        return args.clone();
    }
}

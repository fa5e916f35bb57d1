package cn.zhuanban.schedule.engine;

/** Date constraints on a task. */
public enum ConstraintType {
    /** Start no earlier than: bounds the forward pass only. */
    SNET,
    /** Finish no later than: bounds the backward pass only, so a missed date shows as negative float. */
    FNLT,
    /** Must finish on: fixes the early and the late finish, overriding the logic (as in P6). */
    MFO;

    public static ConstraintType parse(String value, String field) {
        if (value != null) {
            for (ConstraintType type : values()) {
                if (type.name().equalsIgnoreCase(value.trim())) {
                    return type;
                }
            }
        }
        throw new InvalidPlanException(
                field, InvalidPlanException.Problem.UNKNOWN_CONSTRAINT_TYPE, String.valueOf(value));
    }
}

package cn.zhuanban.schedule.engine;

/** Bad scheduling input; {@link #field()} names the offending field, e.g. {@code links[2].to}, for a 400 answer. */
public class InvalidPlanException extends IllegalArgumentException {

    private final String field;

    public InvalidPlanException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

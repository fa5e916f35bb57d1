package cn.zhuanban.schedule.engine;

/** Dependency types, with the whole-day conventions of domain §4. */
public enum LinkType {
    /** Successor starts on the first working day after the predecessor's finish, plus the lag. */
    FS,
    /** Successor starts no earlier than the predecessor's start plus the lag. */
    SS,
    /** Successor finishes no earlier than the predecessor's finish plus the lag. */
    FF,
    /** Successor finishes no earlier than the working day before the predecessor's start, plus the lag. */
    SF;

    /** Parses an API value, naming {@code field} when it is not one of FS, SS, FF, SF. */
    public static LinkType parse(String value, String field) {
        if (value != null) {
            for (LinkType type : values()) {
                if (type.name().equalsIgnoreCase(value.trim())) {
                    return type;
                }
            }
        }
        throw new InvalidPlanException(field, InvalidPlanException.Problem.UNKNOWN_LINK_TYPE, String.valueOf(value));
    }
}

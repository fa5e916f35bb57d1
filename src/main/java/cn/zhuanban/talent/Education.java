package cn.zhuanban.talent;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Education levels in rising order; matching compares their rank. */
public enum Education {
    SECONDARY,
    JUNIOR_COLLEGE,
    BACHELOR,
    MASTER,
    DOCTORATE;

    /** A SQL expression giving the rank of the education stored in {@code column}. */
    public static String rankSql(String column) {
        return Arrays.stream(values())
                .map(e -> "when '" + e.name() + "' then " + e.ordinal())
                .collect(Collectors.joining(" ", "(case " + column + " ", " else -1 end)"));
    }
}

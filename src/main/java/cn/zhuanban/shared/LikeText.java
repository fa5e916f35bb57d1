package cn.zhuanban.shared;

import java.util.Locale;

/**
 * Words typed into a search box as a SQL {@code like} pattern, for statements that say {@code escape '!'}: a typed
 * {@code %} or {@code _} is looked for as itself, not as a wildcard, so "100%" finds "100%", not every "100".
 */
public final class LikeText {

    private LikeText() {}

    /** The text with the wildcards and the escape character escaped, as it stands. */
    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A pattern for names containing the words (lower case, compare with {@code lower(column)}); null when blank. */
    public static String containing(String q) {
        return q == null || q.isBlank() ? null : "%" + escape(q.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}

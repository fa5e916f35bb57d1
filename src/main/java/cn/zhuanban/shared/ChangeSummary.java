package cn.zhuanban.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The before → after summary of an edit for the audit log, listing only the fields that changed,
 * e.g. {@code stage: PRE_CONSTRUCTION → UNDER_CONSTRUCTION; totalInvestment: 100 → 120}.
 */
public final class ChangeSummary {

    /** What a summary shows for a value that was not set: a dash, not Java's {@code null}. */
    public static final String UNSET = "—";

    private ChangeSummary() {}

    /** A value as a summary shows it, {@link #UNSET} when there is none. */
    public static String text(Object value) {
        return value == null ? UNSET : value.toString();
    }

    /** Compares two snapshots with the same keys in the same order. */
    public static String between(Map<String, ?> before, Map<String, ?> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((field, now) -> {
            Object was = before.get(field);
            if (!same(was, now)) {
                changes.add(field + ": " + text(was) + " → " + text(now));
            }
        });
        return changes.isEmpty() ? "-" : String.join("; ", changes);
    }

    /** A snapshot as one line, for the summary of a creation. */
    public static String of(Map<String, ?> snapshot) {
        List<String> parts = new ArrayList<>();
        snapshot.forEach((field, value) -> {
            if (value != null) {
                parts.add(field + "=" + value);
            }
        });
        return String.join(", ", parts);
    }

    /**
     * A text a person typed (a note, a description) as a snapshot holds it: compared in full, so that any edit names
     * the field, but shown by its first {@value #SHOWN} characters, so that the summary stays short.
     */
    public static Object typed(String text) {
        return text == null || text.isBlank() ? null : new Typed(text.strip(), false);
    }

    /**
     * Personal data (a candidate's name or phone) as a snapshot holds it: an edit names the field, but neither the old
     * nor the new value enters the audit log, which outlives a removal on the person's request.
     */
    public static Object personal(String text) {
        return text == null || text.isBlank() ? null : new Typed(text.strip(), true);
    }

    static final int SHOWN = 30;

    private record Typed(String text, boolean hidden) {
        @Override
        public String toString() {
            if (hidden) {
                return "***";
            }
            return text.codePointCount(0, text.length()) <= SHOWN
                    ? text
                    : text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…";
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}

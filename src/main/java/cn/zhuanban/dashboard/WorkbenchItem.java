package cn.zhuanban.dashboard;

import java.util.List;

/**
 * One card of the workbench: a title (message key), a count, a link to the rows behind the count,
 * an urgency and a few example rows. The link is null when no single list holds the count (the rows then link to
 * the lists that make it up).
 */
public record WorkbenchItem(int order, String titleKey, long count, String link, Urgency urgency, List<Row> rows) {

    public enum Urgency {
        NORMAL,
        WARNING,
        DANGER
    }

    /**
     * A row under the card: a label, a link, an optional status light / badge key and an optional note below it (a
     * message key and its arguments), e.g. whom the enterprise contact calls about the project.
     */
    public record Row(String label, String link, String badge, Note note) {

        public Row(String label, String link, String badge) {
            this(label, link, badge, null);
        }
    }

    /** A line of text under a row, from the message bundles. */
    public record Note(String key, List<Object> args) {

        public Note {
            args = List.copyOf(args);
        }
    }
}

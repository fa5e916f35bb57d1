package cn.zhuanban.audit.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The ids of a summary with the names they stand for: {@code 专班=2} reads {@code 专班=2（第一专班）}. The id stays
 * in front, so that the page and the export read alike (a sheet has no hover), the auditor can search for it and a
 * renamed or deleted thing is still found; an id whose thing is gone keeps no name. A value is named only when it is
 * wholly ids: one ({@code 5}), a set ({@code [3, 4]}), an export's choices ({@code 2|3}) or a change ({@code 3 → 4},
 * {@code — → 4}).
 */
final class NamedIds {

    private static final String ONE = "\\[(?:[0-9]+(?:, [0-9]+)*)?]|[0-9]+(?:\\|[0-9]+)*|—|null";
    private static final Pattern VALUE = Pattern.compile("(?:" + ONE + ")(?: → (?:" + ONE + "))?");
    private static final Pattern AFTER_WORD = Pattern.compile(" [0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
    /** What may follow a value: the summary's own separators. */
    private static final String ENDS = " ,;)）";

    private final MessageSource messages;
    private final NameLookup names;
    private final Locale locale;

    NamedIds(MessageSource messages, NameLookup names, Locale locale) {
        this.messages = messages;
        this.names = names;
        this.locale = locale;
    }

    /** The end of the id value from {@code from}, or -1 when what follows is not wholly ids. */
    static int valueEnd(String summary, int from, int end) {
        return wholly(VALUE.matcher(summary).region(from, end), summary, end);
    }

    /** The end of the id after a word ({@code project 12}) at {@code from}, or -1 when no id follows. */
    static int idAfterWord(String summary, int from, int end) {
        return wholly(AFTER_WORD.matcher(summary).region(from, end), summary, end);
    }

    private static int wholly(Matcher matcher, String summary, int end) {
        if (!matcher.lookingAt() || matcher.end() == matcher.regionStart()) {
            return -1;
        }
        int after = matcher.end();
        return after == end || ENDS.indexOf(summary.charAt(after)) >= 0 ? after : -1;
    }

    /** The value with a name after each id whose thing exists; {@code null} reads as a dash, as elsewhere. */
    String named(String value, NamedKind kind) {
        if (value.equals("null")) {
            return "—";
        }
        Matcher number = NUMBER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            String name = names.name(kind, Long.parseLong(number.group()));
            String read = name == null ? number.group() : withName(number.group(), name, messages, locale);
            number.appendReplacement(out, Matcher.quoteReplacement(read));
        }
        number.appendTail(out);
        return out.toString().replace("null", "—");
    }

    /** An id with its name, {@code 12（示范区新能源电池项目）} or {@code 12 (Demo project)}. */
    static String withName(String id, String name, MessageSource messages, Locale locale) {
        return messages.getMessage("audit.named", new Object[] {id, name}, locale);
    }
}

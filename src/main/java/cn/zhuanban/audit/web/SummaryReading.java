package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditRecordView;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A stored summary in the reader's words: {@code statusLight: YELLOW → RED} reads 亮灯：黄灯 → 红灯. The stored text
 * is what the hash covers and never changes, so records old and new are translated as they are shown. Only whole
 * words are replaced, and only where the summary's structure puts a field name, a code or {@code null}: a word touching
 * Chinese text, the value of a field a person typed (see {@link SummaryVocabulary#FREE_TEXT}) and the explanation after
 * a ticket's or lead's move are left as written, unless such a value is a code as a whole.
 */
@Component
class SummaryReading {

    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}_#.-])[A-Za-z][A-Za-z0-9_]*(?![\\p{L}\\p{N}_])");
    private static final Pattern FIELD_AFTER = Pattern.compile("^(=|: |:$)");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** A typed text summarised by its length ({@code description: 12 chars → 15 chars}), which reads translated. */
    private static final Pattern COUNTED = Pattern.compile("(?:[0-9]+ chars|null|—)(?: → (?:[0-9]+ chars|null|—))?");
    /** A move such as {@code ASSIGNED → SUSPENDED: reason} or {@code CONTACTED → TERMINATED on 2026-07-04: reason}. */
    private static final Pattern MOVE_WITH_REASON = Pattern.compile("^[A-Z][A-Z_]* → [A-Z][A-Z_]*(?: on [0-9-]+)?: ");

    private static final Pattern NEXT_FIELD = Pattern.compile("(, |; )[a-z][A-Za-z]*(=|: )");
    private static final Pattern CLOSING_REMARK = Pattern.compile(" \\(([^()]*)\\)$");

    private final MessageSource messages;

    SummaryReading(MessageSource messages) {
        this.messages = messages;
    }

    String read(AuditRecordView record, Locale locale) {
        return read(record.summary(), record.entityType(), locale);
    }

    String read(String summary, String entityType, Locale locale) {
        if (summary == null || summary.isBlank()) {
            return summary;
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        List<String> prefixes = SummaryVocabulary.prefixes(entityType);
        StringBuilder out = new StringBuilder();
        int end = structuredEnd(summary);
        int at = 0;
        int freeUntil = -1;
        Matcher words = WORD.matcher(summary).region(0, end);
        while (words.find()) {
            if (words.start() < freeUntil) {
                continue;
            }
            String word = words.group();
            String after = summary.substring(words.end());
            out.append(summary, at, words.start());
            at = words.end();
            if (FIELD_AFTER.matcher(after).find() && Character.isLowerCase(word.charAt(0))) {
                punctuateBeforeField(out, chinese);
                out.append(label("audit.field." + word, word, locale));
                if (after.startsWith(": ") && chinese) {
                    out.append('：');
                    at += 2;
                }
                if (SummaryVocabulary.FREE_TEXT.contains(word)) {
                    int valueStart = at + (after.startsWith("=") ? 1 : 0);
                    int valueEnd = valueEnd(summary, valueStart, end);
                    if (!isValue(summary.substring(valueStart, valueEnd))) {
                        freeUntil = valueEnd;
                    }
                }
            } else {
                out.append(value(word, prefixes, locale));
                if (chinese && after.startsWith(": ") && CODE.matcher(word).matches()) {
                    out.append('：');
                    at += 2;
                }
            }
        }
        out.append(summary, at, end);
        String tail = summary.substring(end);
        if (!tail.isEmpty()) {
            out.append(leadingCode(tail, prefixes, locale));
        }
        String read = out.toString();
        return chinese && tail.isEmpty() ? chineseBrackets(read) : read;
    }

    /** Where free text begins: after a move with a reason, everything but its first word is as typed. */
    private static int structuredEnd(String summary) {
        Matcher move = MOVE_WITH_REASON.matcher(summary);
        return move.find() ? move.end() : summary.length();
    }

    /** A reason starting with a code ({@code SOLVED 已完成…}, or only {@code SATISFIED}) reads that code. */
    private String leadingCode(String tail, List<String> prefixes, Locale locale) {
        int space = tail.indexOf(' ');
        String first = space < 0 ? tail : tail.substring(0, space);
        if (!CODE.matcher(first).matches()) {
            return tail;
        }
        return value(first, prefixes, locale) + (space < 0 ? "" : tail.substring(space));
    }

    /** The end of a free-text field's value: the next {@code , field=} or {@code ; field: }, or the end. */
    private static int valueEnd(String summary, int from, int end) {
        Matcher next = NEXT_FIELD.matcher(summary).region(from, end);
        return next.find() ? next.start() : end;
    }

    private boolean isValue(String text) {
        return text.equals("null")
                || CODE.matcher(text).matches()
                || COUNTED.matcher(text).matches();
    }

    private String value(String word, List<String> prefixes, Locale locale) {
        switch (word) {
            case "null" -> {
                return "—";
            }
            case "true", "false" -> {
                return label("audit.value." + word, word, locale);
            }
            default -> {}
        }
        if (!CODE.matcher(word).matches()) {
            return label("audit.word." + word, word, locale);
        }
        for (String prefix : prefixes) {
            String label = messages.getMessage(prefix + word, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        for (String prefix : SummaryVocabulary.ANY_TYPE) {
            String label = messages.getMessage(prefix + word, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        return word;
    }

    private String label(String key, String word, Locale locale) {
        return messages.getMessage(key, null, word, locale);
    }

    /** In Chinese the list of fields is separated by full-width commas and semicolons. */
    private static void punctuateBeforeField(StringBuilder out, boolean chinese) {
        int n = out.length();
        if (!chinese || n < 2 || out.charAt(n - 1) != ' ') {
            return;
        }
        char separator = out.charAt(n - 2);
        if (separator == ',' || separator == ';') {
            out.setLength(n - 2);
            out.append(separator == ',' ? '，' : '；');
        }
    }

    /** A closing remark in brackets, {@code … (reason)}, takes Chinese brackets. */
    private static String chineseBrackets(String read) {
        Matcher bracket = CLOSING_REMARK.matcher(read);
        return bracket.find() ? read.substring(0, bracket.start()) + "（" + bracket.group(1) + "）" : read;
    }
}

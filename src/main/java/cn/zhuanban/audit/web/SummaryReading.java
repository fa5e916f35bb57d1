package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditRecordView;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A stored summary in the reader's words: {@code statusLight: YELLOW → RED} reads 亮灯：黄灯 → 红灯. The stored text
 * is what the hash covers and never changes, so records old and new are translated as they are shown. Only a word
 * standing alone between the summary's own separators is replaced (see {@link SummaryTokens}): a word inside an e-mail
 * address, a URL, a file name or a key, a word touching Chinese text, the value of a field a person typed (see
 * {@link SummaryVocabulary#FREE_TEXT}) and the explanation after a ticket's or lead's move are left as written, unless
 * such a value is a code as a whole. A permission code reads as the permission's name, a role's code in records of
 * users and roles as the role's name, a count ({@code 15 items}) in the reader's words.
 */
@Component
class SummaryReading {

    private static final Pattern FIELD_AFTER = Pattern.compile("^(=|: |:$)");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** A typed text summarised by its length ({@code description: 12 chars → 15 chars}), which reads translated. */
    private static final Pattern COUNTED = Pattern.compile("(?:[0-9]+ chars|null|—)(?: → (?:[0-9]+ chars|null|—))?");
    /** A move such as {@code ASSIGNED → SUSPENDED: reason} or {@code CONTACTED → TERMINATED on 2026-07-04: reason}. */
    private static final Pattern MOVE_WITH_REASON = Pattern.compile("^[A-Z][A-Z_]* → [A-Z][A-Z_]*(?: on [0-9-]+)?: ");

    private static final Pattern NEXT_FIELD = Pattern.compile("(, |; )[a-z][A-Za-z]*(=|: )");
    /** The words that follow a number to count ({@code 24 rows, 26 links}, {@code 9 agenda items}). */
    private static final Set<String> COUNTS = Set.of("rows", "items", "links", "days", "agenda");

    private static final String AGENDA_ITEMS = " items";
    private static final Pattern COUNTED_BEFORE = Pattern.compile(", [0-9]+ $");

    private final MessageSource messages;
    private final RoleNames roles;

    SummaryReading(MessageSource messages, RoleNames roles) {
        this.messages = messages;
        this.roles = roles;
    }

    String read(AuditRecordView record, Locale locale) {
        return read(record, locale, NameLookup.NONE);
    }

    /** The summary with the names of the things whose ids it holds, as {@code names} knows them. */
    String read(AuditRecordView record, Locale locale, NameLookup names) {
        return read(record.summary(), record.entityType(), record.entityId(), locale, names);
    }

    /** As {@link #read(String, String, Locale, NameLookup)}, an export's filters as the page of its ledger labels them. */
    String read(String stored, String entityType, String entityId, Locale locale, NameLookup names) {
        if ("ledger".equals(entityType) && stored != null) {
            String filters = LedgerFilters.read(
                    stored, entityId, messages, locale, part -> read(part, entityType, locale, names));
            if (filters != null) {
                return filters;
            }
        }
        return read(stored, entityType, locale, names);
    }

    /** The name of the record's entity: an export's ledger by its name, else as {@code named} found it, or null. */
    String entityName(AuditRecordView record, Locale locale, RecordNames.Found named) {
        return "ledger".equals(record.entityType()) ? ledgerName(record.entityId(), locale) : named.entity(record);
    }

    /** The ledger's name ({@code /tickets/export} reads 工单台账), or null when it has none. */
    String ledgerName(String path, Locale locale) {
        return path == null ? null : messages.getMessage(LedgerFilters.nameKey(path), null, null, locale);
    }

    String read(String stored, String entityType, Locale locale) {
        return read(stored, entityType, locale, NameLookup.NONE);
    }

    String read(String stored, String entityType, Locale locale, NameLookup names) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        if ("security".equals(entityType)) {
            String setting = SettingSummary.read(stored, messages, locale, roles);
            if (setting != null) {
                return setting;
            }
        }
        String phrase =
                Phrases.read(stored, entityType, messages, locale, part -> read(part, entityType, locale, names));
        if (phrase != null) {
            return phrase;
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        String summary = PlanPhrases.read(
                SummaryTokens.unwrapRecords(Phrases.asToday(stored, entityType)), entityType, messages, locale);
        SummaryWords words = new SummaryWords(messages, roles, entityType, locale);
        NamedIds ids = new NamedIds(messages, names, locale);
        StringBuilder out = new StringBuilder();
        int end = structuredEnd(summary);
        int at = 0;
        int freeUntil = -1;
        boolean listed = false;
        Matcher tokens = SummaryTokens.TOKEN.matcher(summary).region(0, end);
        while (tokens.find()) {
            if (tokens.start() < Math.max(freeUntil, at)
                    || !SummaryTokens.standsAlone(summary, tokens.start(), tokens.end())) {
                continue;
            }
            String word = tokens.group();
            String after = summary.substring(tokens.end());
            String between = summary.substring(at, tokens.start());
            out.append(between);
            at = tokens.end();
            boolean item = false;
            if (SummaryTokens.PERMISSION.matcher(word).matches()) {
                String label = messages.getMessage("permission." + word, null, null, locale);
                item = label != null;
                listInChinese(out, chinese && item && listed && between.equals(", "));
                out.append(item ? label : word);
            } else if (FIELD_AFTER.matcher(after).find() && Character.isLowerCase(word.charAt(0))) {
                punctuateBeforeField(out, chinese);
                out.append(label("audit.field." + word, word, locale));
                if (after.startsWith(": ") && chinese) {
                    out.append('：');
                    at += 2;
                }
                NamedKind kind = IdFields.ofField(word, entityType);
                if (kind != null) {
                    int valueStart = at + (summary.startsWith("=", at) ? 1 : summary.startsWith(": ", at) ? 2 : 0);
                    int valueEnd = NamedIds.valueEnd(summary, valueStart, end);
                    if (valueEnd > 0) {
                        out.append(summary, at, valueStart)
                                .append(ids.named(summary.substring(valueStart, valueEnd), kind));
                        at = valueEnd;
                    }
                }
                if (SummaryVocabulary.FREE_TEXT.contains(word)) {
                    int valueStart = at + (after.startsWith("=") ? 1 : 0);
                    int valueEnd = valueEnd(summary, valueStart, end);
                    if (!isValue(summary.substring(valueStart, valueEnd))) {
                        freeUntil = valueEnd;
                    }
                }
            } else if (COUNTS.contains(word)) {
                if (chinese && COUNTED_BEFORE.matcher(out).find()) {
                    out.replace(out.lastIndexOf(", "), out.lastIndexOf(", ") + 2, "，");
                }
                boolean agenda = word.equals("agenda")
                        && after.startsWith(AGENDA_ITEMS)
                        && SummaryTokens.standsAlone(summary, at + 1, at + AGENDA_ITEMS.length());
                out.append(label("audit.word." + (agenda ? "agenda-items" : word), word, locale));
                at += agenda ? AGENDA_ITEMS.length() : 0;
            } else if (IdFields.ofWord(word) != null && NamedIds.idAfterWord(summary, at, end) > 0) {
                int idEnd = NamedIds.idAfterWord(summary, at, end);
                out.append(words.value(word)).append(' ');
                out.append(ids.named(summary.substring(at + 1, idEnd), IdFields.ofWord(word)));
                at = idEnd;
            } else {
                String read = words.value(word);
                item = !read.equals(word) && CODE.matcher(word).matches();
                listInChinese(out, chinese && item && listed && between.equals(", "));
                out.append(read);
                if (chinese && after.startsWith(": ") && CODE.matcher(word).matches()) {
                    out.append('：');
                    at += 2;
                }
            }
            listed = item;
        }
        out.append(summary, at, end);
        String tail = summary.substring(end);
        if (!tail.isEmpty()) {
            if (chinese && out.toString().endsWith(": ")) {
                out.replace(out.length() - 2, out.length(), "：");
            }
            out.append(leadingCode(tail, words));
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
    private static String leadingCode(String tail, SummaryWords words) {
        int space = tail.indexOf(' ');
        String first = space < 0 ? tail : tail.substring(0, space);
        if (!CODE.matcher(first).matches()) {
            return tail;
        }
        return words.value(first) + (space < 0 ? "" : tail.substring(space));
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

    /** In a list of permissions or roles read in Chinese, the items are separated by a full-width comma (a permission's name may hold an enumeration comma itself). */
    private static void listInChinese(StringBuilder out, boolean between) {
        if (between) {
            out.setLength(out.length() - 2);
            out.append('，');
        }
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

    /**
     * A closing remark in brackets, {@code … (reason)}, takes Chinese brackets, and so do the brackets inside it (a
     * light's reason naming a task 土地供应 (招拍挂)): one remark read with both kinds looked careless.
     */
    private static String chineseBrackets(String read) {
        if (!read.endsWith(")")) {
            return read;
        }
        int depth = 0;
        for (int i = read.length() - 1; i > 0; i--) {
            char c = read.charAt(i);
            depth += c == ')' ? 1 : c == '(' ? -1 : 0;
            if (depth == 0) {
                if (read.charAt(i - 1) != ' ') {
                    return read;
                }
                // full-width brackets take no spaces around them
                String inner = read.substring(i + 1, read.length() - 1)
                        .replaceAll(" ?\\(", "（")
                        .replaceAll("\\) ?", "）");
                return read.substring(0, i - 1) + "（" + inner + "）";
            }
        }
        return read;
    }
}

package cn.zhuanban.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Summaries written as a phrase rather than as fields, read whole: an agenda item's move ({@code item 9 up} reads
 * 议题 9（…） 上移), a ticket put on a meeting's agenda ({@code ticket 9 escalated to the meeting} reads 问题 9（…）
 * 因红牌列入例会议题) and a calendar day's correction ({@code working 调休} reads 工作日 调休, the name as typed), whose
 * bare English words read nowhere else, so that a typed title holding "up" or "off" stays as typed. A progress report
 * of the old form ({@code M3 null% null → null @ null}) reads as the form written since, its empty parts left out:
 * stored records never change. An enterprise plan's measure edit or progress keeps its typed title before the reader's
 * colon.
 */
final class Phrases {

    private static final Pattern ITEM_MOVE = Pattern.compile("^(item [0-9]+) (up|down)$");
    /** A ticket the ladder or a second dissatisfaction put on a meeting's agenda (meeting's EscalatedTickets). */
    private static final Pattern ESCALATED =
            Pattern.compile("^(ticket [0-9]+) escalated (to the meeting|after a second dissatisfaction)$");

    /**
     * A meeting moved up one number for one planned before it (meeting's MeetingManagement#plan): {@code 2026-12-07,
     * number 2 → 3, since 2026-11-23 → 2026-12-02}, the day its agenda's period begins moved with it (or left out).
     */
    private static final Pattern RENUMBERED =
            Pattern.compile("^([0-9]{4}-[0-9]{2}-[0-9]{2}), number ([0-9]+) → ([0-9]+)(?:, since (\\S+) → (\\S+))?$");

    private static final Pattern DAY_SET = Pattern.compile("^(working|off)(?: (.*))?$", Pattern.DOTALL);
    /** A day's correction as written since it tells the day before: {@code off → working 调休上班}. */
    private static final Pattern DAY_CHANGE =
            Pattern.compile("^(working|off)(?: (.*?))? → (working|off)(?: (.*))?$", Pattern.DOTALL);
    /** A period's record, {@code name 2026-10-01~2026-10-07}, whose typed name may begin with one of those words. */
    private static final Pattern PERIOD = Pattern.compile(" [0-9]{4}-[0-9]{2}-[0-9]{2}~[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    /**
     * An enterprise plan's measure edit, {@code v2 #1 减免税费: content: … → …}, whose typed title stays as typed and is
     * followed by the reader's colon: a Chinese title was followed by an English one, a Latin title's words were read
     * as fields. The changes begin with one of the measure's fields (EnterprisePlanManagement#snapshot), or are none.
     */
    private static final Pattern MEASURE_EDIT = Pattern.compile(
            "^(v[0-9]+ #[0-9]+) (.*?): ((?:title|content|ownerDepartmentId|deadline|links): .*|-)$", Pattern.DOTALL);
    /** A measure's progress, {@code 减免税费: NOT_STARTED → IN_PROGRESS}, read the same way. */
    private static final Pattern MEASURE_PROGRESS = Pattern.compile(
            "^(.+): ((?:NOT_STARTED|IN_PROGRESS|DONE|SUSPENDED) → (?:NOT_STARTED|IN_PROGRESS|DONE|SUSPENDED))$");

    private static final Pattern OLD_PROGRESS = Pattern.compile("^(\\S+) (null|[0-9]+)% (\\S+) → (\\S+) @ (\\S+)$");
    private static final List<String> PROGRESS_FIELDS = List.of("actualStart", "actualFinish", "dataDate");

    private Phrases() {}

    /**
     * The phrase in the reader's words, or null when the summary is none: {@code rest} reads the part that is an
     * ordinary summary ({@code item 9}, with its name).
     */
    static String read(
            String summary, String entityType, MessageSource messages, Locale locale, UnaryOperator<String> rest) {
        if ("meeting".equals(entityType)) {
            Matcher move = ITEM_MOVE.matcher(summary);
            if (move.matches()) {
                return rest.apply(move.group(1)) + " " + label(messages, "audit.word.moved-" + move.group(2), locale);
            }
            Matcher renumbered = RENUMBERED.matcher(summary);
            if (renumbered.matches()) {
                return renumbered(renumbered, messages, locale);
            }
            Matcher escalated = ESCALATED.matcher(summary);
            if (escalated.matches()) {
                String why = escalated.group(2).startsWith("to") ? "red" : "dissatisfied";
                return rest.apply(escalated.group(1)) + " " + label(messages, "audit.word.escalated-" + why, locale);
            }
        }
        if ("calendar".equals(entityType) && !PERIOD.matcher(summary).find()) {
            Matcher change = DAY_CHANGE.matcher(summary);
            if (change.matches()) {
                return day(change.group(1), change.group(2), messages, locale) + " → "
                        + day(change.group(3), change.group(4), messages, locale);
            }
            Matcher day = DAY_SET.matcher(summary);
            if (day.matches()) {
                return day(day.group(1), day.group(2), messages, locale);
            }
        }
        if ("enterprise-plan".equals(entityType)) {
            String colon = "zh".equals(locale.getLanguage()) ? "：" : ": ";
            Matcher edit = MEASURE_EDIT.matcher(summary);
            if (edit.matches()) {
                return edit.group(1) + " " + edit.group(2) + colon + rest.apply(edit.group(3));
            }
            Matcher progress = MEASURE_PROGRESS.matcher(summary);
            if (progress.matches()) {
                return progress.group(1) + colon + rest.apply(progress.group(2));
            }
        }
        return null;
    }

    /** A renumbered meeting in the reader's words: 2026-12-07 会议，期数 2 → 3，议程起算 2026-11-23 → 2026-12-02. */
    private static String renumbered(Matcher m, MessageSource messages, Locale locale) {
        if (m.group(4) == null) {
            return messages.getMessage(
                    "audit.word.meeting-renumbered", new Object[] {m.group(1), m.group(2), m.group(3)}, locale);
        }
        return messages.getMessage(
                "audit.word.meeting-renumbered-since",
                new Object[] {m.group(1), m.group(2), m.group(3), orDash(m.group(4)), orDash(m.group(5))},
                locale);
    }

    /** A day the record wrote as null (a first meeting's period has no beginning) reads as a dash. */
    private static String orDash(String day) {
        return "null".equals(day) ? "—" : day;
    }

    /** A day as the correction tells it: 工作日 or 休息日, and its name as typed. */
    private static String day(String kind, String name, MessageSource messages, Locale locale) {
        String word = label(messages, "audit.word.day-" + kind, locale);
        return name == null ? word : word + " " + name;
    }

    /** An old progress report as the plan's records are written today, else the summary as stored. */
    static String asToday(String summary, String entityType) {
        if (!"project-plan".equals(entityType)) {
            return summary;
        }
        Matcher old = OLD_PROGRESS.matcher(summary);
        if (!old.matches()) {
            return summary;
        }
        List<String> parts = new ArrayList<>();
        if (!old.group(2).equals("null")) {
            parts.add("percentComplete=" + old.group(2) + "%");
        }
        for (int i = 0; i < PROGRESS_FIELDS.size(); i++) {
            String value = old.group(3 + i);
            if (!value.equals("null") && !value.equals("—")) {
                parts.add(PROGRESS_FIELDS.get(i) + "=" + value);
            }
        }
        return parts.isEmpty() ? old.group(1) : old.group(1) + ": " + String.join(", ", parts);
    }

    private static String label(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

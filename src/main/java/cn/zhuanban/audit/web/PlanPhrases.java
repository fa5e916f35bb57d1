package cn.zhuanban.audit.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The values a plan's records write as a phrase, read in the reader's words before the rest of the summary: a plan's
 * week ({@code calendar: 5-day week → 7-day week} reads 日历：每周5天 → 每周7天（施工）) and a row's constraint with its
 * date ({@code A02 constraint: — → MFO 2026-12-28} reads A02 限制条件：— → 必须于2026-12-28完成), an imported
 * calendar's count of exception days ({@code 3 calendar exceptions} reads 3 个日历例外日). Stored records never
 * change, so the old ones read the same.
 */
final class PlanPhrases {

    static final String ENTITY_TYPE = "project-plan";

    private static final Pattern WEEK = Pattern.compile("(?<![\\p{L}\\p{N}])([57])-day week");
    /** The count of an imported calendar's exception days ({@code 3 calendar exceptions}), see PlanReplacement. */
    private static final Pattern EXCEPTIONS =
            Pattern.compile("(?<![\\p{L}\\p{N}])([0-9]+) calendar exceptions(?![\\p{L}\\p{N}])");

    private static final Pattern CONSTRAINT =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(SNET|FNLT|MFO) ([0-9]{4}-[0-9]{2}-[0-9]{2}|—|null)");

    private PlanPhrases() {}

    static String read(String summary, String entityType, MessageSource messages, Locale locale) {
        if (!ENTITY_TYPE.equals(entityType)) {
            return summary;
        }
        boolean chinese = "zh".equals(locale.getLanguage()) && !summary.contains(": "); // a list, not changes
        String days = replace(
                EXCEPTIONS.matcher(summary),
                m -> messages.getMessage(
                        "audit.plan.calendar-exceptions", new Object[] {m.group(1)}, m.group(), locale),
                chinese);
        String weeks = replace(
                WEEK.matcher(days),
                m -> messages.getMessage("audit.plan.week." + m.group(1), null, m.group(), locale),
                chinese);
        return replace(CONSTRAINT.matcher(weeks), m -> {
            String date = m.group(2).equals("null") ? "—" : m.group(2);
            return messages.getMessage("audit.plan.constraint." + m.group(1), new Object[] {date}, m.group(), locale);
        });
    }

    private static String replace(Matcher m, java.util.function.Function<Matcher, String> with) {
        return replace(m, with, false);
    }

    /** With {@code chinese}, a phrase listed after another ({@code , 3 calendar exceptions}) follows a Chinese comma. */
    private static String replace(Matcher m, java.util.function.Function<Matcher, String> with, boolean chinese) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String read = with.apply(m);
            m.appendReplacement(out, Matcher.quoteReplacement(read));
            int phrase = out.length() - read.length();
            if (chinese && phrase >= 2 && out.substring(phrase - 2, phrase).equals(", ")) {
                out.replace(phrase - 2, phrase, "，");
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}

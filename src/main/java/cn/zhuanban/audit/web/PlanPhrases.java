package cn.zhuanban.audit.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The values a plan's records write as a phrase, read in the reader's words before the rest of the summary: a plan's
 * week ({@code calendar: 5-day week → 7-day week} reads 日历：每周5天 → 每周7天（施工）) and a row's constraint with its
 * date ({@code A02 constraint: — → MFO 2026-12-28} reads A02 限制条件：— → 必须于2026-12-28完成). Stored records never
 * change, so the old ones read the same.
 */
final class PlanPhrases {

    static final String ENTITY_TYPE = "project-plan";

    private static final Pattern WEEK = Pattern.compile("(?<![\\p{L}\\p{N}])([57])-day week");
    private static final Pattern CONSTRAINT =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(SNET|FNLT|MFO) ([0-9]{4}-[0-9]{2}-[0-9]{2}|—|null)");

    private PlanPhrases() {}

    static String read(String summary, String entityType, MessageSource messages, Locale locale) {
        if (!ENTITY_TYPE.equals(entityType)) {
            return summary;
        }
        String weeks = replace(
                WEEK.matcher(summary),
                m -> messages.getMessage("audit.plan.week." + m.group(1), null, m.group(), locale));
        return replace(CONSTRAINT.matcher(weeks), m -> {
            String date = m.group(2).equals("null") ? "—" : m.group(2);
            return messages.getMessage("audit.plan.constraint." + m.group(1), new Object[] {date}, m.group(), locale);
        });
    }

    private static String replace(Matcher m, java.util.function.Function<Matcher, String> with) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

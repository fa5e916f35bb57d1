package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Links typed in the table as MS Project users write them: {@code A01, A02SS+2, B03FF-1} (type FS and lag 0 may be
 * left out). A token that is itself a known key is that key, so keys ending in "SS" stay readable.
 */
final class PredecessorSpec {

    private static final Pattern TOKEN = Pattern.compile("^(.+?)(FS|SS|FF|SF)?([+-]\\d{1,4})?$");

    private PredecessorSpec() {}

    static List<PlanLink> parse(String spec, String toKey, Set<String> keys) {
        List<PlanLink> links = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return links;
        }
        for (String raw : spec.split("[,，;；\\s]+")) {
            String token = raw.trim();
            if (token.isEmpty()) {
                continue;
            }
            if (keys.contains(token)) {
                links.add(new PlanLink(token, toKey, "FS", 0));
                continue;
            }
            Matcher m = TOKEN.matcher(token);
            if (!m.matches() || !keys.contains(m.group(1))) {
                throw new BusinessException(
                        ErrorCode.SCHEDULE_INPUT,
                        "predecessors",
                        new DefaultMessageSourceResolvable(
                                new String[] {"plan.error.predecessor-token"}, new Object[] {token}));
            }
            String type = m.group(2) == null ? "FS" : m.group(2);
            int lag = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            links.add(new PlanLink(m.group(1), toKey, type, lag));
        }
        return links;
    }

    static String format(List<PlanLink> incoming) {
        return incoming.stream()
                .map(l -> l.fromKey()
                        + ("FS".equals(l.linkType()) && l.lag() == 0 ? "" : l.linkType())
                        + (l.lag() == 0 ? "" : (l.lag() > 0 ? "+" : "") + l.lag()))
                .collect(Collectors.joining(", "));
    }
}

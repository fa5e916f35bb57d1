package cn.zhuanban.investment;

import cn.zhuanban.investment.RewardRule.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules as the audit log compares them: the tiers written as ranges, {@code 0–10000万元: 3‰, ≥50000万元: 1.5‰},
 * the cap and the working days before a lead is stale, so that a save names only what it changed.
 */
final class RulesSnapshot {

    private RulesSnapshot() {}

    static Map<String, Object> snapshot(RewardRule rule, int staleWorkingDays) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tiers", tiers(rule.tiers()));
        fields.put("cap", rule.cap());
        fields.put("staleWorkingDays", staleWorkingDays);
        return fields;
    }

    static String tiers(List<Tier> tiers) {
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            String from = plain(tiers.get(i).fromAmount());
            String range =
                    i + 1 < tiers.size() ? from + "–" + plain(tiers.get(i + 1).fromAmount()) : "≥" + from;
            ranges.add(range + "万元: " + plain(tiers.get(i).ratePerMille()) + "‰");
        }
        return String.join(", ", ranges);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}

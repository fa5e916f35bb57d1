package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.shared.ChangeSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What staff describe about a lead: the target, how it came, who works it, what happens next. */
public record LeadProfile(
        String targetCompany,
        LeadChannel channel,
        Long partnerId,
        Long referrerId,
        Long chainNodeId,
        String industry,
        BigDecimal expectedInvestment,
        Integer expectedJobs,
        Long ownerId,
        Long departmentId,
        String nextAction,
        LocalDate nextActionOn,
        String description) {

    /** Every field a person edits, for the audit summary of an edit: typed texts are compared in full. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("targetCompany", targetCompany);
        fields.put("channel", channel);
        fields.put("partnerId", partnerId);
        fields.put("referrerId", referrerId);
        fields.put("chainNodeId", chainNodeId);
        fields.put("industry", industry);
        fields.put("expectedInvestment", expectedInvestment);
        fields.put("expectedJobs", expectedJobs);
        fields.put("ownerId", ownerId);
        fields.put("departmentId", departmentId);
        fields.put("nextAction", ChangeSummary.typed(nextAction));
        fields.put("nextActionOn", nextActionOn);
        fields.put("description", ChangeSummary.typed(description));
        return fields;
    }

    /** The same lead with the next action a follow-up agreed on. */
    public LeadProfile withNextAction(String action, LocalDate on) {
        return new LeadProfile(
                targetCompany,
                channel,
                partnerId,
                referrerId,
                chainNodeId,
                industry,
                expectedInvestment,
                expectedJobs,
                ownerId,
                departmentId,
                action,
                on,
                description);
    }
}

package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanManagement;

/**
 * The version of the plan a page showed when an edit was made on it, as its hidden field {@code #plan-version} sends
 * it: empty for a plan not stored yet ({@link PlanManagement#NOT_STORED}). None (or no number) is null, which the plan
 * controller refuses: without it the edit would skip the check that no one changed the plan meanwhile.
 */
final class SeenVersion {

    private SeenVersion() {}

    static Integer of(String sent) {
        if (sent == null) {
            return null;
        }
        if (sent.isBlank()) {
            return PlanManagement.NOT_STORED;
        }
        try {
            return Integer.valueOf(sent.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;

/**
 * A plan's version as an HTTP entity tag, for API clients that import files: the {@code ETag} of {@code GET …/plan}
 * sent back as {@code If-Match}, the standard way to say "only if nobody changed it since I read it". A plan not stored
 * yet has the tag of {@link PlanManagement#NOT_STORED}, so a first import is checked too.
 */
final class PlanVersionTag {

    /** A version no plan has: an {@code If-Match} that is no tag of ours is refused as stale, not ignored. */
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private PlanVersionTag() {}

    static String of(PlanSheet sheet) {
        return "\"" + (sheet.version() == null ? PlanManagement.NOT_STORED : sheet.version()) + "\"";
    }

    /** The version an {@code If-Match} names; null (no check) without one or for {@code *}. */
    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}

package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.shared.BusinessException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * A plan's version as an HTTP entity tag, for API clients that import files: the {@code ETag} of {@code GET …/plan}
 * sent back as {@code If-Match}, the standard way to say "only if nobody changed it since I read it". A plan not stored
 * yet has the tag of {@link PlanManagement#NOT_STORED}, so a first import is checked too.
 */
final class PlanVersionTag {

    /** A version no plan has: an {@code If-Match} that is no tag of ours is refused as stale, not ignored. */
    private static final int UNKNOWN = Integer.MIN_VALUE;

    /** An entity tag: optionally weak, then quoted visible characters other than the quote itself. */
    private static final Pattern WELL_FORMED = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

    private PlanVersionTag() {}

    static String of(PlanSheet sheet) {
        return "\"" + (sheet.version() == null ? PlanManagement.NOT_STORED : sheet.version()) + "\"";
    }

    /**
     * The version an {@code If-Match} names; null (no check) without one or for {@code *}. A header that is no list of
     * entity tags (RFC 9110: {@code "3"} or {@code W/"3"}, comma-separated) is malformed, a 400 naming {@code If-Match}:
     * taken for stale, it sent the client to fetch the plan again for a header it would send wrong again. A well-formed
     * tag of no version of ours (or several tags) is stale: 409, as the README has it.
     */
    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String[] tags = ifMatch.split(",", -1);
        for (String tag : tags) {
            if (!WELL_FORMED.matcher(tag.strip()).matches()) {
                throw BusinessException.invalid(HttpHeaders.IF_MATCH, "plan.if-match.malformed");
            }
        }
        if (tags.length > 1) {
            return UNKNOWN;
        }
        String tag = tags[0].strip();
        String opaque = tag.substring(tag.indexOf('"') + 1, tag.length() - 1);
        try {
            return Integer.valueOf(opaque);
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}

package cn.zhuanban.talent;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;
import cn.zhuanban.talent.TalentViews.PoolFilter;

/**
 * Someone downloaded the talent pool as a file: personal data left the system, so the audit log
 * keeps who (the actor), when, with which filters, whether names and contacts were in it, and
 * how many rows. Like {@link TalentChanged} the summary carries nothing personal: the search text
 * may be a candidate's name and the log can never be erased, so only its length is kept.
 */
public record CandidatesExported(Actor actor, String summary) implements AuditedEvent {

    static CandidatesExported of(Actor actor, PoolFilter filter, boolean contactsIncluded, long rows) {
        String search = filter.q() == null || filter.q().isBlank()
                ? "none"
                : filter.q().trim().length() + " characters";
        return new CandidatesExported(
                actor,
                "search: " + search + ", education: " + orAny(filter.education()) + ", source: "
                        + orAny(filter.source()) + "; names and contacts: "
                        + (contactsIncluded ? "included" : "hidden") + "; rows: " + rows);
    }

    @Override
    public String action() {
        return "talent.candidate.exported";
    }

    @Override
    public String entityType() {
        return "talent-candidate";
    }

    /** An export concerns the whole filtered pool, not one candidate. */
    @Override
    public String entityId() {
        return null;
    }

    private static String orAny(Enum<?> value) {
        return value == null ? "any" : value.name();
    }
}

package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * A change to the pending files of refused resolve forms (办结佐证 kept for the form shown again, {@link
 * ResolveEvidence}), which no ticket step records: files kept, one removed by its user (移除), or the nightly purge of
 * those left pending, one record per run ({@code ticketId} null: the summary names the tickets). The files attached
 * when the resolution is taken are the resolution's step's.
 */
public record ResolveEvidenceChanged(Actor actor, String action, Long ticketId, String summary)
        implements AuditedEvent {

    static ResolveEvidenceChanged kept(long ticketId, String summary) {
        return new ResolveEvidenceChanged(Actor.current(), "ticket.evidence-kept", ticketId, summary);
    }

    static ResolveEvidenceChanged removed(long ticketId, String summary) {
        return new ResolveEvidenceChanged(Actor.current(), "ticket.evidence-removed", ticketId, summary);
    }

    public static ResolveEvidenceChanged purged(String summary) {
        return new ResolveEvidenceChanged(Actor.of(Actor.SYSTEM), "ticket.evidence-purged", null, summary);
    }

    @Override
    public String entityType() {
        return "ticket";
    }

    @Override
    public String entityId() {
        return ticketId == null ? null : Long.toString(ticketId);
    }
}

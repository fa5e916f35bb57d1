package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * A run of the escalation job that re-indexed the tickets the one-time re-index (V198 {@code ticket_due_reindex})
 * listed: the rows that say when each later step of the ladder falls due were rebuilt from the first deadline missed.
 * One record per run that re-indexed any, by the system, not one per ticket: no step of a ticket changed, only the
 * days the job will look at it again ({@code ticketId} absent, the summary says how many).
 */
public record TicketDueReindexed(Actor actor, int tickets) implements AuditedEvent {

    public static TicketDueReindexed ofRun(int tickets) {
        return new TicketDueReindexed(Actor.of(Actor.SYSTEM), tickets);
    }

    @Override
    public String action() {
        return "ticket.due-reindexed";
    }

    @Override
    public String entityType() {
        return "ticket";
    }

    @Override
    public String entityId() {
        return null;
    }

    @Override
    public String summary() {
        return "重建 " + tickets + " 张工单的升级到期索引（升级按首个逾期时限起算）";
    }
}

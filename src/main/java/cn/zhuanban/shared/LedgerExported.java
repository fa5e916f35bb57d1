package cn.zhuanban.shared;

/**
 * Someone downloaded a ledger or document: the audit log keeps the address (the ledger), the filters and the rows.
 * Free-text search boxes are kept only by their length, since they may hold a person's name and the log can never be
 * erased.
 */
public record LedgerExported(Actor actor, String entityId, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "ledger.exported";
    }

    @Override
    public String entityType() {
        return "ledger";
    }
}

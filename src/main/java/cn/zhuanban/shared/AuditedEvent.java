package cn.zhuanban.shared;

/**
 * An event that the audit log records. Every state-changing event of every module implements it,
 * so that the audit module, listening to this one type, sees every change and no module has to
 * call the audit module directly.
 */
public interface AuditedEvent {

    Actor actor();

    /** What happened, as a message-key suffix such as {@code user.created}. */
    String action();

    String entityType();

    String entityId();

    /** A short before/after summary, e.g. {@code stage: PRE_CONSTRUCTION → UNDER_CONSTRUCTION}. */
    String summary();
}

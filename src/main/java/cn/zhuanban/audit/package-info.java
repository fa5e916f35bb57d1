/**
 * The append-only, hash-chained audit log. Listens to every {@link cn.zhuanban.shared.AuditedEvent}
 * through the event publication registry, so a committed change is logged even if the node dies
 * right after; offers search, export and chain verification to the auditor. Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package cn.zhuanban.audit;

package cn.zhuanban.enterprise;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * Enterprises registered from an XLSX file, all rows valid: the file's own record beside each enterprise's
 * {@link EnterpriseRegistered}, so that the auditor sees which registrations came in one upload.
 */
public record EnterprisesImported(Actor actor, int rows, String fileName) implements AuditedEvent {

    @Override
    public String action() {
        return "enterprise.imported";
    }

    @Override
    public String entityType() {
        return "enterprise";
    }

    @Override
    public String entityId() {
        return fileName;
    }

    @Override
    public String summary() {
        return rows + " rows; file: " + fileName;
    }
}

package cn.zhuanban.project;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * Key projects registered from an XLSX file, all rows valid: the file's own record beside each project's
 * {@link ProjectRegistered}, so that the auditor sees which registrations came in one upload.
 */
public record ProjectsImported(Actor actor, int rows, String fileName) implements AuditedEvent {

    @Override
    public String action() {
        return "project.imported";
    }

    @Override
    public String entityType() {
        return "project";
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

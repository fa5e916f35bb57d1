package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.servicechecklist.ServiceItemFile;
import cn.zhuanban.shared.files.StoredFile;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attachments of service items, stored through {@link StoredFiles} (type by content, size and count checked). */
@Component
public class ItemAttachments {

    public static final int MAX_FILES = 9;

    private static final String SELECT =
            "select a.id, a.service_item_id, a.original_name, a.content_type, a.size_bytes from service_item_attachment a";

    private final JdbcClient jdbc;
    private final StoredFiles storedFiles;

    ItemAttachments(JdbcClient jdbc, StoredFiles storedFiles) {
        this.jdbc = jdbc;
        this.storedFiles = storedFiles;
    }

    /** Stores the whole set or nothing; returns how many were stored. */
    public int attach(long itemId, List<UploadedFile> files, long uploadedBy, Instant now) {
        List<StoredFile> stored = storedFiles.store(files, MAX_FILES);
        for (StoredFile f : stored) {
            jdbc.sql("""
                            insert into service_item_attachment (service_item_id, storage_key, original_name, content_type,
                                                                 size_bytes, uploaded_by, uploaded_at)
                            values (:item, :key, :name, :type, :size, :by, :at)""")
                    .param("item", itemId)
                    .param("key", f.storageKey())
                    .param("name", f.originalName())
                    .param("type", f.contentType())
                    .param("size", f.size())
                    .param("by", uploadedBy)
                    .param("at", Timestamp.from(now))
                    .update();
        }
        return stored.size();
    }

    public List<ServiceItemFile> ofProject(long projectId) {
        return jdbc.sql(SELECT
                        + " join service_item i on i.id = a.service_item_id where i.project_id = :p order by a.id")
                .param("p", projectId)
                .query((rs, n) -> file(rs))
                .list();
    }

    public Optional<ServiceItemFile> find(long itemId, long fileId) {
        return jdbc.sql(SELECT + " where a.service_item_id = :item and a.id = :id")
                .param("item", itemId)
                .param("id", fileId)
                .query((rs, n) -> file(rs))
                .optional();
    }

    public String storageKey(long fileId) {
        return jdbc.sql("select storage_key from service_item_attachment where id = :id")
                .param("id", fileId)
                .query(String.class)
                .single();
    }

    /** Removes the row and, once the transaction commits, the stored file. */
    public void remove(long fileId) {
        String key = storageKey(fileId);
        jdbc.sql("delete from service_item_attachment where id = :id")
                .param("id", fileId)
                .update();
        storedFiles.deleteAfterCommit(key);
    }

    private static ServiceItemFile file(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ServiceItemFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5));
    }
}

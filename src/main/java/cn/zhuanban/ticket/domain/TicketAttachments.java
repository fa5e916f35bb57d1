package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.files.StoredFile;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import cn.zhuanban.ticket.TicketFile;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attachments of a ticket, stored through {@link StoredFiles} and listed on the ticket page. */
@Component
public class TicketAttachments {

    public static final int MAX_FILES = 9;

    /** An attachment as the ticket page lists it. */
    public record Attachment(
            long id, long ticketId, String storageKey, String originalName, String contentType, long size) {}

    private final JdbcClient jdbc;
    private final StoredFiles storedFiles;

    TicketAttachments(JdbcClient jdbc, StoredFiles storedFiles) {
        this.jdbc = jdbc;
        this.storedFiles = storedFiles;
    }

    /** Refuses the whole set if one file is too big, of a type not allowed, or there are too many. */
    public static void check(List<TicketFile> files) {
        StoredFiles.check(uploaded(files), MAX_FILES);
    }

    public void attach(long ticketId, List<TicketFile> files, long uploadedBy, Instant now) {
        for (StoredFile f : storedFiles.store(uploaded(files), MAX_FILES)) {
            jdbc.sql("""
                            insert into ticket_attachment (ticket_id, storage_key, original_name, content_type, size_bytes,
                                                           uploaded_by, uploaded_at)
                            values (:ticket, :key, :name, :type, :size, :by, :at)""")
                    .param("ticket", ticketId)
                    .param("key", f.storageKey())
                    .param("name", f.originalName())
                    .param("type", f.contentType())
                    .param("size", f.size())
                    .param("by", uploadedBy)
                    .param("at", Timestamp.from(now))
                    .update();
        }
    }

    public List<Attachment> of(long ticketId) {
        return jdbc.sql("select id, ticket_id, storage_key, original_name, content_type, size_bytes"
                        + " from ticket_attachment where ticket_id = :id order by id")
                .param("id", ticketId)
                .query((rs, n) -> new Attachment(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)))
                .list();
    }

    public Optional<Attachment> find(long ticketId, long attachmentId) {
        return of(ticketId).stream().filter(a -> a.id() == attachmentId).findFirst();
    }

    private static List<UploadedFile> uploaded(List<TicketFile> files) {
        return files.stream()
                .map(f -> new UploadedFile(f.originalName(), f.content()))
                .toList();
    }
}

package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.ticket.TicketFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachments of a ticket: checked all before any is stored (count, size, type by content), then
 * written to the store; if the transaction rolls back, the files written are deleted again, so a
 * refused report leaves nothing behind.
 */
@Component
public class TicketAttachments {

    public static final int MAX_FILES = 9;

    /** An attachment as the ticket page lists it. */
    public record Attachment(
            long id, long ticketId, String storageKey, String originalName, String contentType, long size) {}

    private final JdbcClient jdbc;
    private final AttachmentStore store;

    TicketAttachments(JdbcClient jdbc, AttachmentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Refuses the whole set if one file is too big, of a type not allowed, or there are too many. */
    public static List<String> check(List<TicketFile> files) {
        if (files.size() > MAX_FILES) {
            throw new BusinessException(ErrorCode.TICKET_FILE_REFUSED, "files", "", reason("too-many"));
        }
        List<String> types = new ArrayList<>();
        for (TicketFile f : files) {
            if (f.content().length > FileTypes.MAX_BYTES) {
                throw new BusinessException(
                        ErrorCode.TICKET_FILE_REFUSED, "files", f.originalName(), reason("too-big"));
            }
            types.add(FileTypes.detect(f.content())
                    .orElseThrow(() -> new BusinessException(
                            ErrorCode.TICKET_FILE_REFUSED, "files", f.originalName(), reason("type"))));
        }
        return types;
    }

    public void attach(long ticketId, List<TicketFile> files, long uploadedBy, Instant now) {
        List<String> types = check(files);
        List<String> written = new ArrayList<>();
        deleteOnRollback(written);
        for (int i = 0; i < files.size(); i++) {
            TicketFile f = files.get(i);
            String key = put(f.content());
            written.add(key);
            jdbc.sql("""
                            insert into ticket_attachment (ticket_id, storage_key, original_name, content_type, size_bytes,
                                                           uploaded_by, uploaded_at)
                            values (:ticket, :key, :name, :type, :size, :by, :at)""")
                    .param("ticket", ticketId)
                    .param("key", key)
                    .param("name", safeName(f.originalName()))
                    .param("type", types.get(i))
                    .param("size", f.content().length)
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

    private String put(byte[] content) {
        try {
            return store.put(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteOnRollback(List<String> written) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    written.forEach(store::delete);
                }
            }
        });
    }

    private static Object reason(String key) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("ticket.file." + key);
    }

    private static String safeName(String name) {
        String base = name == null ? "file" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}

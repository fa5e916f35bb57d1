package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.files.StoredFile;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import cn.zhuanban.ticket.TicketFile;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachments of a ticket, stored through {@link StoredFiles} and listed on the ticket page. A resolve form that was
 * refused keeps its files as pending ones of the user who chose them: not the ticket's yet (neither listed nor served),
 * attached when his resolution is taken, purged after a day otherwise ({@link PendingEvidencePurge}).
 */
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
        store(ticketId, files, MAX_FILES, false, uploadedBy, now);
    }

    /**
     * Keeps the files of a refused resolve form as the user's pending ones on the ticket, within the limits of one
     * form together with those he has pending there already; refused as a whole (nothing kept) otherwise.
     */
    public void keepPending(long ticketId, List<TicketFile> files, long userId, Instant now) {
        int room = MAX_FILES - pending(ticketId, userId).size();
        if (files.size() > room) {
            throw tooMany();
        }
        store(ticketId, files, room, true, userId, now);
    }

    /** The user's pending files on the ticket, oldest first. */
    public List<Attachment> pending(long ticketId, long userId) {
        return jdbc.sql("select id, ticket_id, storage_key, original_name, content_type, size_bytes"
                        + " from ticket_attachment where ticket_id = :id and uploaded_by = :user and pending = true"
                        + " order by id")
                .param("id", ticketId)
                .param("user", userId)
                .query(TicketAttachments::attachment)
                .list();
    }

    /**
     * Attaches those of the user's pending files on the ticket that the form kept ({@code kept}, ids as posted: only
     * his own pending ones there count); refused, as too many for one form, when they and the {@code added} files
     * are more than {@link #MAX_FILES}. A refusal rolls the transaction back.
     */
    public void attachPending(long ticketId, long userId, Collection<Long> kept, int added, Instant now) {
        if (kept.isEmpty()) {
            return;
        }
        int attached = jdbc.sql("""
                        update ticket_attachment set pending = false, uploaded_at = :at
                        where ticket_id = :id and uploaded_by = :user and pending = true and id in (:kept)""")
                .param("at", Timestamp.from(now))
                .param("id", ticketId)
                .param("user", userId)
                .param("kept", List.copyOf(kept))
                .update();
        if (attached + added > MAX_FILES) {
            throw tooMany();
        }
    }

    /**
     * Removes one of the user's pending files on the ticket; returns it as it was (its name for the audit log), empty
     * when it is no such file (anymore).
     */
    public Optional<Attachment> dropPending(long ticketId, long fileId, long userId) {
        Optional<Attachment> file = jdbc.sql("""
                        select id, ticket_id, storage_key, original_name, content_type, size_bytes from ticket_attachment
                        where id = :file and ticket_id = :id and uploaded_by = :user and pending = true""")
                .param("file", fileId)
                .param("id", ticketId)
                .param("user", userId)
                .query(TicketAttachments::attachment)
                .optional();
        file.ifPresent(f -> {
            jdbc.sql("delete from ticket_attachment where id = :file")
                    .param("file", fileId)
                    .update();
            storedFiles.deleteAfterCommit(f.storageKey());
        });
        return file;
    }

    /** What a purge removed: how many files, of which tickets (ascending). */
    public record Purged(int files, List<Long> ticketIds) {}

    /** Removes the files left pending since before {@code before}, with their stored content. */
    public Purged purgePending(Instant before) {
        List<Attachment> files = jdbc.sql("""
                        select id, ticket_id, storage_key, original_name, content_type, size_bytes from ticket_attachment
                        where pending = true and uploaded_at < :before""")
                .param("before", Timestamp.from(before))
                .query(TicketAttachments::attachment)
                .list();
        if (files.isEmpty()) {
            return new Purged(0, List.of());
        }
        List<String> keys = files.stream().map(Attachment::storageKey).toList();
        jdbc.sql("delete from ticket_attachment where pending = true and storage_key in (:keys)")
                .param("keys", keys)
                .update();
        keys.forEach(storedFiles::deleteAfterCommit);
        return new Purged(
                files.size(),
                files.stream().map(Attachment::ticketId).distinct().sorted().toList());
    }

    private void store(long ticketId, List<TicketFile> files, int max, boolean pending, long by, Instant now) {
        for (StoredFile f : storedFiles.store(uploaded(files), max)) {
            jdbc.sql("""
                            insert into ticket_attachment (ticket_id, storage_key, original_name, content_type, size_bytes,
                                                           uploaded_by, uploaded_at, pending)
                            values (:ticket, :key, :name, :type, :size, :by, :at, :pending)""")
                    .param("ticket", ticketId)
                    .param("key", f.storageKey())
                    .param("name", f.originalName())
                    .param("type", f.contentType())
                    .param("size", f.size())
                    .param("by", by)
                    .param("at", Timestamp.from(now))
                    .param("pending", pending)
                    .update();
        }
    }

    public List<Attachment> of(long ticketId) {
        return jdbc.sql("select id, ticket_id, storage_key, original_name, content_type, size_bytes"
                        + " from ticket_attachment where ticket_id = :id and pending = false order by id")
                .param("id", ticketId)
                .query(TicketAttachments::attachment)
                .list();
    }

    private static Attachment attachment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attachment(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6));
    }

    private static BusinessException tooMany() {
        return new BusinessException(
                ErrorCode.FILE_REFUSED,
                "files",
                "",
                new DefaultMessageSourceResolvable(new String[] {"file.too-many"}, new Object[] {MAX_FILES}));
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

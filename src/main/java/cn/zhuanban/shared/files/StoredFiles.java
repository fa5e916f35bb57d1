package cn.zhuanban.shared.files;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one upload path of every module: a set of files is checked as a whole (count, size, type
 * by content) before any is written, then written to the store; if the surrounding transaction
 * rolls back, the files written are deleted again, so a refused save leaves nothing behind.
 */
@Component
public class StoredFiles {

    private final FileStore store;

    StoredFiles(FileStore store) {
        this.store = store;
    }

    /** Refuses the whole set if one file is too big, of a type not allowed, or there are too many. */
    public static List<String> check(List<UploadedFile> files, int maxFiles) {
        return check(files, maxFiles, "file.type");
    }

    private static List<String> check(List<UploadedFile> files, int maxFiles, String unknownType) {
        if (files.size() > maxFiles) {
            throw refused(
                    "", new DefaultMessageSourceResolvable(new String[] {"file.too-many"}, new Object[] {maxFiles}));
        }
        List<String> types = new ArrayList<>();
        for (UploadedFile f : files) {
            if (f.content().length > FileTypes.MAX_BYTES) {
                throw refused(f.originalName(), new DefaultMessageSourceResolvable("file.too-big"));
            }
            types.add(FileTypes.detect(f.content())
                    .orElseThrow(() -> refused(f.originalName(), new DefaultMessageSourceResolvable(unknownType))));
        }
        return types;
    }

    /**
     * The same for site photos, which must be images: anything else (a PDF with scripts, say) would open inline from
     * the application's own address. Refused with a message that names images only, also for a file of no known
     * type (text renamed a.jpg), which the general message would wrongly invite to be sent as a PDF or Word file.
     */
    public static List<String> checkImages(List<UploadedFile> files, int maxFiles) {
        List<String> types = check(files, maxFiles, "file.type.image");
        for (int i = 0; i < types.size(); i++) {
            if (!types.get(i).startsWith("image/")) {
                throw refused(files.get(i).originalName(), new DefaultMessageSourceResolvable("file.type.image"));
            }
        }
        return types;
    }

    /** Checks, then writes all files; within a transaction they are removed again on rollback. */
    public List<StoredFile> store(List<UploadedFile> files, int maxFiles) {
        List<String> types = check(files, maxFiles);
        List<String> written = new ArrayList<>();
        deleteOnRollback(written);
        List<StoredFile> stored = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            UploadedFile f = files.get(i);
            String key = put(f.content());
            written.add(key);
            stored.add(new StoredFile(
                    key, namedAsDetected(safeName(f.originalName()), types.get(i)), types.get(i), f.content().length));
        }
        return stored;
    }

    /**
     * Removes a stored file once the surrounding transaction has committed (the row that named it is gone
     * for good then); a rolled-back removal keeps the file. Outside a transaction it goes at once.
     */
    public void deleteAfterCommit(String storageKey) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            store.delete(storageKey);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.delete(storageKey);
            }
        });
    }

    public InputStream open(String storageKey) throws IOException {
        return store.open(storageKey);
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

    private static BusinessException refused(String name, Object reason) {
        return new BusinessException(ErrorCode.FILE_REFUSED, "files", name, reason);
    }

    /**
     * The name with the extension of the type its content was detected as (a.html holding a PDF is stored as a.pdf),
     * the base name kept: a download offers the file under this name, and an extension that lies about the content
     * would make the reader's machine open it with the wrong program. A matching extension (any case, .jpeg for a
     * JPEG) stays as it was.
     */
    static String namedAsDetected(String name, String type) {
        String extension = FileTypes.extensionOf(type);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String given = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (given.equals(extension) || (extension.equals("jpg") && given.equals("jpeg"))) {
            return name;
        }
        return base + "." + extension;
    }

    /** The uploaded name without path separators or control characters, at most 200 characters. */
    static String safeName(String name) {
        String base = name == null ? "file" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}

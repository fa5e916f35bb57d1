package cn.zhuanban.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in the database (table {@code file_content}), named by random keys: several nodes share one database, and a
 * file one node wrote (an import's upload, a generated report) must open on the node that reads it; in a node's own
 * data directory it did not. A file is written in the caller's transaction, so a rolled-back upload leaves nothing.
 * Files stored by earlier releases under {@code ${zhuanban.data-dir}/files} are still read and deleted there.
 */
@Component
class DatabaseFileStore implements FileStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FileSystemFileStore earlier;
    private final TransactionTemplate ownTransaction;

    DatabaseFileStore(
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${zhuanban.data-dir}") String dataDir) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.earlier = new FileSystemFileStore(dataDir);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String put(byte[] content) {
        String key = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("insert into file_content (storage_key, content, created_at) values (:key, :content, :at)")
                .param("key", key)
                .param("content", content)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        byte[] content = jdbc.sql("select content from file_content where storage_key = :key")
                .param("key", FileSystemFileStore.checked(key))
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElse(null);
        return content != null ? new ByteArrayInputStream(content) : earlier.open(key);
    }

    /**
     * In a transaction of its own: a delete runs after the caller's transaction committed (the row that named the file
     * is gone for good), when that transaction can no longer take a write.
     */
    @Override
    public void delete(String key) {
        String checked = FileSystemFileStore.checked(key);
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from file_content where storage_key = :key")
                .param("key", checked)
                .update());
        earlier.delete(key);
    }
}

package cn.zhuanban.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files are kept in the database, which every node of a cluster shares: what one node stored opens on any other (a
 * node's own data directory held them, and an import uploaded on one node failed on the node that ran it). A file
 * stored in a transaction that rolls back is gone with it; files of earlier releases still open from the data
 * directory.
 */
@IntegrationTest
class DatabaseFileStoreTests {

    @Autowired
    FileStore store;

    @Autowired
    PlatformTransactionManager transactions;

    @Value("${zhuanban.data-dir}")
    String dataDir;

    @Test
    void aStoredFileOpensFromTheDatabaseAndIsGoneOnceDeleted() throws IOException {
        String key = store.put("现场照片".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.exists(new FileSystemFileStore(dataDir).path(key))).isFalse();
        assertThat(read(key)).isEqualTo("现场照片");

        store.delete(key);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileStoredInATransactionThatRollsBackIsNotKept() {
        String[] key = new String[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                key[0] = store.put(new byte[] {1, 2, 3});
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });

        assertThatThrownBy(() -> store.open(key[0])).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileOfAnEarlierReleaseStillOpensFromTheDataDirectory() throws IOException {
        FileSystemFileStore earlier = new FileSystemFileStore(dataDir);
        String key = earlier.put("旧版本的附件".getBytes(StandardCharsets.UTF_8));
        Path file = earlier.path(key);

        assertThat(read(key)).isEqualTo("旧版本的附件");
        store.delete(key);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aKeyThatIsNoStorageKeyIsRefusedBeforeAnyLookup() {
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private String read(String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

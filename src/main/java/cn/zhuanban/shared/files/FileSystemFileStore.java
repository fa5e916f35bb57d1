package cn.zhuanban.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files under {@code ${zhuanban.data-dir}/files}, named by random keys (never by the uploaded
 * name, which could hold a path), spread over sub-folders by the key's first two characters. Where releases before
 * {@link DatabaseFileStore} kept them; that store still reads and deletes them here.
 */
class FileSystemFileStore implements FileStore {

    private final Path root;

    FileSystemFileStore(String dataDir) {
        this.root = Path.of(dataDir, "files").toAbsolutePath().normalize();
    }

    @Override
    public String put(byte[] content) throws IOException {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path file = path(key);
        Files.createDirectories(file.getParent());
        Files.write(file, content, StandardOpenOption.CREATE_NEW);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Path path(String key) {
        String checked = checked(key);
        return root.resolve(checked.substring(0, 2)).resolve(checked);
    }

    /** A key as the stores make them: anything else (a path, a name) is refused before it reaches a file or a query. */
    static String checked(String key) {
        if (key == null || !key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return key;
    }
}

package cn.zhuanban.shared.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded and generated files live (the database, see {@link DatabaseFileStore}), behind this port so that an
 * object store can replace it without touching any module.
 */
public interface FileStore {

    /** Stores the bytes under a new key and returns the key. */
    String put(byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key);
}

package cn.zhuanban.shared.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live: outside the database, behind this port so that an object store can
 * replace the file system without touching any module.
 */
public interface FileStore {

    /** Stores the bytes under a new key and returns the key. */
    String put(byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key);
}

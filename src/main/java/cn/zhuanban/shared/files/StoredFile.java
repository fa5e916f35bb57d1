package cn.zhuanban.shared.files;

/** A file written to the {@link FileStore}: the module keeps these columns beside its own row. */
public record StoredFile(String storageKey, String originalName, String contentType, long size) {}

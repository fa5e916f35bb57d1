package cn.zhuanban.shared.files;

/** A photo or document as uploaded; its type is judged by content, never by this name. */
public record UploadedFile(String originalName, byte[] content) {}

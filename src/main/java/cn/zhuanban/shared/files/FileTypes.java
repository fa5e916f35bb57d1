package cn.zhuanban.shared.files;

import java.io.IOException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The allow-list of attachment types, recognised by their content (magic bytes), never by the
 * file name: JPEG, PNG, GIF, WebP, PDF, and Word / Excel documents (zip packages holding
 * {@code word/} or {@code xl/} parts).
 *
 * <p>Nothing is inflated to judge a type: a package's type comes from the entry names of its central directory. Walking
 * the entries as a stream inflated every entry before the first {@code word/} or {@code xl/} one, so a 1 MB upload
 * whose first entry unpacked to 1 GiB of zeros cost seconds of CPU on every upload path.
 */
public final class FileTypes {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private FileTypes() {}

    public static Optional<String> detect(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return Optional.of("image/gif");
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && Arrays.equals(b, 8, 12, "WEBP".getBytes(), 0, 4)) {
            return Optional.of("image/webp");
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(b, 'P', 'K', 0x03, 0x04)) {
            return office(b);
        }
        return Optional.empty();
    }

    /**
     * The type of a zip package by the first entry in its central directory under {@code word/} or {@code xl/}. Only
     * the directory is read (commons-compress, which POI brings and reads packages with); local headers and entry data
     * are never touched, so the cost is bounded by the upload's size whatever its entries unpack to.
     */
    private static Optional<String> office(byte[] b) {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(b))
                .setIgnoreLocalFileHeader(true)
                .get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith("word/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }
                if (name.startsWith("xl/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not a zip package, or a damaged one: no allowed type.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The file name extension of a detected type, without the dot: what a stored file is named with. */
    public static String extensionOf(String type) {
        return switch (type) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "xlsx";
            default -> throw new IllegalArgumentException("not an allowed type: " + type);
        };
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

package cn.zhuanban.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A photo or document as uploaded; its type is judged by content, never by this name. */
public record UploadedFile(String originalName, byte[] content) {

    /** The files of a form or API request; empty parts (a file input left empty) are skipped. */
    public static List<UploadedFile> of(List<MultipartFile> parts) {
        List<UploadedFile> uploads = new ArrayList<>();
        if (parts != null) {
            for (MultipartFile f : parts) {
                if (!f.isEmpty()) {
                    uploads.add(new UploadedFile(f.getOriginalFilename(), bytes(f)));
                }
            }
        }
        return uploads;
    }

    /** The container already holds the part; failing to read it is a server fault, not bad input. */
    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.zhuanban.ticket.web;

import cn.zhuanban.ticket.TicketFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The files of a report form or API request; empty parts (no file chosen) are skipped. */
final class TicketUploads {

    private TicketUploads() {}

    static List<TicketFile> of(List<MultipartFile> files) {
        List<TicketFile> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    uploads.add(new TicketFile(f.getOriginalFilename(), bytes(f)));
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

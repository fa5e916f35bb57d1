package cn.zhuanban.ticket.web;

import cn.zhuanban.shared.files.UploadedFile;
import cn.zhuanban.ticket.TicketFile;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The files of a report form or API request; empty parts (no file chosen) are skipped. */
final class TicketUploads {

    private TicketUploads() {}

    static List<TicketFile> of(List<MultipartFile> files) {
        return UploadedFile.of(files).stream()
                .map(f -> new TicketFile(f.originalName(), f.content()))
                .toList();
    }
}

package cn.zhuanban.dashboard.reports;

import java.time.Instant;
import java.time.LocalDate;

/** A requested report as the list shows it: queued, running (with its progress), done with its file, or failed. */
public record ReportJob(
        long id,
        ReportKind kind,
        ReportFormat format,
        LocalDate asOf,
        String status,
        int progress,
        String fileName,
        Long size,
        String error,
        Instant createdAt,
        Instant finishedAt) {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public boolean finished() {
        return DONE.equals(status) || FAILED.equals(status);
    }
}

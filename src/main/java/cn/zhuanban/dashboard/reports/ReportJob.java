package cn.zhuanban.dashboard.reports;

import cn.zhuanban.shared.JobStatus;
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

    public boolean finished() {
        return JobStatus.finished(status);
    }
}

package cn.zhuanban.imports;

import cn.zhuanban.shared.JobStatus;
import java.time.Instant;

/**
 * An uploaded import as its page shows it: queued, running with the rows done so far, done with the number of rows
 * imported (and the rows worth a check, {@code warnings}), or failed with its bad rows ({@code problems}) or, when the
 * import itself broke, the message key {@code error}.
 */
public record ImportJob(
        long id,
        String kind,
        String fileName,
        String status,
        int rowsTotal,
        int rowsDone,
        Integer imported,
        String error,
        int problems,
        int warnings,
        Instant createdAt,
        Instant finishedAt) {

    public boolean finished() {
        return JobStatus.finished(status);
    }

    public int percent() {
        return rowsTotal == 0 ? 100 : (int) Math.min(100, rowsDone * 100L / rowsTotal);
    }
}

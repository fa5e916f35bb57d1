package cn.zhuanban.audit;

import java.time.Instant;

/** One background check of the hash chain, as its progress page shows it. */
public record VerificationRun(
        long id,
        String startedBy,
        Instant startedAt,
        Status status,
        long total,
        long checked,
        Long firstBrokenId,
        Instant finishedAt) {

    public enum Status {
        RUNNING,
        INTACT,
        BROKEN,
        /** The check failed, or the node running it stopped before it finished. */
        FAILED
    }

    public boolean finished() {
        return status != Status.RUNNING;
    }

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, checked * 100 / total);
    }
}

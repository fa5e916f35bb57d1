package cn.zhuanban.shared;

/**
 * Where a background job (a generated report, an import) stands, as its row stores it: QUEUED until a node claims it,
 * RUNNING on that node, then DONE or FAILED.
 */
public final class JobStatus {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    private JobStatus() {}

    public static boolean finished(String status) {
        return DONE.equals(status) || FAILED.equals(status);
    }
}

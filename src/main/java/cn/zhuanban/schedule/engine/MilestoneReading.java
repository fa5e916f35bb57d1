package cn.zhuanban.schedule.engine;

/**
 * Milestone display. A milestone sits at the end of the day on which its driver finishes (domain §4), but that point
 * is also the start of the next working day, and that is where it is shown when a start drives it: a kick-off
 * milestone shows on the project start, not on the working day before. The reading follows P6's arithmetic on times
 * of day: a start is at the start of a day and a finish at its end; a positive lag ends at the end of a day, a
 * negative one at the start of one; SS without lag moves to the next start. When drivers tie, the start reading wins,
 * as 08:00 Monday is later than 17:00 Friday for P6. The forward pass reads each milestone as it schedules it: its
 * predecessors' readings are final by then.
 */
final class MilestoneReading {

    private MilestoneReading() {}

    /** For milestone {@code i} at {@code point}, during the forward pass of {@code passes}. */
    static boolean drivenByAStart(CpmPasses passes, int i, int point) {
        LinkGraph links = passes.links;
        TaskTable tasks = passes.tasks;
        int[] times = passes.times;
        boolean linkDrives = false;
        int[] data = links.data;
        for (int k = LinkGraph.STRIDE * links.inStart[i], end = LinkGraph.STRIDE * links.inStart[i + 1];
                k < end;
                k += LinkGraph.STRIDE) {
            if (times[data[k + LinkGraph.SELECTOR] & LinkGraph.POINT] + data[k + LinkGraph.OFFSET] == point) {
                if (candidateAtStartOfDay(passes, k)) {
                    return true;
                }
                linkDrives = true;
            }
        }
        if (tasks.constraintType(i) == TaskTable.SNET && point == tasks.constraintPoint(i)) {
            return true;
        }
        // The project start (or data date) drives only when no link reaches the point: it is a floor, not a driver.
        return !linkDrives && point == passes.plan().plannedFloor();
    }

    /** For a milestone successor the offset is the lag itself (its duration is 0). */
    private static boolean candidateAtStartOfDay(CpmPasses passes, int k) {
        LinkGraph links = passes.links;
        int lag = links.data[k + LinkGraph.OFFSET];
        if (lag != 0) {
            return lag < 0;
        }
        int p = links.predecessor(k);
        boolean milestone = passes.tasks.isMilestone(p);
        boolean[] startOfDay = passes.startOfDay;
        return switch (links.type(k)) {
            case 1 -> true; // SS: the next start
            case 3 -> !milestone || startOfDay[p]; // SF: the predecessor's start
            default -> milestone && startOfDay[p]; // FS, FF: the predecessor's finish
        };
    }
}

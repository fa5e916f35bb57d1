package cn.zhuanban.schedule.engine;

/**
 * Links in compressed sparse row form, grouped by successor: the links of task {@code s} are
 * {@code inStart[s]..inStart[s + 1]}. The forward pass pulls from predecessors along them and the
 * backward pass pushes to predecessors along them, so one grouping (one counting sort) serves both passes.
 *
 * <p>Each link is {@link #STRIDE} ints side by side in {@link #data} (selector, offset, back offset): grouping a link
 * writes one cache line instead of three, and a pass following a link reads one. Every link type is folded into a
 * selector and two offsets, making both passes the same branch-free loop. The selector, less its {@link #FINISH_BOUND}
 * bit, is the index of the predecessor's point that the link reads in {@link CpmPasses#times} (its start for SS and
 * SF, its finish for FS and FF); the two bits together give the link type back for the few decisions that are not a
 * max or min (milestone display). For predecessor p, successor s, lag L and durations d(p), d(s):
 *
 * <ul>
 *   <li>forward, {@code start(s) ≥ times[selector] + offset}: FS, SS: L; FF, SF: L − d(s).
 *   <li>backward, {@code finish(p) ≤ lateStart(s) + backOffset}: FS: −L; SS: d(p) − L; FF: d(s) − L;
 *       SF: d(s) + d(p) − L.
 * </ul>
 */
final class LinkGraph {

    /** Offset meaning "no bound" in the backward pass; far from int overflow even after adding lags. */
    static final int UNBOUNDED = 1 << 29;

    static final int STRIDE = 3;
    static final int SELECTOR = 0;
    static final int OFFSET = 1;
    static final int BACK_OFFSET = 2;
    /**
     * Selector bit set for FF and SF, whose lag bounds the successor's finish. Bit 1 is free: a selector points at a
     * start or finish slot (0 or 1) of the predecessor's four; {@code selector & POINT} is the index to read.
     */
    static final int FINISH_BOUND = 2;

    static final int POINT = ~FINISH_BOUND;

    /** Length tasks + 2; only the first tasks + 1 entries are meaningful (see {@link #build}). */
    final int[] inStart;

    final int[] data;

    private LinkGraph(int[] inStart, int[] data) {
        this.inStart = inStart;
        this.data = data;
    }

    /**
     * Groups the links by successor with a counting sort, O(tasks + links) and stable (each task's links keep request
     * order, so results do not depend on hashing). The loop is branch-free: link types are random in real plans, and a
     * mispredicted branch per link costs more than the two loads it would save.
     */
    static LinkGraph build(TaskTable tasks, LinkList links) {
        int[] start = new int[tasks.size + 2];
        // Counted at s + 2 and placed at s + 1: after placing, inStart[s + 1] has moved on to the end of s, which is
        // where s + 1 begins, so no second cursor array is needed.
        for (int s : links.to()) {
            start[s + 2]++;
        }
        return place(tasks, links, null, start);
    }

    /**
     * The same, counting each task's successors into {@code successors} (zeros on entry) in the same sweep over the
     * links, for {@link TopologicalSort}: one sweep instead of two.
     */
    static LinkGraph build(TaskTable tasks, LinkList links, int[] successors) {
        int[] start = new int[tasks.size + 2];
        int[] from = links.from();
        int[] to = links.to();
        for (int k = 0; k < to.length; k++) {
            start[to[k] + 2]++;
            successors[from[k]]++;
        }
        return place(tasks, links, null, start);
    }

    /**
     * The same, built directly in another numbering: {@code position} maps input numbers to the passes' numbers.
     * {@code tasks} is in input numbering; {@code inputStart} is a grouping of the same links by successor in input
     * numbering (as {@link #inStart}), whose counts are reused instead of counting the links again.
     */
    static LinkGraph build(TaskTable tasks, LinkList links, int[] position, int[] inputStart) {
        int n = tasks.size;
        int[] start = new int[n + 2];
        for (int i = 0; i < n; i++) {
            start[position[i] + 2] = inputStart[i + 1] - inputStart[i];
        }
        return place(tasks, links, position, start);
    }

    /** Places the links, counted per successor at {@code start[s + 2]}, with {@code position} or input numbers. */
    private static LinkGraph place(TaskTable tasks, LinkList links, int[] position, int[] start) {
        int[] from = links.from();
        int[] to = links.to();
        int m = from.length;
        for (int i = 2; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int[] data = new int[STRIDE * m];
        byte[] type = links.type();
        int[] lag = links.lag();
        int[] duration = tasks.duration;
        byte[] state = tasks.state;
        for (int k = 0; k < m; k++) {
            int p = from[k];
            int s = to[k];
            int t = type[k];
            int fromStart = t & 1; // SS (1) and SF (3) read or bound the predecessor's start
            int successorDuration = duration[s] & -(t >> 1); // FF (2) and SF (3) bound the successor's finish
            int l = lag[k];
            int slot = STRIDE * start[(position == null ? s : position[s]) + 1]++;
            data[slot + SELECTOR] = 4 * (position == null ? p : position[p])
                    + (fromStart == 0 ? CpmPasses.FINISH : CpmPasses.START)
                    + (t & FINISH_BOUND);
            data[slot + OFFSET] = l - successorDuration;
            // A started predecessor's start is a fact: links on its start no longer bound it.
            boolean startIsFact = fromStart != 0 & state[p] != TaskTable.PLANNED;
            int back = successorDuration - l + (duration[p] & -fromStart);
            data[slot + BACK_OFFSET] = startIsFact ? UNBOUNDED : back;
        }
        return new LinkGraph(start, data);
    }

    /** Predecessor of the link whose ints start at {@code k} (a multiple of {@link #STRIDE}). */
    int predecessor(int k) {
        return data[k + SELECTOR] >> 2;
    }

    /** {@link LinkType} ordinal of the link whose ints start at {@code k}. */
    int type(int k) {
        int selector = data[k + SELECTOR];
        return (selector & CpmPasses.FINISH) ^ 1 | selector & FINISH_BOUND;
    }
}

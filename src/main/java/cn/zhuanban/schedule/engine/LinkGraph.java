package cn.zhuanban.schedule.engine;

/**
 * Links in compressed sparse row form, grouped by successor: the slots of task {@code s} are
 * {@code inStart[s]..inStart[s + 1]}. The forward pass pulls from predecessors along them and the backward pass pushes
 * to predecessors along them, so one grouping (one counting sort) serves both passes and the topological sort.
 *
 * <p>Every link type is folded into a selector and two offsets, making both passes the same branch-free loop. The
 * selector is the index of the predecessor's point that the link reads in {@link CpmPasses#times} (its start for SS
 * and SF, its finish for FS and FF). For predecessor p, successor s, lag L and durations d(p), d(s):
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

    final int[] inStart;
    final int[] inSelector;
    final int[] inOffset;
    final int[] inBackOffset;
    /** LinkType ordinal, for the few decisions that are not a max or min (milestone display). */
    final byte[] inType;
    /** Successor count per task, for the topological sort. */
    final int[] outDegree;

    private LinkGraph(int tasks, int links) {
        inStart = new int[tasks + 1];
        inSelector = new int[links];
        inOffset = new int[links];
        inBackOffset = new int[links];
        inType = new byte[links];
        outDegree = new int[tasks];
    }

    /** Groups the links with a counting sort: O(tasks + links), stable, so results do not depend on hashing. */
    static LinkGraph build(TaskTable tasks, int[] from, int[] to, byte[] type, int[] lag) {
        LinkGraph graph = new LinkGraph(tasks.size, from.length);
        int[] start = graph.inStart;
        for (int k = 0; k < from.length; k++) {
            start[to[k] + 1]++;
            graph.outDegree[from[k]]++;
        }
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int[] next = new int[tasks.size];
        System.arraycopy(start, 0, next, 0, tasks.size);
        for (int k = 0; k < from.length; k++) {
            graph.place(next[to[k]]++, tasks, from[k], to[k], type[k], lag[k]);
        }
        return graph;
    }

    /**
     * The same links for tasks renumbered by {@code order} (new number to old) and {@code position} (old to new).
     * Each task's slots keep their order, so the passes see the links exactly as before; only memory order changes.
     */
    LinkGraph permuted(int[] order, int[] position) {
        int n = order.length;
        LinkGraph graph = new LinkGraph(n, inSelector.length);
        int slot = 0;
        for (int j = 0; j < n; j++) {
            int i = order[j];
            graph.inStart[j] = slot;
            graph.outDegree[j] = outDegree[i];
            for (int k = inStart[i], end = inStart[i + 1]; k < end; k++, slot++) {
                int selector = inSelector[k];
                graph.inSelector[slot] = 4 * position[selector >> 2] + (selector & 3);
                graph.inOffset[slot] = inOffset[k];
                graph.inBackOffset[slot] = inBackOffset[k];
                graph.inType[slot] = inType[k];
            }
        }
        graph.inStart[n] = slot;
        return graph;
    }

    static int predecessorOf(int selector) {
        return selector >> 2;
    }

    int predecessor(int slot) {
        return inSelector[slot] >> 2;
    }

    private void place(int slot, TaskTable tasks, int p, int s, byte type, int lag) {
        boolean fromStart = type == 1 || type == 3; // SS, SF read or bound the predecessor's start
        boolean toFinish = type == 2 || type == 3; // FF, SF bound the successor's finish
        int successorDuration = toFinish ? tasks.duration[s] : 0;
        inSelector[slot] = 4 * p + (fromStart ? CpmPasses.START : CpmPasses.FINISH);
        inOffset[slot] = lag - successorDuration;
        // A started predecessor's start is a fact: links on its start no longer bound it.
        boolean startIsFact = fromStart && tasks.state[p] != TaskTable.PLANNED;
        inBackOffset[slot] = startIsFact ? UNBOUNDED : successorDuration - lag + (fromStart ? tasks.duration[p] : 0);
        inType[slot] = type;
    }
}

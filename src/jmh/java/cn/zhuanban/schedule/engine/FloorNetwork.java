package cn.zhuanban.schedule.engine;

/**
 * The floor: a bare FS-only forward and backward sweep over int arrays that are already in topological order, with
 * both adjacency lists prebuilt and no calendar. Every link counts as FS with its lag. Nothing real can beat it.
 */
final class FloorNetwork {

    private final int size;
    private final int[] duration;
    private final int[] predecessorStart;
    private final int[] predecessor;
    private final int[] predecessorLag;
    private final int[] successorStart;
    private final int[] successor;
    private final int[] successorLag;

    private FloorNetwork(int size, int links) {
        this.size = size;
        duration = new int[size];
        predecessorStart = new int[size + 1];
        predecessor = new int[links];
        predecessorLag = new int[links];
        successorStart = new int[size + 1];
        successor = new int[links];
        successorLag = new int[links];
    }

    /** Relabels task i as position[i] (a topological position) and groups the links both ways. */
    static FloorNetwork of(int size, int[] duration, int[] from, int[] to, int[] lag, int[] position) {
        FloorNetwork floor = new FloorNetwork(size, from.length);
        for (int i = 0; i < size; i++) {
            floor.duration[position[i]] = duration[i];
        }
        for (int k = 0; k < from.length; k++) {
            floor.predecessorStart[position[to[k]] + 1]++;
            floor.successorStart[position[from[k]] + 1]++;
        }
        for (int i = 0; i < size; i++) {
            floor.predecessorStart[i + 1] += floor.predecessorStart[i];
            floor.successorStart[i + 1] += floor.successorStart[i];
        }
        int[] nextPredecessor = floor.predecessorStart.clone();
        int[] nextSuccessor = floor.successorStart.clone();
        for (int k = 0; k < from.length; k++) {
            int p = position[from[k]];
            int s = position[to[k]];
            floor.predecessor[nextPredecessor[s]] = p;
            floor.predecessorLag[nextPredecessor[s]++] = lag[k];
            floor.successor[nextSuccessor[p]] = s;
            floor.successorLag[nextSuccessor[p]++] = lag[k];
        }
        return floor;
    }

    /** Early start, early finish, late start, late finish (points), freshly allocated like any real result. */
    int[][] sweep() {
        int[] earlyStart = new int[size];
        int[] earlyFinish = new int[size];
        int[] lateStart = new int[size];
        int[] lateFinish = new int[size];
        int finish = 0;
        for (int i = 0; i < size; i++) {
            int start = 0;
            for (int k = predecessorStart[i], end = predecessorStart[i + 1]; k < end; k++) {
                start = Math.max(start, earlyFinish[predecessor[k]] + predecessorLag[k]);
            }
            earlyStart[i] = start;
            earlyFinish[i] = start + duration[i];
            finish = Math.max(finish, earlyFinish[i]);
        }
        for (int i = size - 1; i >= 0; i--) {
            int latest = finish;
            for (int k = successorStart[i], end = successorStart[i + 1]; k < end; k++) {
                latest = Math.min(latest, lateStart[successor[k]] - successorLag[k]);
            }
            lateFinish[i] = latest;
            lateStart[i] = latest - duration[i];
        }
        return new int[][] {earlyStart, earlyFinish, lateStart, lateFinish};
    }
}

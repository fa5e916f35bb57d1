package cn.zhuanban.schedule.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Kahn's algorithm over the CSR arrays, run from the sinks backwards because the links are grouped by successor:
 * O(tasks + links), iterative (no recursion depth limit on long chains) and deterministic, since ready tasks are
 * taken first-in first-out starting from input order.
 */
final class TopologicalSort {

    private TopologicalSort() {}

    /** True when every link goes from an earlier to a later task: input order is topological already. */
    static boolean inputIsSorted(LinkList links) {
        int[] from = links.from();
        int[] to = links.to();
        boolean sorted = true;
        for (int k = 0; k < from.length; k++) {
            sorted &= from[k] < to[k]; // no early exit: a branch-free loop is faster than the exit saves
        }
        return sorted;
    }

    /**
     * Task numbers with every successor before its predecessors, the order Kahn produces them in from the sinks; the
     * forward pass reads it from the end. Uses the predecessors of the grouped links and each task's count of
     * successors (as {@link LinkGraph#build(TaskTable, LinkList, int[])} leaves it), which it counts down to zero.
     * Throws if the links contain a cycle.
     */
    static int[] reverseOrder(TaskTable tasks, LinkGraph links, int[] successors) {
        return kahn(tasks, successors, links.inStart, links.data, LinkGraph.STRIDE, 2);
    }

    /**
     * The same order, from a bare grouping of predecessor numbers (one int per link) built here, whose starts are
     * left in {@code start} (tasks + 2 zeros on entry). On large plans the full graph is better built once, after
     * this sort, directly in the passes' numbering: a quarter of the memory to scatter before the sort, and no copy
     * after it.
     */
    static int[] reverseOrder(TaskTable tasks, LinkList list, int[] start) {
        int[] from = list.from();
        int[] to = list.to();
        // Counted at s + 2, placed at s + 1: see LinkGraph.build. Left for the caller as the grouping's starts.
        int[] successors = new int[tasks.size];
        for (int k = 0; k < to.length; k++) {
            start[to[k] + 2]++;
            successors[from[k]]++;
        }
        for (int i = 2; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int[] predecessor = new int[from.length];
        for (int k = 0; k < from.length; k++) {
            predecessor[start[to[k] + 1]++] = from[k];
        }
        return kahn(tasks, successors, start, predecessor, 1, 0);
    }

    /** Predecessor of link slot k: {@code adjacency[stride * k] >> shift}. */
    private static int[] kahn(
            TaskTable tasks, int[] remainingSuccessors, int[] start, int[] adjacency, int stride, int shift) {
        int n = tasks.size;
        // One slot more than tasks: the inner loop stores unconditionally and only advances the tail when the task is
        // ready, which avoids a hard-to-predict branch per link.
        int[] order = new int[n + 1];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            order[tail] = i;
            tail += remainingSuccessors[i] == 0 ? 1 : 0;
        }
        for (int head = 0; head < tail; head++) {
            int task = order[head];
            for (int k = stride * start[task], end = stride * start[task + 1]; k < end; k += stride) {
                int p = adjacency[k] >> shift;
                int remaining = --remainingSuccessors[p];
                order[tail] = p;
                tail += remaining == 0 ? 1 : 0;
            }
        }
        if (tail < n) {
            throw new ScheduleCycleException(findCycle(tasks, start, adjacency, stride, shift, remainingSuccessors));
        }
        return order;
    }

    /**
     * Every task Kahn could not place still waits for a successor that was not placed either, so walking from one
     * such task to such a successor must revisit a task; the walk from that task on is one cycle, in link order.
     */
    private static List<String> findCycle(
            TaskTable tasks, int[] start, int[] adjacency, int stride, int shift, int[] remainingSuccessors) {
        int[] blockedSuccessor = blockedSuccessors(tasks.size, start, adjacency, stride, shift, remainingSuccessors);
        int[] visitedAt = new int[tasks.size];
        Arrays.fill(visitedAt, -1);
        List<Integer> walk = new ArrayList<>();
        int task = 0;
        while (remainingSuccessors[task] == 0) {
            task++;
        }
        while (visitedAt[task] < 0) {
            visitedAt[task] = walk.size();
            walk.add(task);
            task = blockedSuccessor[task];
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(visitedAt[task], walk.size()));
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        return cycle.stream().map(i -> tasks.keys[i]).toList();
    }

    /** For each blocked task, its first blocked successor (error path only, so no CSR for it). */
    private static int[] blockedSuccessors(
            int n, int[] start, int[] adjacency, int stride, int shift, int[] remainingSuccessors) {
        int[] successor = new int[n];
        Arrays.fill(successor, -1);
        for (int s = 0; s < n; s++) {
            for (int k = start[s]; k < start[s + 1] && remainingSuccessors[s] > 0; k++) {
                int p = adjacency[stride * k] >> shift;
                if (remainingSuccessors[p] > 0 && successor[p] < 0) {
                    successor[p] = s;
                }
            }
        }
        return successor;
    }
}

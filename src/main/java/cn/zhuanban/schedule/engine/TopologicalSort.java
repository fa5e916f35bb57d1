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

    /**
     * Task numbers with every successor before its predecessors, the order Kahn produces them in from the sinks;
     * the forward pass reads it from the end. Throws if the links contain a cycle.
     */
    static int[] reverseOrder(TaskTable tasks, LinkGraph links) {
        return inputIsSorted(tasks.size, links) ? descending(tasks.size) : kahn(tasks, links);
    }

    private static int[] kahn(TaskTable tasks, LinkGraph links) {
        int n = tasks.size;
        int[] remainingSuccessors = links.outDegree.clone();
        int[] order = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (remainingSuccessors[i] == 0) {
                order[tail++] = i;
            }
        }
        int[] selector = links.inSelector;
        for (int head = 0; head < tail; head++) {
            int task = order[head];
            for (int k = links.inStart[task], end = links.inStart[task + 1]; k < end; k++) {
                int predecessor = LinkGraph.predecessorOf(selector[k]);
                if (--remainingSuccessors[predecessor] == 0) {
                    order[tail++] = predecessor;
                }
            }
        }
        if (tail < n) {
            throw new ScheduleCycleException(findCycle(tasks, links, remainingSuccessors));
        }
        return order;
    }

    /**
     * Plans usually list tasks in working order; when every link goes from an earlier to a later task, input order
     * is already topological and one sequential check replaces the sort.
     */
    private static boolean inputIsSorted(int n, LinkGraph links) {
        for (int s = 0; s < n; s++) {
            for (int k = links.inStart[s], end = links.inStart[s + 1]; k < end; k++) {
                if (links.predecessor(k) >= s) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when {@code order} is n − 1, …, 0: the input order was topological already. */
    static boolean isDescending(int[] order) {
        for (int t = 0; t < order.length; t++) {
            if (order[t] != order.length - 1 - t) {
                return false;
            }
        }
        return true;
    }

    static int[] descending(int n) {
        int[] order = new int[n];
        for (int t = 0; t < n; t++) {
            order[t] = n - 1 - t;
        }
        return order;
    }

    /**
     * Every task Kahn could not place still waits for a successor that was not placed either, so walking from one
     * such task to such a successor must revisit a task; the walk from that task on is one cycle, in link order.
     */
    private static List<String> findCycle(TaskTable tasks, LinkGraph links, int[] remainingSuccessors) {
        int[] blockedSuccessor = blockedSuccessors(tasks.size, links, remainingSuccessors);
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
    private static int[] blockedSuccessors(int n, LinkGraph links, int[] remainingSuccessors) {
        int[] successor = new int[n];
        Arrays.fill(successor, -1);
        for (int s = 0; s < n; s++) {
            for (int k = links.inStart[s]; k < links.inStart[s + 1] && remainingSuccessors[s] > 0; k++) {
                int p = links.predecessor(k);
                if (remainingSuccessors[p] > 0 && successor[p] < 0) {
                    successor[p] = s;
                }
            }
        }
        return successor;
    }
}

package cn.zhuanban.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.mpxj.ProjectFile;
import org.mpxj.Task;

/**
 * A plan file's tasks in the plan's row order, for {@link PlanFileReader}. MS Project keeps its rows in order. MPXJ
 * reads an XER file's WBS as a tree it sorts itself, and Primavera keeps a node for the project above the WBS, both of
 * which a round trip must undo.
 *
 * @param tasks every task in row order, each followed by its children, without Primavera's project node
 * @param keyPrefix what the project node puts before the WBS codes below it ("PROJECT."), empty without one
 */
record PlanFileOrder(List<Task> tasks, String keyPrefix) {

    static PlanFileOrder of(ProjectFile project, boolean primavera) {
        if (!primavera) {
            return new PlanFileOrder(project.getTasks(), "");
        }
        Task node = projectNode(project);
        return node == null
                ? new PlanFileOrder(inRowOrder(project.getChildTasks()), "")
                : new PlanFileOrder(inRowOrder(node.getChildTasks()), node.getWBS() + ".");
    }

    /**
     * The node Primavera keeps for the project itself, above the WBS (its code is the project's short name): MPXJ reads
     * it as a summary task, which came back as a stage named after the project holding every other stage. Null when the
     * file has none (a single top WBS node is written as the project node itself, and is a stage of the plan).
     */
    private static Task projectNode(ProjectFile project) {
        List<Task> top = project.getChildTasks();
        String shortName = project.getProjectProperties().getProjectID();
        if (top.size() == 1 && shortName != null && top.getFirst().hasChildTasks()) {
            Task only = top.getFirst();
            return shortName.equals(only.getWBS()) ? only : null;
        }
        return null;
    }

    /**
     * An XER file's tasks in the order of their ids (task and WBS ids, MPXJ's unique ids), each followed by its
     * children: MPXJ sorts a WBS node's activities by activity id and puts them before its sub-nodes, which reordered
     * the plan's rows on every round trip. Our export numbers the rows in order ({@link PlanFileWriter}); P6 numbers
     * them as it creates them. Iterative, as a file may nest deeper than the stack goes.
     */
    private static List<Task> inRowOrder(List<Task> top) {
        Comparator<Task> byId =
                Comparator.comparing(Task::getUniqueID, Comparator.nullsLast(Comparator.naturalOrder()));
        List<Task> ordered = new ArrayList<>();
        Deque<Task> pending = new ArrayDeque<>();
        top.stream().sorted(byId.reversed()).forEach(pending::push);
        while (!pending.isEmpty()) {
            Task t = pending.pop();
            ordered.add(t);
            t.getChildTasks().stream().sorted(byId.reversed()).forEach(pending::push);
        }
        return ordered;
    }
}

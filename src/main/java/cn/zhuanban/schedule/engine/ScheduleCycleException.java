package cn.zhuanban.schedule.engine;

import java.util.List;

/**
 * The dependencies contain a cycle. {@link #cycle()} lists the task keys of one cycle in link order, starting at the
 * task that comes first in the request; each key links to the next and the last links back to the first.
 */
public class ScheduleCycleException extends RuntimeException {

    private final List<String> cycle;

    public ScheduleCycleException(List<String> cycle) {
        super("Dependency cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0));
        this.cycle = List.copyOf(cycle);
    }

    public List<String> cycle() {
        return cycle;
    }
}

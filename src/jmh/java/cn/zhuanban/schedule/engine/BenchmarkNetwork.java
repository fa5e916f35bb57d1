package cn.zhuanban.schedule.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One benchmark network in the three shapes the contestants take: request records (public API and MPXJ), resolved int
 * arrays (engine core) and a topologically sorted FS-only CSR (the floor). Generated from a fixed seed.
 *
 * <p>Random networks: about 3 links per task to earlier tasks within a window of 200 (plans are locally linked),
 * 70% FS and 10% each SS, FF, SF, a third with lags in −2..5, durations 1..5 with 5% milestones, 1% SNET and 1% FNLT
 * (rarely binding, so the plan is feasible and its critical path is a path, not half the network);
 * task order and link order are shuffled so the input is not already sorted. The chain is T0 → T1 → … FS.
 */
final class BenchmarkNetwork {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    final String name;
    final int size;
    final String[] keys;
    final int[] duration;
    final int[] from;
    final int[] to;
    final byte[] type;
    final int[] lag;
    final List<Constraint> constraints = new ArrayList<>();
    final ScheduleRequest request;
    final FloorNetwork floor;

    private BenchmarkNetwork(String name, int size, int links) {
        this.name = name;
        this.size = size;
        keys = new String[size];
        duration = new int[size];
        from = new int[links];
        to = new int[links];
        type = new byte[links];
        lag = new int[links];
        for (int i = 0; i < size; i++) {
            keys[i] = "T" + i;
            constraints.add(null);
        }
        request = null;
        floor = null;
    }

    private BenchmarkNetwork(BenchmarkNetwork raw, int[] sortedPosition) {
        this.name = raw.name;
        this.size = raw.size;
        this.keys = raw.keys;
        this.duration = raw.duration;
        this.from = raw.from;
        this.to = raw.to;
        this.type = raw.type;
        this.lag = raw.lag;
        this.constraints.addAll(raw.constraints);
        this.request = toRequest();
        this.floor = FloorNetwork.of(size, duration, from, to, lag, sortedPosition);
    }

    static BenchmarkNetwork of(String name) {
        String[] parts = name.split("-");
        int size = Integer.parseInt(parts[1]);
        return parts[0].equals("chain") ? chain(name, size) : random(name, size, new Random(size));
    }

    private static BenchmarkNetwork chain(String name, int size) {
        BenchmarkNetwork raw = new BenchmarkNetwork(name, size, size - 1);
        int[] position = new int[size];
        for (int i = 0; i < size; i++) {
            raw.duration[i] = 1;
            position[i] = i;
        }
        for (int k = 0; k < size - 1; k++) {
            raw.from[k] = k;
            raw.to[k] = k + 1;
        }
        return new BenchmarkNetwork(raw, position);
    }

    /** Generated in topological order, then task numbers are permuted; {@code position} maps back for the floor. */
    private static BenchmarkNetwork random(String name, int size, Random random) {
        int links = 3 * (size - 3);
        BenchmarkNetwork raw = new BenchmarkNetwork(name, size, links);
        int[] label = permutation(size, random);
        int[] position = new int[size];
        for (int t = 0; t < size; t++) {
            position[label[t]] = t;
            raw.duration[label[t]] = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(5);
            raw.constraints.set(label[t], constraint(random));
        }
        int[] slots = permutation(links, random);
        for (int t = 3, k = 0; t < size; t++) {
            for (int j = 0; j < 3; j++, k++) {
                int slot = slots[k];
                raw.from[slot] = label[t - 1 - random.nextInt(Math.min(t, 200))];
                raw.to[slot] = label[t];
                int roll = random.nextInt(10);
                raw.type[slot] = (byte) (roll < 7 ? 0 : roll - 6);
                raw.lag[slot] = random.nextInt(3) == 0 ? random.nextInt(8) - 2 : 0;
            }
        }
        return new BenchmarkNetwork(raw, position);
    }

    /** SNET within the first eight years; FNLT far enough out that it rarely binds, as in a feasible plan. */
    private static Constraint constraint(Random random) {
        int roll = random.nextInt(100);
        if (roll == 0) {
            return Constraint.startNoEarlierThan(START.plusDays(random.nextInt(3000)));
        }
        return roll == 1 ? Constraint.finishNoLaterThan(START.plusDays(20_000 + random.nextInt(3000))) : null;
    }

    private static int[] permutation(int size, Random random) {
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    private ScheduleRequest toRequest() {
        List<Task> tasks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            tasks.add(new Task(keys[i], "Task " + i, duration[i], constraints.get(i), null));
        }
        List<Link> links = new ArrayList<>(from.length);
        for (int k = 0; k < from.length; k++) {
            links.add(new Link(keys[from[k]], keys[to[k]], LinkType.values()[type[k]], lag[k]));
        }
        return new ScheduleRequest(START, null, tasks, links);
    }

    /** The task arrays the engine core starts from: what PlanCompiler would produce, minus validation. */
    TaskTable taskTable(ScheduleCalendar calendar) {
        TaskTable table = new TaskTable(keys.clone(), duration.clone());
        for (int i = 0; i < size; i++) {
            Constraint constraint = constraints.get(i);
            if (constraint != null) {
                int point = constraint.type() == ConstraintType.SNET
                        ? calendar.indexOnOrAfter(constraint.date()) - 1
                        : calendar.indexOnOrBefore(constraint.date());
                table.setConstraint(i, (byte) (constraint.type().ordinal() + 1), point);
            }
        }
        return table;
    }
}

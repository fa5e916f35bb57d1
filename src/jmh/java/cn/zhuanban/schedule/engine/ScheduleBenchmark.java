package cn.zhuanban.schedule.engine;

import cn.zhuanban.calendar.HolidayData;
import cn.zhuanban.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Three contestants on the same networks: the floor (bare FS-only sweep), our engine (core from resolved arrays, and
 * the public API from records with string keys), and MPXJ's PrimaveraScheduler, timed once per network because it
 * takes seconds. Run through {@link ScheduleBenchmarkMain}, which prints the ratios. Sample mode keeps every
 * invocation's time, so the runner can report the median and the best run: on a shared 2-core machine the mean
 * mostly measures the neighbours.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss256m", "-Xmx4g"})
public class ScheduleBenchmark {

    @Param({"random-1000", "random-10000", "random-100000", "chain-10000"})
    public String network;

    private BenchmarkNetwork data;
    private ScheduleCalendar calendar;
    private ScheduleEngine engine;
    private TaskTable taskTable;
    private int startPoint;

    @Setup(Level.Trial)
    public void setUp() {
        data = BenchmarkNetwork.of(network);
        calendar = new WorkingCalendarAdapter(WorkingCalendar.standard(HolidayData.allDays()));
        engine = new ScheduleEngine(calendar, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
        taskTable = data.taskTable(calendar);
        startPoint = calendar.indexOnOrAfter(BenchmarkNetwork.START) - 1;
    }

    @Benchmark
    public int[][] floor() {
        return data.floor.sweep();
    }

    /**
     * The engine from resolved int arrays: CSR grouping (a counting sort), Kahn's topological sort, all four link
     * types with lags, constraints, both passes, floats, lights, critical path, and the result records with calendar
     * dates. Leaves out only what the public API adds before that: validation and resolving string keys. Every
     * task's record is read (the result makes them when read), so the dates and lights are in the time.
     */
    @Benchmark
    public void oursCore(Blackhole sink) {
        LinkList links = new LinkList(data.from, data.to, data.type, data.lag);
        Plan plan = new Plan(taskTable, links, startPoint, startPoint, Plan.NONE, startPoint, LightRules.DEFAULT);
        readAll(ScheduleAssembler.assemble(CpmPasses.run(plan), calendar), sink);
    }

    /** The public API end to end: records in, validation, key resolution, records out (each read). */
    @Benchmark
    public void oursApi(Blackhole sink) {
        readAll(engine.schedule(data.request), sink);
    }

    private static void readAll(ScheduleResult result, Blackhole sink) {
        for (TaskSchedule task : result.tasks()) {
            sink.consume(task);
        }
        sink.consume(result);
    }

    /** MPXJ's project model for the same network, rebuilt for each shot because scheduling writes into it. */
    @State(Scope.Thread)
    public static class MpxjProject {

        MpxjReference project;

        @Setup(Level.Iteration)
        public void build(ScheduleBenchmark benchmark) {
            WorkingCalendar weekdays = WorkingCalendar.builder().build();
            project = new MpxjReference(benchmark.data.request, weekdays);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public long mpxj(MpxjProject mpxj) {
        return mpxj.project.schedule();
    }
}

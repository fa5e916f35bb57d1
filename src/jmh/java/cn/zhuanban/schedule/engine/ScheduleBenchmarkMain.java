package cn.zhuanban.schedule.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ScheduleBenchmark} and prints one line per network with the ratios, from medians and from best runs.
 * Short iterations by default (a 2-core machine); arguments: {@code networks=random-1000,chain-10000},
 * {@code mpxj=false}, {@code iterations=5}.
 */
public final class ScheduleBenchmarkMain {

    private ScheduleBenchmarkMain() {}

    public static void main(String[] args) throws RunnerException {
        Map<String, String> options = arguments(args);
        String[] networks = options.getOrDefault("networks", "random-1000,random-10000,random-100000,chain-10000")
                .split(",");
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "5"));
        Map<String, Map<String, Double>> micros = new LinkedHashMap<>();
        collect(micros, run(builder("floor|oursCore|oursApi", networks)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))));
        if (!"false".equals(options.get("mpxj"))) {
            collect(micros, run(builder("mpxj", networks)));
        }
        print(micros);
    }

    private static ChainedOptionsBuilder builder(String methods, String[] networks) {
        return new OptionsBuilder()
                .include(ScheduleBenchmark.class.getName() + "\\.(" + methods + ")$")
                .param("network", networks);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    /** Keeps, per network and contestant, the median ("method") and the best run ("method.min") in µs. */
    private static void collect(Map<String, Map<String, Double>> micros, Collection<RunResult> results) {
        for (RunResult result : results) {
            String network = result.getParams().getParam("network");
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            double factor = result.getPrimaryResult().getScoreUnit().startsWith("ms") ? 1000 : 1;
            var statistics = result.getPrimaryResult().getStatistics();
            Map<String, Double> row = micros.computeIfAbsent(network, n -> new LinkedHashMap<>());
            row.put(method, statistics.getPercentile(50) * factor);
            row.put(method + ".min", statistics.getMin() * factor);
        }
    }

    private static void print(Map<String, Map<String, Double>> micros) {
        System.out.printf("%n%-14s %-6s %10s %10s %10s %12s %10s %9s %9s %9s%n", "network", "stat", "floor µs",
                "core µs", "api µs", "MPXJ µs", "core/floor", "api/floor", "MPXJ/core", "MPXJ/api");
        micros.forEach((network, m) -> {
            line(network, "median", m, "");
            line(network, "best", m, ".min");
        });
    }

    private static void line(String network, String stat, Map<String, Double> m, String suffix) {
        double floor = m.get("floor" + suffix);
        double core = m.get("oursCore" + suffix);
        double api = m.get("oursApi" + suffix);
        double mpxj = m.getOrDefault("mpxj", Double.NaN); // one shot: median and best are the same
        System.out.printf("%-14s %-6s %10.1f %10.1f %10.1f %12.0f %10.2f %9.2f %9.0f %9.0f%n", network, stat, floor,
                core, api, mpxj, core / floor, api / floor, mpxj / core, mpxj / api);
    }

    private static Map<String, String> arguments(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        return options;
    }
}

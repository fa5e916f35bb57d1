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
 * Runs {@link ScheduleBenchmark} and prints one line per network with the ratios. Short iterations by default (a
 * 2-core machine); arguments: {@code networks=random-1000,chain-10000}, {@code mpxj=false}, {@code iterations=5}.
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

    private static void collect(Map<String, Map<String, Double>> micros, Collection<RunResult> results) {
        for (RunResult result : results) {
            String network = result.getParams().getParam("network");
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            double score = result.getPrimaryResult().getScore();
            double factor = result.getPrimaryResult().getScoreUnit().startsWith("ms") ? 1000 : 1;
            micros.computeIfAbsent(network, n -> new LinkedHashMap<>()).put(method, score * factor);
        }
    }

    private static void print(Map<String, Map<String, Double>> micros) {
        System.out.printf("%n%-15s %11s %11s %11s %13s %11s %10s %10s%n", "network", "floor µs", "core µs",
                "api µs", "MPXJ µs", "core/floor", "api/floor", "MPXJ/api");
        micros.forEach((network, m) -> System.out.printf("%-15s %11.1f %11.1f %11.1f %13.0f %11.2f %10.2f %10.0f%n",
                network, m.get("floor"), m.get("oursCore"), m.get("oursApi"), m.getOrDefault("mpxj", Double.NaN),
                m.get("oursCore") / m.get("floor"), m.get("oursApi") / m.get("floor"),
                m.getOrDefault("mpxj", Double.NaN) / m.get("oursApi")));
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

package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.simulator.SimulationEngine;
import org.camunda.bpm.engine.ProcessEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Figure 1 of the benchmark ({@code mvn -Pbenchmark -DskipTests verify}, README "Benchmark"): N pilot
 * rounds (system property {@code bench.cases}, default 1,000) from start to decision with simulated
 * time, on the real diagrams and on the baseline, one after the other on the same in-memory H2 engine
 * and settings. Writes {@code target/bench/results.md} and {@code target/bench/lifecycle.png}.
 */
public final class EngineBenchmark {

    private static final Path OUT = Path.of("target", "bench");
    private static final double TARGET_RATIO = 1.3;

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int cases = Integer.getInteger("bench.cases", 1000);
        int warmUp = Integer.getInteger("bench.warmup", Math.max(10, cases / 10));
        try (SimulationEngine app = SimulationEngine.start()) {
            ProcessEngine engine = app.processEngine();
            engine.getRepositoryService().createDeployment().name("benchmark-baseline")
                    .addModelInstance(BaselineRound.KEY + ".bpmn", BaselineRound.model()).deploy();
            LifecycleDriver baseline = new BaselineDriver(engine);
            LifecycleDriver product = new RealRoundDriver(engine, app.register());
            baseline.run(warmUp, 900000);
            product.run(warmUp, 910000);
            app.reset();
            double baselineSeconds = baseline.run(cases, 100000);
            app.reset();
            double productSeconds = product.run(cases, 100000);
            write(cases, baselineSeconds, productSeconds);
        }
        System.exit(0);
    }

    private static void write(int cases, double baselineSeconds, double productSeconds) throws IOException {
        Files.createDirectories(OUT);
        double ratio = productSeconds / baselineSeconds;
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        String table = """
                # Benchmark results

                Run %s on %s.

                ## 1. Lifecycle throughput (H2 in memory, history level full, simulated time)

                %d pilot rounds each from start to decision: work plan, three 1 January timers with a report, its \
                review and an assessment each, the term's expiry, the acceptance (59: title withdrawn, ban), the \
                hand-over. Jobs run on the driving thread.

                | process | seconds | cases per second |
                |---|---:|---:|
                | baseline (same wait states and timers, no-op delegates) | %.1f | %.1f |
                | pilot-city-round (forms validated, delegates, register) | %.1f | %.1f |

                Time ratio product / baseline: **%.2f×** (target ≤ %.1f×: %s).

                Figures 2 (31 January burst), 3 (query latency) and 4 (start-up) are not measured by this version.
                """.formatted(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(null)), machine,
                cases, baselineSeconds, cases / baselineSeconds, productSeconds, cases / productSeconds, ratio,
                TARGET_RATIO, ratio <= TARGET_RATIO ? "met" : "missed");
        Files.writeString(OUT.resolve("results.md"), table);
        BarChart.write(OUT.resolve("lifecycle.png"), "Pilot rounds per second (" + cases + " rounds, H2)",
                new String[] {"baseline", "pilot-city-round"}, new double[] {cases / baselineSeconds, cases / productSeconds});
        System.out.print(table);
    }
}

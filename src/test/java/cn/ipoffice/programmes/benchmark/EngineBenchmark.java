package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.simulator.SimulationEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The benchmark ({@code mvn -Pbenchmark -DskipTests verify}, docs/benchmark.md), never part of a plain
 * build. System properties: {@code bench.cases} (figure 1, default 1,000 rounds), {@code bench.burst}
 * (figure 2, default 10,000 terms), {@code bench.finished} / {@code bench.running} (figure 3 on
 * PostgreSQL; on H2 figure 3 reuses figure 1's finished and figure 2's running rounds),
 * {@code bench.calls} (figure 3, default 200), {@code bench.figures} (default {@code 1,2,3,4}),
 * {@code bench.jobs.*} (figure 2's job executor, see {@link BurstFigure.Settings}). Writes
 * {@code target/bench/results.md} and the charts beside it.
 */
public final class EngineBenchmark {

    private static final Path OUT = Path.of("target", "bench");
    private static final double TARGET_RATIO = 1.3;
    private static final double TARGET_P95_MS = 100;

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("bench.cases", 1000);
        int warmUp = Integer.getInteger("bench.warmup", Math.max(10, cases / 10));
        int burst = Integer.getInteger("bench.burst", 10000);
        int calls = Integer.getInteger("bench.calls", 200);
        int templates = Integer.getInteger("bench.templates", 50);
        Set<String> figures = Set.of(property("bench.figures", "1,2,3,4").split(","));
        Files.createDirectories(OUT);
        Results results = new Results(cases, burst);
        if (figures.contains("1")) {
            // The warm-up of both sides, on an engine of its own: the just-in-time compiler's work is the JVM's and
            // carries over to the timed passes.
            try (SimulationEngine app = SimulationEngine.start(new NoOpDelegate.Registration())) {
                BaselineDriver.deploy(app.processEngine());
                new BaselineDriver(app.processEngine()).run(warmUp, 900000);
                new RealRoundDriver(app.processEngine(), app.register()).run(warmUp, 910000);
            }
            // Each side runs twice, in the order baseline, product, product, baseline, so that neither gains from
            // coming later (a warmer JIT); each pass on a new engine and in-memory database after a full GC, so that
            // none runs on the pages and heap an earlier pass left behind (deleting a pass's 1,000 finished cases
            // left H2's store and the heap as they were: the same side's passes differed by up to a third). The
            // figure is each side's mean.
            for (boolean baselineSide : List.of(true, false, false, true)) {
                try (SimulationEngine app = SimulationEngine.start(new NoOpDelegate.Registration())) {
                    LifecycleDriver side;
                    if (baselineSide) {
                        BaselineDriver.deploy(app.processEngine());
                        side = new BaselineDriver(app.processEngine());
                    } else {
                        side = new RealRoundDriver(app.processEngine(), app.register());
                    }
                    // A few rounds fill this engine's caches (deployed definitions, forms, grants' first reads).
                    side.run(Math.min(warmUp, 20), 800000);
                    app.reset();
                    System.gc();
                    SqlStatistics statistics = SqlStatistics.startIfAsked(app.context());
                    double seconds = side.run(cases, 100000);
                    statistics.print(baselineSide ? "the baseline" : "pilot-city-round");
                    (baselineSide ? results.lifecycleBaselineRuns : results.lifecycleProductRuns).add(seconds);
                    log("Figure 1: " + (baselineSide ? "baseline " : "pilot-city-round ") + seconds + " s; phases:\n"
                            + side.phaseReport());
                }
            }
            results.lifecycleBaseline = mean(results.lifecycleBaselineRuns);
            results.lifecycleProduct = mean(results.lifecycleProductRuns);
            log("Figure 1: baseline " + results.lifecycleBaselineRuns + " s, product " + results.lifecycleProductRuns + " s");
        }
        if (figures.contains("2")) {
            // Each side on an engine of its own: removing 10,000 running cases between them would take longer
            // than the burst itself.
            results.burstSettings = BurstFigure.Settings.fromProperties();
            try (SimulationEngine app = SimulationEngine.start(new NoOpDelegate.Registration())) {
                BaselineDriver.deploy(app.processEngine());
                BurstFigure.prepareBaselineTerms(app.processEngine(), app.context().getBean(DataSource.class), burst, templates);
                results.burstBaseline = new BurstFigure(app.processEngine(), results.burstSettings)
                        .fire(BaselineRound.REPORT_KEY, burst);
                log("Figure 2 baseline: " + results.burstBaseline);
            }
            try (SimulationEngine app = SimulationEngine.start(new NoOpDelegate.Registration())) {
                BurstFigure.prepareRealTerms(app.processEngine(), app.register(), app.context().getBean(DataSource.class), burst,
                        templates);
                results.burstProduct = new BurstFigure(app.processEngine(), results.burstSettings)
                        .fire(cn.ipoffice.programmes.annualreport.AnnualReportProcess.KEY, burst);
                log("Figure 2 product: " + results.burstProduct);
            }
        }
        if (figures.contains("3")) {
            int finished = Integer.getInteger("bench.finished", 100000);
            int running = Integer.getInteger("bench.running", 10000);
            // A new database: figure 3's data are its own, not what figures 1 and 2 left. On H2 it is the
            // application's embedded default, a file database (in memory, 100,000 finished cases need over 12 GiB).
            try (BenchApp app = BenchApp.onH2File(OUT.resolve("h2"))) {
                results.h2Data = QueryFigure.fill(app.processEngine(), app.register(), app.bean(DataSource.class),
                        finished, running, templates);
                log("Figure 3 H2 data: " + results.h2Data);
                results.queriesH2 = QueryFigure.measure(app.processEngine(), app.context(), calls);
                log("Figure 3 H2: " + results.queriesH2);
            }
            org.springframework.util.FileSystemUtils.deleteRecursively(OUT.resolve("h2"));
            if (!"false".equals(System.getProperty("bench.postgres"))) {
                try (BenchApp app = BenchApp.onPostgres()) {
                    results.pgData = QueryFigure.fill(app.processEngine(), app.register(), app.bean(DataSource.class),
                            finished, running, templates);
                    log("Figure 3 PostgreSQL data: " + results.pgData);
                    results.queriesPostgres = QueryFigure.measure(app.processEngine(), app.context(), calls);
                    log("Figure 3 PostgreSQL: " + results.queriesPostgres);
                }
            }
        }
        if (figures.contains("4")) {
            results.startup = StartupFigure.measureBoth(Path.of(property("bench.jar",
                    "target/ip-programmes-0.1.0-SNAPSHOT.jar")).toAbsolutePath());
            log("Figure 4: " + results.startup);
        }
        results.write(OUT);
        System.exit(0);
    }


    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** A system property, or {@code fallback} when it is missing or blank (the profile passes every one). */
    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void log(String text) {
        System.out.println("[benchmark " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_TIME) + "] " + text);
    }

    /** What was measured, written as one Markdown table and the charts. */
    static final class Results {
        final int cases;
        final int burst;
        double lifecycleBaseline;
        double lifecycleProduct;
        final List<Double> lifecycleBaselineRuns = new ArrayList<>();
        final List<Double> lifecycleProductRuns = new ArrayList<>();
        BurstFigure.Settings burstSettings;
        BurstFigure.Result burstBaseline;
        BurstFigure.Result burstProduct;
        QueryFigure.Data h2Data;
        QueryFigure.Data pgData;
        List<QueryFigure.Latency> queriesH2;
        List<QueryFigure.Latency> queriesPostgres;
        StartupFigure.Results startup;

        Results(int cases, int burst) {
            this.cases = cases;
            this.burst = burst;
        }

        void write(Path out) throws Exception {
            String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, Java "
                    + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch");
            StringBuilder md = new StringBuilder("# Benchmark results\n\nRun " + LocalDateTime.now()
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " on " + machine + ".\n\n");
            md.append("| figure | measure | baseline | ip-programmes | ratio / value | target | met |\n");
            md.append("|---|---|---:|---:|---:|---|---|\n");
            List<String> chartLabels = new ArrayList<>();
            List<Double> chartValues = new ArrayList<>();
            if (lifecycleProduct > 0) {
                double ratio = lifecycleProduct / lifecycleBaseline;
                md.append(String.format("| 1. Lifecycle, %,d pilot rounds, H2 | seconds (mean of 2 runs each: %s / %s) | %.1f | %.1f"
                        + " | %.2f× | ≤ %.1f× | %s |%n", cases, seconds(lifecycleBaselineRuns), seconds(lifecycleProductRuns),
                        lifecycleBaseline, lifecycleProduct, ratio, TARGET_RATIO, met(ratio <= TARGET_RATIO)));
                md.append(String.format("| 1. Lifecycle | cases per second | %.1f | %.1f | | | |%n", cases / lifecycleBaseline,
                        cases / lifecycleProduct));
                BarChart.write(out.resolve("lifecycle.png"), "1. Pilot rounds per second (" + cases + " rounds, H2)",
                        new String[] {"baseline", "pilot-city-round"},
                        new double[] {cases / lifecycleBaseline, cases / lifecycleProduct});
            }
            if (burstProduct != null) {
                double ratio = burstProduct.seconds() / burstBaseline.seconds();
                md.append(String.format("| 2. 31 January burst, %,d terms, H2, job executor on | seconds until every report task exists"
                        + " | %.1f | %.1f | %.2f× | ≤ %.1f× | %s |%n", burst, burstBaseline.seconds(), burstProduct.seconds(),
                        ratio, TARGET_RATIO, met(ratio <= TARGET_RATIO)));
                md.append(String.format("| 2. Burst | jobs per second | %.0f | %.0f | | | |%n", burstBaseline.jobsPerSecond(),
                        burstProduct.jobsPerSecond()));
                md.append(String.format("| 2. Burst | seconds until the first report task | %.1f | %.1f | | | |%n",
                        burstBaseline.firstTaskSeconds(), burstProduct.firstTaskSeconds()));
                BarChart.write(out.resolve("burst.png"), "2. 31 January burst: jobs per second (" + burst + " terms, H2)",
                        new String[] {"baseline", "pilot-city-round"},
                        new double[] {burstBaseline.jobsPerSecond(), burstProduct.jobsPerSecond()});
            }
            queries(md, "H2", queriesH2, h2Data, chartLabels, chartValues);
            queries(md, "PostgreSQL", queriesPostgres, pgData, chartLabels, chartValues);
            if (!chartLabels.isEmpty()) {
                BarChart.write(out.resolve("queries.png"), "3. Query p95 in ms (target 100 ms)",
                        chartLabels.toArray(String[]::new), chartValues.stream().mapToDouble(Double::doubleValue).toArray());
            }
            if (startup != null) {
                StartupFigure.Result node = startup.prepared();
                StartupFigure.Result jar = startup.plainJar();
                md.append(String.format("| 4. Start-up of a node prepared by scripts/prepare-start (%s, H2 file) | seconds to the "
                        + "Tasklist page | %.1f (java -jar) | %.1f | %.2f | under 12 s | %s |%n", node.jvmOptions(),
                        jar.seconds(), node.seconds(), node.seconds() / jar.seconds(), node.seconds() < 12 ? "met" : "missed"));
                md.append(String.format("| 4. Start-up | heap used after a full GC (committed) | %.0f MiB (%.0f MiB) | %.0f MiB "
                        + "(%.0f MiB) | | | |%n", jar.heapUsedMiB(), jar.heapCommittedMiB(), node.heapUsedMiB(),
                        node.heapCommittedMiB()));
            }
            if (burstSettings != null) {
                md.append("\nJob executor of figure 2: ").append(burstSettings).append(".\n");
            }
            md.append("\nFigure 1 runs jobs on the driving thread with simulated time; the baseline is the same two diagrams "
                    + "with no-op delegates, no forms, no candidate groups, no listeners and no per-case authorizations.\n");
            Files.writeString(out.resolve("results.md"), md.toString());
            System.out.print(md);
        }

        private static void queries(StringBuilder md, String database, List<QueryFigure.Latency> latencies,
                QueryFigure.Data data, List<String> labels, List<Double> values) {
            if (latencies == null) {
                return;
            }
            for (QueryFigure.Latency latency : latencies) {
                md.append(String.format("| 3. %s, %,d finished + %,d running process instances (%,d running rounds) | %s: "
                        + "median / p95 ms (%d rows, %d calls) | | %.1f / %.1f | | p95 ≤ %.0f ms | %s |%n", database,
                        data.finished(), data.running(), data.runningRounds(), latency.query(), latency.rows(), latency.calls(),
                        latency.medianMs(), latency.p95Ms(), TARGET_P95_MS, met(latency.p95Ms() <= TARGET_P95_MS)));
                labels.add(database + ": " + latency.query().replaceAll(" \\(.*", "").replace("Tasklist ", "")
                        .replace("Register API: list of ", "register ").replace("Cockpit ", ""));
                values.add(latency.p95Ms());
            }
        }

        private static String seconds(List<Double> runs) {
            return String.join(" and ", runs.stream().map(s -> String.format("%.1f", s)).toList());
        }

        private static String met(boolean met) {
            return met ? "met" : "**missed**";
        }
    }
}

package org.orewatch.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orewatch.trade.FlowAggregation;
import org.orewatch.trade.RowStreamingAggregation;
import org.orewatch.trade.TradeAnalytics;
import org.orewatch.trade.TradeAreas;
import org.orewatch.trade.TradeDatabase;
import org.orewatch.trade.TradeFile;

/**
 * The trade benchmark of issue 5: a UN Comtrade file (100 million synthetic rows from
 * {@code orewatch trade generate}) aggregated by year, partner, flow and HS chapter by the engine
 * ({@code trade aggregate --out}: every row checked, sums written to Parquet) and, in the same
 * process, by a plain Java streaming aggregation ({@link RowStreamingAggregation}: rows streamed
 * out of DuckDB over JDBC, checked and summed in a HashMap on one thread, groups written to CSV).
 * Checks that both give the same groups; prints wall time, CPU seconds of the process (the
 * machine is shared, CPU time shows the work apart from waiting for a core), the ratio, the peak
 * resident memory and the load average.
 *
 * <pre>
 * ./orewatch trade generate --rows 100000000 --out /tmp/comtrade-100m.parquet
 * java -Xmx1500m -cp orewatch-benchmarks/target/benchmarks.jar org.orewatch.benchmarks.TradeAggregationBenchmark \
 *     --in /tmp/comtrade-100m.parquet --runs 3 --baseline-runs 1
 * </pre>
 */
public final class TradeAggregationBenchmark {

    private Path in;
    private String by = "year,partner,flow,chapter";
    private int runs = 3;
    private int baselineRuns = 1;
    private int threads = 0;
    private String memoryLimit = "2GB";

    public static void main(String[] args) throws IOException {
        TradeAggregationBenchmark benchmark = new TradeAggregationBenchmark();
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--in" -> benchmark.in = Path.of(value);
                case "--by" -> benchmark.by = value;
                case "--runs" -> benchmark.runs = Integer.parseInt(value);
                case "--baseline-runs" -> benchmark.baselineRuns = Integer.parseInt(value);
                case "--threads" -> benchmark.threads = Integer.parseInt(value);
                case "--memory-limit" -> benchmark.memoryLimit = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --in FILE --by DIMS --runs N --baseline-runs N --threads N --memory-limit SIZE");
            }
        }
        if (benchmark.in == null || benchmark.runs < 1 || benchmark.baselineRuns < 0) {
            throw new IllegalArgumentException("--in FILE is required; --runs at least 1, --baseline-runs at least 0");
        }
        benchmark.run();
    }

    private static List<FlowAggregation.Dimension> dimensions(String text) {
        List<FlowAggregation.Dimension> dimensions = new ArrayList<>();
        for (String part : text.split(",")) {
            dimensions.add(FlowAggregation.Dimension.valueOf(part.strip().toUpperCase(Locale.ROOT)));
        }
        return dimensions;
    }

    private void run() throws IOException {
        List<FlowAggregation.Dimension> dimensions = dimensions(by);
        PrintWriter out = new PrintWriter(System.out, true);
        try (TradeAnalytics analytics = new TradeAnalytics(new TradeDatabase.Settings(threads, memoryLimit, null), TradeAreas.bundled())) {
            TradeFile file = analytics.open(in);
            out.printf("input: %s (%s, %,d bytes), grouped by %s; %d cores; load average %s%n", in, file.format().description(),
                    size(in), by, Runtime.getRuntime().availableProcessors(), loadAverage());
            Path work = Files.createTempDirectory("orewatch-bench");
            Path engineOut = work.resolve("engine-groups.parquet");
            Path baselineOut = work.resolve("baseline-groups.csv");
            List<Double> engineTimes = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                double cpu = processCpuSeconds();
                long start = System.nanoTime();
                FlowAggregation.write(analytics.database(), file, dimensions, 6, engineOut);
                engineTimes.add((System.nanoTime() - start) / 1e9);
                out.printf("engine   run %d: %.2f s, %.1f CPU-s%n", run + 1, engineTimes.get(run), processCpuSeconds() - cpu);
                out.flush();
            }
            List<FlowAggregation.Group> engineGroups = FlowAggregation.read(analytics.database(), engineOut, dimensions);
            out.printf("engine groups: %,d%n", engineGroups.size());
            List<Double> baselineTimes = new ArrayList<>();
            for (int run = 0; run < baselineRuns; run++) {
                double cpu = processCpuSeconds();
                long start = System.nanoTime();
                List<FlowAggregation.Group> baseline = RowStreamingAggregation.aggregate(analytics.database(), file, dimensions, 6);
                writeCsv(baseline, dimensions, baselineOut);
                baselineTimes.add((System.nanoTime() - start) / 1e9);
                out.printf("baseline run %d: %.2f s, %.1f CPU-s, %,d groups, %s%n", run + 1, baselineTimes.get(run),
                        processCpuSeconds() - cpu, baseline.size(),
                        same(engineGroups, baseline) ? "same groups and sums as the engine" : "DIFFERENT from the engine");
                out.flush();
            }
            Files.deleteIfExists(engineOut);
            Files.deleteIfExists(baselineOut);
            Files.deleteIfExists(work);
            double engineBest = engineTimes.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            out.printf("engine:   best %.2f s, median %.2f s over %d runs%n", engineBest, median(engineTimes), runs);
            if (!baselineTimes.isEmpty()) {
                double baselineBest = baselineTimes.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                out.printf("baseline: best %.2f s, median %.2f s over %d runs%n", baselineBest, median(baselineTimes), baselineRuns);
                out.printf("ratio (baseline best / engine best): %.1fx%n", baselineBest / engineBest);
            }
            out.printf("peak resident memory of this process (VmHWM): %s; load average at the end %s%n", peakResident(), loadAverage());
            out.flush();
        }
    }

    /** The baseline writes its result too, as CSV, as the engine writes Parquet: both end with the groups in a file. */
    private static void writeCsv(List<FlowAggregation.Group> groups, List<FlowAggregation.Dimension> dimensions, Path out)
            throws IOException {
        try (var writer = Files.newBufferedWriter(out)) {
            List<String> header = new ArrayList<>();
            dimensions.forEach(d -> header.add(d.name().toLowerCase(java.util.Locale.ROOT)));
            writer.write(String.join(",", header) + ",value_usd,net_weight_kg,rows\n");
            for (FlowAggregation.Group group : groups) {
                writer.write(String.join(",", group.key()) + "," + group.valueUsd() + "," + group.netWeightKg() + "," + group.rows() + "\n");
            }
        }
    }

    private static boolean same(List<FlowAggregation.Group> a, List<FlowAggregation.Group> b) {
        if (a.size() != b.size()) {
            return false;
        }
        java.util.Map<List<String>, FlowAggregation.Group> byKey = new java.util.HashMap<>();
        a.forEach(group -> byKey.put(group.key(), group));
        for (FlowAggregation.Group y : b) {
            FlowAggregation.Group x = byKey.get(y.key());
            if (x == null || x.rows() != y.rows() || !close(x.valueUsd(), y.valueUsd()) || !close(x.netWeightKg(), y.netWeightKg())) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }

    private static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * CPU time of the whole process (JVM and the engine's native threads), from /proc/self/stat, in
     * seconds; NaN where there is no /proc. On a shared machine it shows the work done apart from
     * waiting for a core.
     */
    private static double processCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name: state is field 3, utime field 14 and stime field 15 (1-based, man proc).
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (no /proc)";
        }
    }
}

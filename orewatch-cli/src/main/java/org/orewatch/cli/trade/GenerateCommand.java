package org.orewatch.cli.trade;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.orewatch.trade.SyntheticComtrade;
import org.orewatch.trade.TradeAnalytics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate",
        description = {"Write synthetic UN Comtrade data (current format) for benchmarks; nothing in it is real.",
            "25 years, about 175 reporters and partners with a skew, 6-digit HS codes across 96 chapters, log-normal "
                + "values, some missing and zero weights, 0.2%% imports from PRK. Streams: 100 million rows need no more "
                + "memory than 1,000."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--rows", paramLabel = "N", required = true, description = "Number of rows.")
    long rows;

    @Option(names = "--out", paramLabel = "FILE.parquet|FILE.csv|FILE.csv.gz", required = true, description = "Output file.")
    Path out;

    @Option(names = "--seed", defaultValue = "0", description = "Different seeds give different data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (TradeAnalytics analytics = engine.open()) {
            SyntheticComtrade.write(analytics.database(), analytics.areas(), rows, seed, out);
        }
        spec.commandLine().getOut().printf("wrote %,d rows to %s in %.1f s%n", rows, out, (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package org.orewatch.cli.trade;

import java.nio.file.Path;
import org.orewatch.trade.TradeAnalytics;
import org.orewatch.trade.TradeAreas;
import org.orewatch.trade.TradeDatabase;
import picocli.CommandLine.Option;

/** Options of the embedded engine, shared by the trade commands. */
final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Engine worker threads (default: all cores).")
    int threads;

    @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "2GB",
            description = "Memory the engine may use before spilling to disk (default: ${DEFAULT-VALUE}).")
    String memoryLimit;

    @Option(names = "--spill-dir", paramLabel = "DIR",
            description = "Where the engine spills when over its memory limit (default: next to the process).")
    Path spillDirectory;

    TradeDatabase.Settings settings() {
        return new TradeDatabase.Settings(threads, memoryLimit.replace(" ", ""), spillDirectory);
    }

    TradeAnalytics open() {
        return new TradeAnalytics(settings(), TradeAreas.bundled());
    }
}

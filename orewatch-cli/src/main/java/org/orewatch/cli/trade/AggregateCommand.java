package org.orewatch.cli.trade;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.trade.FlowAggregation;
import org.orewatch.trade.TradeAnalytics;
import org.orewatch.trade.TradeFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "aggregate",
        description = {"Sum a whole UN Comtrade file by year, reporter, partner, flow, chapter or heading.",
            "Reads CSV or Parquet of any size; every row is checked. Sums rows with HS codes of exactly --hs-level "
                + "digits that are not breakdowns. Writes CSV to standard output, or a .csv or .parquet file with --out."})
final class AggregateCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "The UN Comtrade file.")
    Path in;

    @Option(names = "--by", paramLabel = "DIM,DIM", defaultValue = "year,partner,flow,chapter",
            description = "Any of year, reporter, partner, flow, chapter, heading (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--hs-level", paramLabel = "2|4|6", defaultValue = "6",
            description = "Digits of the HS codes summed (default: ${DEFAULT-VALUE}).")
    int hsLevel;

    @Option(names = "--out", paramLabel = "FILE.csv|FILE.parquet", description = "Write the sums to a file.")
    Path out;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<FlowAggregation.Dimension> dimensions = dimensions(by);
        try (TradeAnalytics analytics = engine.open()) {
            TradeFile file = analytics.open(in);
            PrintWriter writer = spec.commandLine().getOut();
            if (out != null) {
                FlowAggregation.write(analytics.database(), file, dimensions, hsLevel, out);
                writer.println("wrote " + out);
            } else {
                List<FlowAggregation.Group> groups = FlowAggregation.aggregate(analytics.database(), file, dimensions, hsLevel);
                List<String> header = new ArrayList<>();
                dimensions.forEach(d -> header.add(d.name().toLowerCase(Locale.ROOT)));
                header.addAll(List.of("value_usd", "net_weight_kg", "rows"));
                writer.println(String.join(",", header));
                for (FlowAggregation.Group group : groups) {
                    writer.println(String.join(",", group.key()) + "," + org.orewatch.trade.TradeNumbers.plain(group.valueUsd()) + ","
                            + org.orewatch.trade.TradeNumbers.plain(group.netWeightKg()) + "," + group.rows());
                }
            }
            writer.flush();
        }
        return 0;
    }

    static List<FlowAggregation.Dimension> dimensions(String text) {
        List<FlowAggregation.Dimension> dimensions = new ArrayList<>();
        for (String part : MethodOptions.split(text)) {
            try {
                dimensions.add(FlowAggregation.Dimension.valueOf(part.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT,
                        "--by takes year, reporter, partner, flow, chapter, heading; got \"" + part + "\"");
            }
        }
        return dimensions;
    }
}

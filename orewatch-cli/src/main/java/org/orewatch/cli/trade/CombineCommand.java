package org.orewatch.cli.trade;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.orewatch.cli.kb.KbOptions;
import org.orewatch.trade.CombinedYear;
import org.orewatch.trade.FlowDirection;
import org.orewatch.trade.TradeAnalytics;
import org.orewatch.trade.VintageCombination;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "combine",
        description = {"The report's method (Note on trade data): latest edition of each statistic, summed over sources.",
            "For each statistic (source, year, partner, HS code) the most recently published edition is used, then "
                + "figures are summed over sources (KOTRA + I-RENK), for totals and for mining products. Reads a source "
                + "table: CSV with source, published (YYYY-MM-DD, YYYY-MM or YYYY), year, partner (ISO3, or WLD for all "
                + "partners), hs (TOTAL, a chapter or a heading), flow (export or import), value_usd, and optionally "
                + "quantity_t and note. Says which edition each figure came from."})
final class CombineCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "SOURCES.csv", required = true, description = "The source table.")
    Path in;

    @Option(names = "--country", paramLabel = "ISO3", defaultValue = "PRK",
            description = "The country the table describes, for the stated figures (default: ${DEFAULT-VALUE}).")
    String country;

    @Option(names = "--flow", paramLabel = "export|import", defaultValue = "export",
            description = "Which flow to combine (default: ${DEFAULT-VALUE}).")
    String flow;

    @Mixin
    MethodOptions method;

    @Option(names = "--json", description = "Print one JSON object per year.")
    boolean json;

    @Option(names = "--no-stated", description = "Do not look up the report's stated figures in the knowledge graph.")
    boolean noStated;

    @Mixin
    KbOptions kb;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FlowDirection direction = switch (flow.toLowerCase(Locale.ROOT)) {
            case "export", "exports" -> FlowDirection.EXPORT;
            case "import", "imports" -> FlowDirection.IMPORT;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--flow is export or import");
        };
        String countryCode = MethodOptions.country(country, "--country");
        try (TradeAnalytics analytics = engine.open()) {
            List<CombinedYear> years = method.inRange(analytics.combine(in,
                    new VintageCombination.Options(method.miningChapters(), direction)));
            StatedFigures stated = noStated || direction != FlowDirection.EXPORT ? StatedFigures.none()
                    : StatedLookup.load(kb, countryCode, true, spec);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                TradeJson.print(out, new TradeJson(analytics.areas()).combine(years, stated));
            } else {
                out.printf("%s by the report's method: latest edition of each statistic, summed over sources%n",
                        direction == FlowDirection.EXPORT ? "Exports" : "Imports");
                out.printf("Mining products: HS chapters %s. Source table: %s%n%n", method.chapterList(), in);
                new TradeText(out).combine(years, stated);
                out.flush();
            }
        }
        return 0;
    }
}

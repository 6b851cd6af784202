package org.orewatch.cli.trade;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.orewatch.cli.kb.KbOptions;
import org.orewatch.trade.FlowDirection;
import org.orewatch.trade.MirrorMethod;
import org.orewatch.trade.MirrorYear;
import org.orewatch.trade.ReferencePrices;
import org.orewatch.trade.TradeAnalytics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "mirror",
        description = {"Mirror statistics: a country's exports as its partners recorded them (their imports from it).",
            "Reads a UN Comtrade file in the current format (refYear, reporterISO, partnerISO, flowCode, cmdCode, "
                + "primaryValue, netWgt ...) or the legacy format (Year, Reporter ISO, Partner ISO, Trade Flow Code, "
                + "Commodity Code, Trade Value (US$) ...), as CSV (also .gz or tab-separated) or Parquet. "
                + "Counts imports only (flowCode M, legacy Trade Flow Code 1); leaves out aggregates (W00, WLD, EUR), "
                + "breakdown rows, the country's own records and repeated rows. docs/trade.md defines every figure. "
                + "Where the knowledge graph holds the report's figure for a year, it is shown beside the computed one."})
final class MirrorCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "The UN Comtrade file.")
    Path in;

    @Option(names = "--country", paramLabel = "ISO3", required = true,
            description = "The country whose exports are mirrored (ISO 3166 alpha-3, e.g. PRK).")
    String country;

    @Option(names = "--partner", paramLabel = "ISO3",
            description = "Use only this partner's records (e.g. CHN for exports to China).")
    String partner;

    @Mixin
    MethodOptions method;

    @Option(names = "--prices", paramLabel = "FILE",
            description = "Reference prices (CSV: hs, year, price_usd_per_t) to flag unit values below market.")
    Path prices;

    @Option(names = "--price-tolerance", paramLabel = "FRACTION", defaultValue = "0.2",
            description = "Flag unit values below reference x (1 - FRACTION) (default: ${DEFAULT-VALUE}).")
    double priceTolerance;

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
        String countryCode = MethodOptions.country(country, "--country");
        String partnerCode = partner == null ? null : MethodOptions.country(partner, "--partner");
        if (priceTolerance < 0 || priceTolerance >= 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--price-tolerance must be at least 0 and below 1");
        }
        MirrorMethod.Result result;
        try (TradeAnalytics analytics = engine.open()) {
            ReferencePrices referencePrices = prices == null ? ReferencePrices.none() : analytics.prices(prices);
            result = analytics.mirror(in, new MirrorMethod.Options(countryCode, method.miningChapters(), partnerCode,
                    referencePrices, priceTolerance));
            List<MirrorYear> years = method.inRange(result.years());
            StatedFigures stated = noStated ? StatedFigures.none() : StatedLookup.load(kb, countryCode, partnerCode == null, spec);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                TradeJson.print(out, new TradeJson(analytics.areas()).mirror(years, stated));
            } else {
                out.printf("%s's exports as its partners recorded them (their imports from %s: %s)%s%n",
                        analytics.areas().nameOf(countryCode), countryCode,
                        String.join("/", FlowDirection.importCodes(analytics.open(in).format())),
                        partnerCode == null ? "" : ", " + partnerCode + "'s records only");
                out.printf("Mining products: HS chapters %s. Source: %s%n%n", method.chapterList(), in);
                new TradeText(out).mirror(years, stated);
                out.flush();
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        result.notes().forEach(note -> err.println("note: " + note));
        err.flush();
        return 0;
    }
}

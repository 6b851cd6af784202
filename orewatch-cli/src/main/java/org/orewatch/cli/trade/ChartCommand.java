package org.orewatch.cli.trade;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.trade.ExportShares;
import org.orewatch.trade.FlowDirection;
import org.orewatch.trade.MirrorMethod;
import org.orewatch.trade.PartnerFigures;
import org.orewatch.trade.ShareChart;
import org.orewatch.trade.TradeAnalytics;
import org.orewatch.trade.TradeFile;
import org.orewatch.trade.TradeFileFormat;
import org.orewatch.trade.VintageCombination;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "chart",
        description = {"Draw the report's Graphs 1 and 2 from data, as PNG or SVG.",
            "Mining products as %% of a country's exports by year (--kind mining-share), or as %% of its exports to one "
                + "partner (--kind partner-share: the partner with the largest mining value unless --partner is given). "
                + "Reads a UN Comtrade file (mirror statistics) or a source table (the report's combination of "
                + "editions). The --out extension chooses PNG or SVG."})
final class ChartCommand implements Callable<Integer> {

    enum Kind { MINING_SHARE, PARTNER_SHARE }

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "UN Comtrade file or source table.")
    Path in;

    @Option(names = "--country", paramLabel = "ISO3", required = true, description = "The exporting country (e.g. PRK).")
    String country;

    @Option(names = "--kind", paramLabel = "mining-share|partner-share", required = true,
            description = "mining-share (Graph 1) or partner-share (Graph 2).", converter = KindConverter.class)
    Kind kind;

    @Option(names = "--partner", paramLabel = "ISO3", description = "The partner for partner-share (default: the largest buyer of mining products).")
    String partner;

    @Option(names = "--out", paramLabel = "FILE.png|FILE.svg", required = true, description = "The chart file.")
    Path out;

    @Option(names = "--title", description = "A title other than the report's wording.")
    String title;

    @Option(names = "--width", defaultValue = "1000", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "560", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Mixin
    MethodOptions method;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            return Kind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    @Override
    public Integer call() {
        String countryCode = MethodOptions.country(country, "--country");
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--out must end in .png or .svg: " + out);
        }
        if (width < 300 || height < 200 || width > 10000 || height > 10000) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--width and --height must be 300-10000 by 200-10000 pixels");
        }
        try (TradeAnalytics analytics = engine.open()) {
            TradeFile file = analytics.open(in);
            boolean sourceTable = file.format() == TradeFileFormat.SOURCE_TABLE;
            List<? extends ExportShares> years = sourceTable
                    ? analytics.combine(in, new VintageCombination.Options(method.miningChapters(), FlowDirection.EXPORT))
                    : analytics.mirror(in, MirrorMethod.Options.of(countryCode, method.miningChapters())).years();
            years = method.inRange(years);
            if (years.isEmpty()) {
                throw new OrewatchException(ErrorCode.NOT_FOUND, "no exports of " + countryCode + " in " + in
                        + (method.from != null || method.to != null ? " in the years asked for" : ""));
            }
            String countryName = analytics.areas().nameOf(countryCode);
            int first = years.get(0).year();
            int last = years.get(years.size() - 1).year();
            String span = first == last ? String.valueOf(first) : first + "–" + last;
            String methodNote = sourceTable
                    ? "Latest published edition of each statistic, summed over sources (" + in.getFileName() + ")."
                    : "Mirror statistics: partners' recorded imports from " + countryCode + " (" + in.getFileName() + ").";
            String definition = "Note: \"Mining products\" are exports under HS chapters " + method.chapterList() + ". ";
            ShareChart.Spec chart;
            if (kind == Kind.MINING_SHARE) {
                chart = new ShareChart.Spec(title != null ? title : "Mining Products as % of " + possessive(countryName) + " Exports (" + span + ")",
                        definition + methodNote, "% of all exports", ShareChart.bars(years, ExportShares::miningShare));
            } else {
                String partnerCode = partner != null ? MethodOptions.country(partner, "--partner") : largestBuyer(years);
                String partnerName = analytics.areas().nameOf(partnerCode);
                chart = new ShareChart.Spec(title != null ? title : "Mining Products as % of " + possessive(countryName)
                        + " Exports to " + partnerName + " (" + span + ")", definition + methodNote,
                        "% of exports to " + partnerName,
                        ShareChart.bars(years, year -> year.partners().stream().filter(p -> p.iso().equals(partnerCode))
                                .findFirst().map(PartnerFigures::miningShareOfPartnerExports).orElse(null)));
            }
            ShareChart.write(chart, out, width, height);
        }
        spec.commandLine().getOut().println("wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    private static String largestBuyer(List<? extends ExportShares> years) {
        java.util.Map<String, Double> totals = new java.util.HashMap<>();
        for (ExportShares year : years) {
            for (PartnerFigures partner : year.partners()) {
                totals.merge(partner.iso(), partner.miningValue(), Double::sum);
            }
        }
        return totals.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElseThrow(() -> new OrewatchException(ErrorCode.NOT_FOUND, "no partner buys mining products in the data"));
    }
}

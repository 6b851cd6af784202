package org.orewatch.cli.trade;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.orewatch.trade.CodeFigures;
import org.orewatch.trade.CombinedYear;
import org.orewatch.trade.EditionUse;
import org.orewatch.trade.ExportShares;
import org.orewatch.trade.MirrorYear;
import org.orewatch.trade.PartnerFigures;
import org.orewatch.trade.PriceCheck;

/** The readable tables printed without {@code --json}. */
final class TradeText {

    private final PrintWriter out;

    TradeText(PrintWriter out) {
        this.out = out;
    }

    void mirror(List<MirrorYear> years, StatedFigures stated) {
        out.printf("%-5s %16s %16s %7s %13s %9s %8s %8s  %s%n", "Year", "Total USD", "Mining USD", "Mining",
                "Mining t", "USD/t", "Δ value", "Δ t", "Partners' shares of mining exports");
        for (MirrorYear year : years) {
            out.printf("%-5d %16s %16s %7s %13s %9s %8s %8s  %s%n", year.year(), money(year.totalValue()),
                    money(year.miningValue()), percent(year.miningShare()), tonnes(year.miningQuantityT()),
                    unitValue(year.miningUnitValue()), change(year.miningValueChange()), change(year.miningQuantityChange()),
                    partners(year.partners()));
        }
        boolean anyHeading = years.stream().anyMatch(y -> !y.headings().isEmpty());
        if (anyHeading) {
            out.println();
            out.println("Mining products by HS heading (partners' records; USD/t over rows that report a weight)");
            out.printf("%-5s %-7s %16s %13s %9s %8s %8s%n", "Year", "Heading", "Value USD", "Tonnes", "USD/t", "Δ value", "Δ t");
            for (MirrorYear year : years) {
                for (CodeFigures heading : year.headings()) {
                    out.printf("%-5d %-7s %16s %13s %9s %8s %8s%n", year.year(), heading.code(), money(heading.value()),
                            tonnes(heading.quantityT()), unitValue(heading.unitValue()), change(heading.valueChange()),
                            change(heading.quantityChange()));
                }
            }
        }
        boolean anyCheck = years.stream().anyMatch(y -> !y.priceChecks().isEmpty());
        if (anyCheck) {
            out.println();
            out.println("Unit values against the reference prices");
            out.printf("%-5s %-7s %-8s %10s %10s %7s  %s%n", "Year", "HS", "Partner", "USD/t", "Reference", "Ratio", "");
            for (MirrorYear year : years) {
                for (PriceCheck check : year.priceChecks()) {
                    out.printf("%-5d %-7s %-8s %10s %10s %7s  %s%n", year.year(), check.hsCode(),
                            check.partner() == null ? "all" : check.partner(), unitValue(check.unitValue()),
                            unitValue(check.referencePrice()), String.format(Locale.ROOT, "%.2f", check.ratio()),
                            check.belowMarket() ? "BELOW MARKET" : "");
                }
            }
        }
        statedTable(years, stated);
    }

    void combine(List<CombinedYear> years, StatedFigures stated) {
        out.printf("%-5s %16s %16s %7s  %s%n", "Year", "Total USD", "Mining USD", "Mining", "Partners' shares of mining exports");
        for (CombinedYear year : years) {
            out.printf("%-5d %16s %16s %7s  %s%n", year.year(), money(year.totalValue()), money(year.miningValue()),
                    percent(year.miningShare()), partners(year.partners()));
        }
        out.println();
        out.println("Editions used (latest published edition of each statistic; older values it replaced in brackets)");
        for (CombinedYear year : years) {
            out.printf("%d total:  %s%n", year.year(), editions(year.totalEditions()));
            out.printf("%d mining: %s%n", year.year(), editions(year.miningEditions()));
        }
        statedTable(years, stated);
    }

    private void statedTable(List<? extends ExportShares> years, StatedFigures stated) {
        boolean any = years.stream().anyMatch(y -> !stated.compare(y).isEmpty());
        if (!any) {
            return;
        }
        out.println();
        out.println("The report's stated figures (knowledge graph) beside the computed ones");
        out.printf("%-5s %-44s %8s %9s %8s  %s%n", "Year", "Figure", "Stated", "Computed", "Diff", "Source");
        for (ExportShares year : years) {
            for (StatedFigures.Comparison comparison : stated.compare(year)) {
                StatedFigures.Stated figure = comparison.stated();
                String what = figure.property().equals(StatedFigures.SHARE)
                        ? figure.partner() == null ? "mining share of all exports" : "mining share of exports to " + figure.partner()
                        : figure.partner() + "'s share of mining exports";
                out.printf("%-5d %-44s %8s %9s %8s  %s%n", year.year(), what,
                        (figure.approximate() ? "~" : "") + percent(figure.value()), percent(comparison.computed()),
                        comparison.difference() == null ? "-" : String.format(Locale.ROOT, "%+.1f pt", comparison.difference() * 100),
                        figure.citation());
            }
        }
    }

    private static String partners(List<PartnerFigures> partners) {
        String shown = partners.stream().filter(p -> p.miningValue() > 0).limit(4)
                .map(p -> p.iso() + " " + percent(p.miningShare())).collect(Collectors.joining(", "));
        long more = partners.stream().filter(p -> p.miningValue() > 0).count() - 4;
        return more > 0 ? shown + ", +" + more + " more" : shown.isEmpty() ? "-" : shown;
    }

    private static String editions(List<EditionUse> uses) {
        if (uses.isEmpty()) {
            return "-";
        }
        return uses.stream().map(use -> use.source() + " " + use.published() + " " + use.partner() + " " + use.hsCode() + " "
                + money(use.valueUsd()) + (use.replaced().isEmpty() ? "" : use.replaced().stream()
                        .map(r -> r.published() + ": " + money(r.valueUsd())).collect(Collectors.joining("; ", " [", "]"))))
                .collect(Collectors.joining(" + "));
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String tonnes(Double tonnes) {
        return tonnes == null ? "-" : String.format(Locale.ROOT, "%,.1f", tonnes);
    }

    private static String unitValue(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String change(Double change) {
        return change == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", change * 100);
    }
}

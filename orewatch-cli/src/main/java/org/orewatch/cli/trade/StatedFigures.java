package org.orewatch.cli.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.orewatch.kb.Citation;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Statement;
import org.orewatch.kb.Value;
import org.orewatch.trade.ExportShares;
import org.orewatch.trade.PartnerFigures;

/**
 * The report's trade figures from the knowledge graph, set beside what a method computes for the
 * same year. The graph holds them on the country (found by its {@code iso_alpha3} statement):
 *
 * <ul>
 *   <li>{@code mining_export_share} at a year: mining products' share of all exports, compared
 *       with the year's {@code mining_share}; with a {@code partner} qualifier, of exports to that
 *       partner (the report's Graph 2), compared with the partner's
 *       {@code mining_share_of_partner_exports};
 *   <li>{@code mining_export_partner_share} with a {@code partner}: that partner's share of mining
 *       exports, compared with the partner's {@code mining_share}.
 * </ul>
 *
 * Partners are mapped between the graph's country ids and ISO3 codes through the same
 * {@code iso_alpha3} statements, so no table of codes lives in code.
 */
final class StatedFigures {

    static final String SHARE = "mining_export_share";
    static final String PARTNER_SHARE = "mining_export_partner_share";

    /** One stated figure. {@code partner} is an ISO3 code or null; value is a fraction (0.49). */
    record Stated(String property, int year, String partner, double value, boolean approximate, String citation,
            String note) {
    }

    /** A stated figure and the computed one it corresponds to (null when the data lack it). */
    record Comparison(Stated stated, Double computed) {

        Double difference() {
            return computed == null ? null : computed - stated.value();
        }
    }

    private final List<Stated> figures;
    private final boolean yearLevel;

    private StatedFigures(List<Stated> figures, boolean yearLevel) {
        this.figures = List.copyOf(figures);
        this.yearLevel = yearLevel;
    }

    static StatedFigures none() {
        return new StatedFigures(List.of(), true);
    }

    /**
     * The stated figures about a country.
     *
     * @param yearLevel false when the computed year figures are restricted to one partner, so that
     *     year-level statements do not describe them
     */
    static StatedFigures from(KnowledgeGraph graph, String countryIso3, boolean yearLevel) {
        Map<String, String> isoById = new LinkedHashMap<>();
        for (Entity entity : graph.entities()) {
            for (Statement statement : entity.statements()) {
                if (statement.property().equals("iso_alpha3")) {
                    isoById.put(entity.id(), statement.value().display().toUpperCase(Locale.ROOT));
                }
            }
        }
        Optional<String> country = isoById.entrySet().stream().filter(e -> e.getValue().equals(countryIso3))
                .map(Map.Entry::getKey).findFirst();
        if (country.isEmpty()) {
            return new StatedFigures(List.of(), yearLevel);
        }
        List<Stated> figures = new ArrayList<>();
        for (Statement statement : graph.statementsAbout(country.get())) {
            boolean share = statement.property().equals(SHARE);
            boolean partnerShare = statement.property().equals(PARTNER_SHARE);
            if (!share && !partnerShare || !(statement.value() instanceof Value.Quantity quantity)
                    || quantity.amount() == null || statement.time().at() == null) {
                continue;
            }
            Value partnerValue = statement.qualifiers().get("partner");
            String partner = null;
            if (partnerValue instanceof Value.EntityRef ref) {
                partner = isoById.get(ref.id());
                if (partner == null) {
                    continue;
                }
            }
            if (partnerShare && partner == null) {
                continue;
            }
            BigDecimal fraction = "%".equals(quantity.unit()) ? quantity.amount().movePointLeft(2) : quantity.amount();
            figures.add(new Stated(statement.property(), statement.time().at().year(), partner, fraction.doubleValue(),
                    quantity.approximate(), citation(graph, statement), statement.note()));
        }
        return new StatedFigures(figures, yearLevel);
    }

    private static String citation(KnowledgeGraph graph, Statement statement) {
        return statement.citations().stream().map(c -> describe(graph, c)).collect(Collectors.joining("; "));
    }

    private static String describe(KnowledgeGraph graph, Citation citation) {
        StringBuilder text = new StringBuilder(graph.nameOf(citation.source()));
        citation.locator().forEach((key, value) -> text.append(", ").append(key).append(' ').append(value));
        return text.toString();
    }

    /** The stated figures for a computed year, each with its computed counterpart. */
    List<Comparison> compare(ExportShares year) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Stated stated : figures) {
            if (stated.year() != year.year()) {
                continue;
            }
            if (stated.property().equals(SHARE) && stated.partner() == null) {
                if (yearLevel) {
                    comparisons.add(new Comparison(stated, year.miningShare()));
                }
                continue;
            }
            Optional<PartnerFigures> partner = year.partners().stream().filter(p -> p.iso().equals(stated.partner())).findFirst();
            Double computed = partner.map(p -> stated.property().equals(SHARE) ? p.miningShareOfPartnerExports() : p.miningShare())
                    .orElse(null);
            comparisons.add(new Comparison(stated, computed));
        }
        return comparisons;
    }

    Optional<List<Map<String, Object>>> json(ExportShares year) {
        List<Comparison> comparisons = compare(year);
        if (comparisons.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Comparison comparison : comparisons) {
            Stated stated = comparison.stated();
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("property", stated.property());
            object.put("partner", stated.partner());
            object.put("stated", stated.value());
            object.put("approximate", stated.approximate());
            object.put("computed", comparison.computed());
            object.put("difference", comparison.difference());
            object.put("cite", stated.citation());
            out.add(object);
        }
        return Optional.of(out);
    }
}

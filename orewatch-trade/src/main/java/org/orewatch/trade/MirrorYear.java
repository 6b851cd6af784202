package org.orewatch.trade;

import java.util.List;

/**
 * A country's exports in one year as its partners recorded them (mirror statistics).
 *
 * @param totalValue sum over reporting partners of their imports from the country (USD)
 * @param miningValue the part under the mining chapters
 * @param miningShare miningValue / totalValue; null when totalValue is 0
 * @param miningQuantityT tonnes of mining products, over rows that report a weight; null when none does
 * @param miningUnitValue USD per tonne over the rows with a weight
 * @param totalValueChange year-on-year change of totalValue ((this - last) / last); null without last year
 * @param miningValueChange the same for miningValue
 * @param miningQuantityChange the same for miningQuantityT
 * @param partners one entry per partner that reported imports from the country this year
 * @param chapters every HS chapter present (mining or not)
 * @param headings the 4-digit headings within the mining chapters
 * @param priceChecks unit values against reference prices, when prices are given
 */
public record MirrorYear(int year, double totalValue, double miningValue, Double miningShare, Double miningQuantityT,
        Double miningUnitValue, Double totalValueChange, Double miningValueChange, Double miningQuantityChange,
        List<PartnerFigures> partners, List<CodeFigures> chapters, List<CodeFigures> headings,
        List<PriceCheck> priceChecks) implements ExportShares {

    public MirrorYear {
        partners = List.copyOf(partners);
        chapters = List.copyOf(chapters);
        headings = List.copyOf(headings);
        priceChecks = List.copyOf(priceChecks);
    }
}

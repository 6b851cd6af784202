package org.orewatch.trade;

import java.util.List;

/**
 * A country's exports to one partner in one year.
 *
 * @param miningShare this partner's mining value / the country's mining value (all partners);
 *     null when the country's mining value is 0
 * @param miningShareOfPartnerExports this partner's mining value / this partner's total value
 *     (the report's Graph 2 for China); null when the total is 0
 * @param miningQuantityT tonnes of mining products where weights are reported; null when none is
 *     (mirror statistics only)
 * @param editions where each figure came from (the combination rule only; empty for mirrors)
 */
public record PartnerFigures(String iso, double totalValue, double miningValue, Double miningShare,
        Double miningShareOfPartnerExports, Double miningQuantityT, List<EditionUse> editions) {

    public PartnerFigures {
        editions = List.copyOf(editions);
    }
}

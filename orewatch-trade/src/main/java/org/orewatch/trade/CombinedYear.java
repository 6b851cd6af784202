package org.orewatch.trade;

import java.util.List;

/**
 * A country's exports in one year by the report's rule: the latest edition of each statistic,
 * summed over sources.
 *
 * @param miningQuantityT tonnes of mining products, when every statistic used for the mining value gives one; else null
 * @param totalEditions the statistics that make up totalValue
 * @param miningEditions the statistics that make up miningValue
 */
public record CombinedYear(int year, double totalValue, double miningValue, Double miningShare, Double miningQuantityT,
        List<PartnerFigures> partners, List<EditionUse> totalEditions, List<EditionUse> miningEditions) implements ExportShares {

    public CombinedYear {
        partners = List.copyOf(partners);
        totalEditions = List.copyOf(totalEditions);
        miningEditions = List.copyOf(miningEditions);
    }
}

package org.orewatch.trade;

import java.util.List;

/**
 * A country's exports in one year as both methods (mirror statistics and the report's combination
 * of editions) produce them: total, mining products, and per partner. Charts are drawn from this.
 */
public interface ExportShares {

    int year();

    double totalValue();

    double miningValue();

    /** miningValue / totalValue, or null when totalValue is 0. */
    Double miningShare();

    List<PartnerFigures> partners();
}

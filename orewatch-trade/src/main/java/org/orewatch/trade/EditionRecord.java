package org.orewatch.trade;

/**
 * One row of a source table: a statistic as one edition of a compilation published it.
 *
 * @param origin index of the row in what was read, to find its line again for messages
 * @param source the compilation (KOTRA, I-RENK ...)
 * @param published the edition's publication date: YYYY, YYYY-MM or YYYY-MM-DD
 * @param partner ISO3 code of the partner, or WLD for all partners
 * @param hsCode TOTAL, or an HS chapter, heading or subheading
 * @param quantityT tonnes, or null when not given
 */
public record EditionRecord(int origin, String source, String published, int year, String partner, String hsCode,
        FlowDirection flow, double valueUsd, Double quantityT) {

    public static final String ALL_PARTNERS = "WLD";
}

package org.orewatch.trade;

/**
 * Exports under one HS chapter or heading in one year.
 *
 * @param quantityT tonnes, over the rows that report a weight; null when none does
 * @param unitValue USD per tonne: value of the rows with a weight / their tonnes; null without weights
 * @param quantityCoverage share of the value whose weight is known (0 to 1)
 * @param valueChange (value - last year's value) / last year's value; null without last year
 * @param quantityChange the same for tonnes; null when either year has no weight
 * @param unallocatedValue for a chapter: value not broken down into headings (reported only at
 *     chapter level); 0 when the headings add up to the chapter
 */
public record CodeFigures(String code, double value, Double quantityT, Double unitValue, Double quantityCoverage,
        Double valueChange, Double quantityChange, double unallocatedValue) {
}

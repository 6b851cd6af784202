package org.orewatch.trade;

/**
 * A unit value compared with a reference price.
 *
 * @param partner the partner whose records give the unit value, or null for all partners together
 * @param ratio unitValue / referencePrice
 * @param belowMarket ratio below 1 - tolerance
 */
public record PriceCheck(String hsCode, String partner, double unitValue, double referencePrice, double ratio,
        boolean belowMarket) {
}

package org.orewatch.trade;

/**
 * What a column of a trade file means, whatever the file calls it. Each {@link TradeFileFormat}
 * maps its own column names onto these.
 */
public enum TradeField {
    YEAR("year"),
    REPORTER("reporter ISO code"),
    PARTNER("partner ISO code"),
    FLOW("trade flow code"),
    HS_CODE("HS code"),
    VALUE("trade value (USD)"),
    NET_WEIGHT_KG("net weight (kg)"),
    QUANTITY("quantity"),
    QUANTITY_UNIT("quantity unit code"),
    QUANTITY_UNIT_NAME("quantity unit"),
    PARTNER2("second partner ISO code"),
    PARTNER2_CODE("second partner code"),
    CUSTOMS("customs procedure code"),
    TRANSPORT_MODE("mode of transport code"),
    SUPPLY_MODE("mode of supply code"),
    CLASSIFICATION("classification"),
    FREQUENCY("frequency"),
    PERIOD("period"),
    ORIGINAL_CLASSIFICATION("original-classification flag"),
    SOURCE("source"),
    PUBLISHED("publication date of the edition"),
    QUANTITY_T("quantity (tonnes)"),
    PRICE_USD_PER_T("reference price (USD per tonne)");

    private final String description;

    TradeField(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

package org.orewatch.trade;

import java.util.Locale;

/**
 * One row of a Comtrade file, checked and typed: a reporter's record of trade with a partner in
 * one year (or month), for one HS code.
 *
 * @param origin index of the row in what was read, to find its line again for messages
 * @param hsCode 2, 4 or 6 digits, or {@code TOTAL}
 * @param netWeightKg net weight in kg; null when not reported (an empty cell, or 0, which
 *     Comtrade writes for "not reported" as often as for nothing)
 * @param quantity the quantity in {@code quantityUnit}; null when empty
 */
public record FlowRecord(int origin, int year, String reporter, String partner, FlowDirection flow, String hsCode,
        double valueUsd, Double netWeightKg, Double quantity, String quantityUnit, String quantityUnitName,
        Breakdown breakdown, Series series) {

    public static final String TOTAL = "TOTAL";

    /**
     * Comtrade's breakdowns of a flow by second partner, customs procedure, mode of transport and
     * mode of supply. A row is a total when each is absent or at its "all" code; rows that break a
     * total down repeat its trade and are not added to it.
     */
    public record Breakdown(String partner2, String partner2Code, String customs, String transportMode, String supplyMode) {

        public static final Breakdown NONE = new Breakdown("", "", "", "", "");

        public boolean isTotal() {
            return (partner2.isEmpty() || partner2.equals("W00") || partner2.equals("WLD"))
                    && (partner2Code.isEmpty() || partner2Code.equals("0"))
                    && (customs.isEmpty() || customs.equals("C00"))
                    && (transportMode.isEmpty() || transportMode.equals("0"))
                    && (supplyMode.isEmpty() || supplyMode.equals("0"));
        }
    }

    /**
     * Which series a row belongs to: HS edition (H0 ... H6, HS for "as reported"), whether that is
     * the edition the reporter used, frequency (A or M) and period (YYYY or YYYYMM).
     */
    public record Series(String classification, String originalClassification, String frequency, String period) {

        public static final Series ANNUAL = new Series("", "", "", "");

        public boolean monthly() {
            return frequency.equalsIgnoreCase("M") || period.length() == 6;
        }

        public boolean markedOriginal() {
            String flag = originalClassification.toLowerCase(Locale.ROOT);
            return flag.equals("1") || flag.equals("true");
        }
    }

    public boolean isTotalCode() {
        return hsCode.equals(TOTAL);
    }

    /** The HS chapter (first two digits); undefined for TOTAL. */
    public String chapter() {
        return hsCode.substring(0, 2);
    }

    /**
     * The weight in kg used for tonnage and unit values: the net weight when reported and above 0,
     * else the quantity when its unit is kilograms (Comtrade unit code 8), else unknown.
     */
    public Double weightKg() {
        if (netWeightKg != null && netWeightKg > 0) {
            return netWeightKg;
        }
        if (quantity != null && quantity > 0 && quantityIsKilograms()) {
            return quantity;
        }
        return null;
    }

    private boolean quantityIsKilograms() {
        String name = quantityUnitName.toLowerCase(Locale.ROOT);
        return quantityUnit.equals("8") || name.equals("kg") || name.equals("weight in kilograms");
    }
}

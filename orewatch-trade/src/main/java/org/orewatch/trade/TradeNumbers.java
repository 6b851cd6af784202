package org.orewatch.trade;

import java.math.BigDecimal;

/** Shares, changes and plain number text, defined once for every method. */
public final class TradeNumbers {

    private TradeNumbers() {
    }

    /** part / whole, or null when whole is 0 (a share of nothing is undefined, not 0). */
    public static Double ratio(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    /** (now - before) / before; null when either is unknown or before is 0. */
    public static Double change(Double now, Double before) {
        if (now == null || before == null || before == 0) {
            return null;
        }
        return (now - before) / before;
    }

    /** A number without exponent or trailing zeros: 1680000000, 0.25. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e18) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

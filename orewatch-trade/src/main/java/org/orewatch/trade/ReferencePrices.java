package org.orewatch.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A reference price series (USD per tonne by HS code and year), such as a benchmark coal or
 * iron-ore price, against which unit values are checked.
 */
public final class ReferencePrices {

    /** One price: an HS code of 2, 4 or 6 digits, a year, USD per tonne. */
    public record Price(String hsCode, int year, double usdPerTonne) {
    }

    private final List<Price> prices;

    public ReferencePrices(List<Price> prices) {
        List<Price> sorted = new ArrayList<>(prices);
        sorted.sort(Comparator.comparing(Price::year).thenComparing(Price::hsCode));
        this.prices = List.copyOf(sorted);
    }

    public static ReferencePrices none() {
        return new ReferencePrices(List.of());
    }

    public List<Price> prices() {
        return prices;
    }

    public List<Price> forYear(int year) {
        return prices.stream().filter(p -> p.year() == year).toList();
    }

    public boolean isEmpty() {
        return prices.isEmpty();
    }
}

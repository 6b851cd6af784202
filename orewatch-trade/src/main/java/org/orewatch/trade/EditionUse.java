package org.orewatch.trade;

import java.util.List;

/**
 * One published statistic that went into a combined figure: from which source and edition, for
 * which partner and HS code, with what value; and the older editions of the same statistic that
 * it replaced (only those that gave a different value).
 */
public record EditionUse(String source, String published, String partner, String hsCode, double valueUsd,
        List<Replaced> replaced) {

    /** An older edition's value for the same statistic. */
    public record Replaced(String published, double valueUsd) {
    }

    public EditionUse {
        replaced = List.copyOf(replaced);
    }
}

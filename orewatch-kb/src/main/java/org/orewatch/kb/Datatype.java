package org.orewatch.kb;

import java.util.Locale;
import java.util.Optional;

/** How a property's or qualifier's value is written and read. */
public enum Datatype {
    REF, QUANTITY, TEXT, DATE, INTEGER, BOOLEAN, URL, GEO, ENUM;

    public static Optional<Datatype> parse(String text) {
        for (Datatype datatype : values()) {
            if (datatype.id().equals(text)) {
                return Optional.of(datatype);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

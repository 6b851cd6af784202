package org.orewatch.lists;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier a list gives for an entry: an IMO number, a UN reference number, a passport.
 * {@code scheme} is one of the names in {@link IdentifierScheme}; {@code country} is the issuing
 * country when the list names one, else null.
 */
public record Identifier(String scheme, String value, String country, String note) {

    public Identifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    public static Identifier of(String scheme, String value) {
        return new Identifier(scheme, value.trim(), null, null);
    }

    /** The value as compared: letters and digits only, upper case ("OB 0243318" equals "ob0243318"). */
    public String normalized() {
        return normalize(value);
    }

    public static String normalize(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }
}

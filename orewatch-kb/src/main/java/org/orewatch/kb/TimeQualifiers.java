package org.orewatch.kb;

import java.util.Optional;

/**
 * When a statement holds. Any field may be null. {@code vintage} is the publication date of the
 * edition that gave the figure, for sources that revise figures between editions.
 */
public record TimeQualifiers(PartialDate at, PartialDate from, PartialDate to, PartialDate asOf,
        PartialDate vintage) {

    public static final TimeQualifiers NONE = new TimeQualifiers(null, null, null, null, null);

    public boolean isEmpty() {
        return at == null && from == null && to == null && asOf == null && vintage == null;
    }

    public Optional<PartialDate> atDate() {
        return Optional.ofNullable(at);
    }

    /** The same time without the vintage: editions of one figure share it. */
    public TimeQualifiers withoutVintage() {
        return new TimeQualifiers(at, from, to, asOf, null);
    }

    /** "1998", "from 1967 to 1987", "as of 2014-12", "(edition 2015-03)". */
    public String display() {
        StringBuilder text = new StringBuilder();
        if (at != null) {
            append(text, at.toString());
        }
        if (from != null && to != null) {
            append(text, "from " + from + " to " + to);
        } else if (from != null) {
            append(text, "from " + from);
        } else if (to != null) {
            append(text, "until " + to);
        }
        if (asOf != null) {
            append(text, "as of " + asOf);
        }
        if (vintage != null) {
            append(text, "edition of " + vintage);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (text.length() > 0) {
            text.append(", ");
        }
        text.append(part);
    }
}

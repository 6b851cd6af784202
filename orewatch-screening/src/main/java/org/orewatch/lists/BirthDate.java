package org.orewatch.lists;

import java.util.Objects;
import org.orewatch.kb.PartialDate;

/**
 * A date of birth as a list gives it: one date known to the year, month or day ({@code from}
 * equals {@code to}), a range of years ("1973 to 1974", the UN's BETWEEN), or an approximate
 * year ("circa 1947", the UN's APPROXIMATELY).
 */
public record BirthDate(PartialDate from, PartialDate to, boolean approximate) {

    public BirthDate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("birth-date range ends before it starts: " + from + " to " + to);
        }
    }

    public static BirthDate exact(PartialDate date) {
        return new BirthDate(date, date, false);
    }

    public static BirthDate circa(PartialDate date) {
        return new BirthDate(date, date, true);
    }

    public boolean isRange() {
        return !from.equals(to);
    }

    /** "1944-10-13", "circa 1947", "1973 to 1974". */
    @Override
    public String toString() {
        if (isRange()) {
            return (approximate ? "circa " : "") + from + " to " + to;
        }
        return (approximate ? "circa " : "") + from;
    }
}

package org.orewatch.trade;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A publication date as sources give it, to the day, the month or the year. A date known only to
 * the month or year is the span of days it may stand for; one edition is later than another only
 * when its span starts after the other's ends, so "2014" and "2014-06-01" cannot be ordered.
 */
record EditionDate(String text, LocalDate earliest, LocalDate latest) {

    static EditionDate parse(String text) {
        String[] parts = text.split("-");
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return new EditionDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int month = Integer.parseInt(parts[1]);
        if (parts.length == 2) {
            YearMonth yearMonth = YearMonth.of(year, month);
            return new EditionDate(text, yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        LocalDate day = LocalDate.of(year, month, Integer.parseInt(parts[2]));
        return new EditionDate(text, day, day);
    }

    boolean laterThan(EditionDate other) {
        return earliest.isAfter(other.latest);
    }

    boolean sameAs(EditionDate other) {
        return earliest.equals(other.earliest) && latest.equals(other.latest);
    }
}

package org.orewatch.kb;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day: {@code 1998}, {@code 2012-05},
 * {@code 1992-12-28}. Ordered by its earliest possible day; a coarser date sorts before a finer
 * one that starts on the same day.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            // Let java.time reject 2014-02-30.
            java.time.LocalDate.of(year, month, day);
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is none of these. */
    public static Optional<PartialDate> parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            int month = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            return Optional.of(new PartialDate(year, month, day));
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** The last day this date could mean, as a comparable partial date (for "from ... to" checks). */
    public PartialDate end() {
        if (day != 0) {
            return this;
        }
        if (month != 0) {
            return new PartialDate(year, month, java.time.YearMonth.of(year, month).lengthOfMonth());
        }
        return new PartialDate(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(Math.max(month, 1), Math.max(other.month, 1));
        if (byMonth != 0) {
            return byMonth;
        }
        int byDay = Integer.compare(Math.max(day, 1), Math.max(other.day, 1));
        if (byDay != 0) {
            return byDay;
        }
        return Integer.compare(precision(), other.precision());
    }

    /** 1 for a year, 2 for a month, 3 for a day. */
    public int precision() {
        return day != 0 ? 3 : month != 0 ? 2 : 1;
    }

    @Override
    public String toString() {
        if (day != 0) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        if (month != 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d", year);
    }
}

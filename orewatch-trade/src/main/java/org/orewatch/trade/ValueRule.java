package org.orewatch.trade;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a field's value must look like. Each rule exists twice, as a SQL predicate that the engine
 * evaluates over every row of a file, and as a Java check that names the problem in words; both
 * are built from the same patterns so they agree on what is valid.
 *
 * <p>Values are trimmed of spaces first. An empty cell is "missing".
 */
enum ValueRule {
    /** Any non-empty text. */
    TEXT,
    /** Four digits. */
    YEAR,
    /** 2, 4 or 6 digits (chapter, heading, subheading), or TOTAL. */
    HS_CODE_OR_TOTAL,
    /** 2, 4 or 6 digits. */
    HS_CODE,
    /** A non-negative decimal number, required. */
    AMOUNT,
    /** A non-negative decimal number, or empty. */
    OPTIONAL_AMOUNT,
    /** YYYY, YYYY-MM or YYYY-MM-DD. */
    DATE,
    /** An ISO 3166 alpha-3 code, or WLD / W00 for all partners: a letter and two letters or digits. */
    AREA_CODE,
    /** export, import (or x, m). */
    FLOW_WORD,
    /** Empty, or an HS edition code starting with H (H0 ... H6, HS). */
    HS_CLASSIFICATION;

    static final String NUMBER_PATTERN = "[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?|\\.[0-9]+([eE][+-]?[0-9]+)?";
    static final String HS_PATTERN = "[0-9]{2}|[0-9]{4}|[0-9]{6}";
    static final String DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

    private static final Pattern NUMBER = Pattern.compile(NUMBER_PATTERN);
    private static final Pattern HS = Pattern.compile(HS_PATTERN);
    private static final Pattern DATE_SHAPE = Pattern.compile(DATE_PATTERN);
    private static final Pattern YEAR_SHAPE = Pattern.compile("[0-9]{4}");
    private static final Pattern AREA = Pattern.compile("[A-Z][A-Z0-9]{2}");

    /**
     * A SQL predicate, true when the value is NOT valid. {@code text} is the trimmed text of the
     * value; {@code typed} the column itself when a Parquet file stores it as a number, else null.
     */
    String violationSql(String text, String typed) {
        String value = "coalesce(" + text + ", '')";
        switch (this) {
            case TEXT:
                return value + " = ''";
            case YEAR:
                if (typed != null) {
                    return "(" + typed + " IS NULL OR " + typed + " < 1000 OR " + typed + " > 9999 OR "
                            + typed + " <> floor(" + typed + "))";
                }
                return "NOT (" + value + " GLOB '[0-9][0-9][0-9][0-9]')";
            case HS_CODE_OR_TOTAL:
                return "NOT (" + hsGlob(value) + " OR upper(" + value + ") = 'TOTAL')";
            case HS_CODE:
                return "NOT " + hsGlob(value);
            case AMOUNT:
                if (typed != null) {
                    return "(" + typed + " IS NULL OR NOT isfinite(CAST(" + typed + " AS DOUBLE)) OR " + typed + " < 0)";
                }
                return "NOT " + numberSql(value);
            case OPTIONAL_AMOUNT:
                if (typed != null) {
                    return "(" + typed + " IS NOT NULL AND (NOT isfinite(CAST(" + typed + " AS DOUBLE)) OR " + typed + " < 0))";
                }
                return "(" + value + " <> '' AND NOT " + numberSql(value) + ")";
            case DATE:
                return "NOT regexp_full_match(" + value + ", '" + DATE_PATTERN + "')";
            case AREA_CODE:
                return "NOT (upper(" + value + ") GLOB '[A-Z][A-Z0-9][A-Z0-9]')";
            case FLOW_WORD:
                return "lower(" + value + ") NOT IN ('export', 'exports', 'x', 'import', 'imports', 'm')";
            case HS_CLASSIFICATION:
                return "(" + value + " <> '' AND upper(" + value + ") NOT LIKE 'H%')";
            default:
                throw new AssertionError(this);
        }
    }

    /*
     * The SQL forms use GLOB and a cast rather than the regular expressions above: over a
     * hundred million rows a regular expression per value costs more than the whole aggregation.
     * They accept the same values: digits only for codes and years; for numbers, text made of
     * digits, '.', 'e', 'E', '+', '-' that starts with a digit or '.' and that the engine parses
     * as a finite number (so no sign, no '_', no NaN or Infinity).
     */
    private static String hsGlob(String value) {
        return "(" + value + " GLOB '[0-9][0-9]' OR " + value + " GLOB '[0-9][0-9][0-9][0-9]' OR "
                + value + " GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]')";
    }

    private static String numberSql(String value) {
        return "(" + value + " GLOB '[0-9.]*' AND " + value + " NOT GLOB '*[!0-9.eE+-]*' AND coalesce(isfinite(TRY_CAST("
                + value + " AS DOUBLE)), false))";
    }

    /** What is wrong with a value, in words; empty when it is valid. {@code raw} may be null (missing). */
    Optional<String> problem(String raw) {
        String value = raw == null ? "" : raw.strip();
        switch (this) {
            case TEXT:
                return value.isEmpty() ? Optional.of("missing value") : Optional.empty();
            case YEAR:
                if (value.isEmpty()) {
                    return Optional.of("missing year");
                }
                return YEAR_SHAPE.matcher(value).matches() ? Optional.empty()
                        : Optional.of(quote(value) + " is not a four-digit year");
            case HS_CODE_OR_TOTAL:
            case HS_CODE:
                if (value.isEmpty()) {
                    return Optional.of("missing HS code");
                }
                if (HS.matcher(value).matches() || this == HS_CODE_OR_TOTAL && value.toUpperCase(Locale.ROOT).equals("TOTAL")) {
                    return Optional.empty();
                }
                return Optional.of(quote(value) + " is not an HS code of 2, 4 or 6 digits"
                        + (this == HS_CODE_OR_TOTAL ? " or TOTAL" : "")
                        + (value.contains(".") ? " (write 270111, not 2701.11)" : "")
                        + (value.matches("[0-9]{1}|[0-9]{3}|[0-9]{5}") ? " (a leading zero lost?)" : ""));
            case AMOUNT:
            case OPTIONAL_AMOUNT:
                if (value.isEmpty()) {
                    return this == AMOUNT ? Optional.of("missing value") : Optional.empty();
                }
                if (NUMBER.matcher(value).matches()) {
                    return Optional.empty();
                }
                if (value.startsWith("-") && NUMBER.matcher(value.substring(1)).matches()) {
                    return Optional.of(quote(value) + " is negative");
                }
                return Optional.of(quote(value) + " is not a number");
            case DATE:
                if (value.isEmpty()) {
                    return Optional.of("missing date");
                }
                if (!DATE_SHAPE.matcher(value).matches()) {
                    return Optional.of(quote(value) + " is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
                }
                return EditionDate.validity(value).map(reason -> quote(value) + " is not a date: " + reason);
            case AREA_CODE:
                if (value.isEmpty()) {
                    return Optional.of("missing partner code");
                }
                return AREA.matcher(value.toUpperCase(Locale.ROOT)).matches() ? Optional.empty()
                        : Optional.of(quote(value) + " is not a three-letter ISO code, WLD or W00");
            case FLOW_WORD:
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "export": case "exports": case "x": case "import": case "imports": case "m":
                        return Optional.empty();
                    default:
                        return Optional.of(quote(value) + " is not a flow (export or import)");
                }
            case HS_CLASSIFICATION:
                return value.isEmpty() || value.toUpperCase(Locale.ROOT).startsWith("H") ? Optional.empty()
                        : Optional.of("classification " + quote(value) + " is not an HS edition (H0 to H6); orewatch reads HS data only");
            default:
                throw new AssertionError(this);
        }
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }

    /** The rule for a field in a format; empty when the field is not checked. */
    static Optional<ValueRule> of(TradeFileFormat format, TradeField field) {
        boolean sourceTable = format == TradeFileFormat.SOURCE_TABLE;
        switch (field) {
            case YEAR:
                return Optional.of(YEAR);
            case REPORTER:
            case SOURCE:
                return Optional.of(TEXT);
            case PARTNER:
                return Optional.of(sourceTable ? AREA_CODE : TEXT);
            case FLOW:
                return Optional.of(sourceTable ? FLOW_WORD : TEXT);
            case HS_CODE:
                return Optional.of(format == TradeFileFormat.PRICE_SERIES ? HS_CODE : HS_CODE_OR_TOTAL);
            case VALUE:
            case PRICE_USD_PER_T:
                return Optional.of(AMOUNT);
            case NET_WEIGHT_KG:
            case QUANTITY:
            case QUANTITY_T:
                return Optional.of(OPTIONAL_AMOUNT);
            case PUBLISHED:
                return Optional.of(DATE);
            case CLASSIFICATION:
                return Optional.of(HS_CLASSIFICATION);
            default:
                return Optional.empty();
        }
    }

    /** Shared by the SQL and Java checks of dates. */
    static final class EditionDate {
        private EditionDate() {
        }

        static Optional<String> validity(String value) {
            String[] parts = value.split("-");
            try {
                int year = Integer.parseInt(parts[0]);
                int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
                int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
                LocalDate.of(year, month, day);
                return Optional.empty();
            } catch (DateTimeException | NumberFormatException e) {
                return Optional.of("no such day or month");
            }
        }
    }
}

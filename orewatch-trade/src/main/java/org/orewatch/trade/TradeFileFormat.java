package org.orewatch.trade;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The layouts of trade files orewatch reads, told apart by their header. Column names are
 * compared after {@link #normalize(String) normalising} (lower case, letters and digits only), so
 * {@code Trade Value (US$)}, {@code TradeValueUS} and {@code tradevalueus} are one column.
 *
 * <p>Every column of a file must be known to its format: a misspelt or unexpected column is an
 * error rather than a column silently ignored. Known columns that orewatch does not use (names,
 * descriptions, flags) map to no field.
 */
public enum TradeFileFormat {

    /** UN Comtrade bulk and API extracts since the 2023 "Comtrade Plus" release. */
    COMTRADE_CURRENT("UN Comtrade file (current format)",
            Map.ofEntries(
                    Map.entry("refyear", TradeField.YEAR),
                    Map.entry("reporteriso", TradeField.REPORTER),
                    Map.entry("partneriso", TradeField.PARTNER),
                    Map.entry("flowcode", TradeField.FLOW),
                    Map.entry("cmdcode", TradeField.HS_CODE),
                    Map.entry("primaryvalue", TradeField.VALUE),
                    Map.entry("netwgt", TradeField.NET_WEIGHT_KG),
                    Map.entry("qty", TradeField.QUANTITY),
                    Map.entry("qtyunitcode", TradeField.QUANTITY_UNIT),
                    Map.entry("qtyunitabbr", TradeField.QUANTITY_UNIT_NAME),
                    Map.entry("partner2iso", TradeField.PARTNER2),
                    Map.entry("partner2code", TradeField.PARTNER2_CODE),
                    Map.entry("customscode", TradeField.CUSTOMS),
                    Map.entry("motcode", TradeField.TRANSPORT_MODE),
                    Map.entry("moscode", TradeField.SUPPLY_MODE),
                    Map.entry("classificationcode", TradeField.CLASSIFICATION),
                    Map.entry("freqcode", TradeField.FREQUENCY),
                    Map.entry("period", TradeField.PERIOD),
                    Map.entry("isoriginalclassification", TradeField.ORIGINAL_CLASSIFICATION)),
            List.of("typecode", "refperiodid", "refmonth", "reportercode", "reporterdesc", "flowdesc",
                    "partnercode", "partnerdesc", "partner2desc", "classificationsearchcode", "cmddesc",
                    "aggrlevel", "isleaf", "customsdesc", "motdesc", "isqtyestimated", "altqtyunitcode",
                    "altqtyunitabbr", "altqty", "isaltqtyestimated", "isnetwgtestimated", "grosswgt",
                    "isgrosswgtestimated", "cifvalue", "fobvalue", "legacyestimationflag", "isreported",
                    "isaggregate"),
            EnumSet.of(TradeField.YEAR, TradeField.REPORTER, TradeField.PARTNER, TradeField.FLOW,
                    TradeField.HS_CODE, TradeField.VALUE)),

    /** UN Comtrade's legacy extracts (the format of comtrade.un.org before 2023). */
    COMTRADE_LEGACY("UN Comtrade file (legacy format)",
            Map.ofEntries(
                    Map.entry("year", TradeField.YEAR),
                    Map.entry("reporteriso", TradeField.REPORTER),
                    Map.entry("partneriso", TradeField.PARTNER),
                    Map.entry("tradeflowcode", TradeField.FLOW),
                    Map.entry("commoditycode", TradeField.HS_CODE),
                    Map.entry("tradevalueus", TradeField.VALUE),
                    Map.entry("netweightkg", TradeField.NET_WEIGHT_KG),
                    Map.entry("qty", TradeField.QUANTITY),
                    Map.entry("qtyunitcode", TradeField.QUANTITY_UNIT),
                    Map.entry("qtyunit", TradeField.QUANTITY_UNIT_NAME),
                    Map.entry("2ndpartneriso", TradeField.PARTNER2),
                    Map.entry("2ndpartnercode", TradeField.PARTNER2_CODE),
                    Map.entry("customsproccode", TradeField.CUSTOMS),
                    Map.entry("modeoftransportcode", TradeField.TRANSPORT_MODE),
                    Map.entry("classification", TradeField.CLASSIFICATION),
                    Map.entry("period", TradeField.PERIOD)),
            List.of("perioddesc", "aggregatelevel", "isleafcode", "tradeflow", "reportercode", "reporter",
                    "partnercode", "partner", "2ndpartner", "customs", "modeoftransport", "commodity",
                    "altqtyunitcode", "altqtyunit", "altqty", "grossweightkg", "ciftradevalueus",
                    "ciftradevalue", "fobtradevalueus", "fobtradevalue", "flag"),
            EnumSet.of(TradeField.YEAR, TradeField.REPORTER, TradeField.PARTNER, TradeField.FLOW,
                    TradeField.HS_CODE, TradeField.VALUE)),

    /**
     * Figures copied from published compilations (KOTRA, I-RENK ...), one row per statistic and
     * edition: the input of the report's combination rule.
     */
    SOURCE_TABLE("source table with editions",
            Map.ofEntries(
                    Map.entry("source", TradeField.SOURCE),
                    Map.entry("published", TradeField.PUBLISHED),
                    Map.entry("year", TradeField.YEAR),
                    Map.entry("partner", TradeField.PARTNER),
                    Map.entry("hs", TradeField.HS_CODE),
                    Map.entry("flow", TradeField.FLOW),
                    Map.entry("valueusd", TradeField.VALUE),
                    Map.entry("quantityt", TradeField.QUANTITY_T)),
            List.of("note"),
            EnumSet.of(TradeField.SOURCE, TradeField.PUBLISHED, TradeField.YEAR, TradeField.PARTNER,
                    TradeField.HS_CODE, TradeField.FLOW, TradeField.VALUE)),

    /** A reference price series for the below-market check. */
    PRICE_SERIES("reference price series",
            Map.ofEntries(
                    Map.entry("hs", TradeField.HS_CODE),
                    Map.entry("year", TradeField.YEAR),
                    Map.entry("priceusdpert", TradeField.PRICE_USD_PER_T)),
            List.of("source", "note"),
            EnumSet.of(TradeField.HS_CODE, TradeField.YEAR, TradeField.PRICE_USD_PER_T));

    private final String description;
    private final Map<String, TradeField> fieldsByColumn;
    private final Set<String> knownColumns;
    private final Set<TradeField> required;

    TradeFileFormat(String description, Map<String, TradeField> fieldsByColumn, List<String> unusedColumns,
            Set<TradeField> required) {
        this.description = description;
        this.fieldsByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(fieldsByColumn));
        Set<String> known = new TreeSet<>(fieldsByColumn.keySet());
        known.addAll(unusedColumns);
        this.knownColumns = Collections.unmodifiableSet(known);
        this.required = Collections.unmodifiableSet(EnumSet.copyOf(required));
    }

    public String description() {
        return description;
    }

    /** The field a (normalised) column name stands for; empty for known unused columns and unknown ones. */
    public Optional<TradeField> fieldOf(String normalizedColumn) {
        return Optional.ofNullable(fieldsByColumn.get(normalizedColumn));
    }

    public boolean knows(String normalizedColumn) {
        return knownColumns.contains(normalizedColumn);
    }

    /** Fields a file of this format must have. */
    public Set<TradeField> required() {
        return required;
    }

    /** The column name this format uses for a field, as written in its documentation (normalised). */
    public Optional<String> columnFor(TradeField field) {
        return fieldsByColumn.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst();
    }

    /** Lower case, letters and digits only: {@code "Trade Value (US$)"} becomes {@code "tradevalueus"}. */
    public static String normalize(String column) {
        StringBuilder text = new StringBuilder(column.length());
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                text.append(Character.toLowerCase(c));
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a header belongs to, from columns only one format has; empty when none matches.
     * The source table and price series are checked first because their plain names ({@code year})
     * also occur in the legacy Comtrade header.
     */
    public static Optional<TradeFileFormat> detect(Set<String> normalizedColumns) {
        if (normalizedColumns.contains("published") && normalizedColumns.contains("source")) {
            return Optional.of(SOURCE_TABLE);
        }
        if (normalizedColumns.contains("priceusdpert")) {
            return Optional.of(PRICE_SERIES);
        }
        if (normalizedColumns.contains("refyear") || normalizedColumns.contains("cmdcode")
                || normalizedColumns.contains("primaryvalue")) {
            return Optional.of(COMTRADE_CURRENT);
        }
        if (normalizedColumns.contains("tradeflowcode") || normalizedColumns.contains("commoditycode")
                || normalizedColumns.contains("tradevalueus")) {
            return Optional.of(COMTRADE_LEGACY);
        }
        return Optional.empty();
    }
}

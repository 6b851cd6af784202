package org.orewatch.trade;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * The same sums as {@link FlowAggregation}, computed the plain way: the file's rows stream into
 * Java one at a time (DuckDB only decodes the file and hands over the raw columns, over JDBC with
 * streaming results), and Java checks each row with {@link ValueRule}, filters it and adds it to
 * a {@link HashMap}. It is the benchmark's baseline and the tests' slow, obviously correct
 * reference for the engine's aggregation. Single-threaded, as such code usually is.
 */
public final class RowStreamingAggregation {

    private RowStreamingAggregation() {
    }

    public static List<FlowAggregation.Group> aggregate(TradeDatabase database, TradeFile file, List<FlowAggregation.Dimension> by,
            int hsLevel) {
        FlowAggregation.requireComtrade(file);
        List<TradeField> fields = new ArrayList<>(List.of(TradeField.YEAR, TradeField.REPORTER, TradeField.PARTNER, TradeField.FLOW,
                TradeField.HS_CODE, TradeField.VALUE));
        for (TradeField optional : List.of(TradeField.NET_WEIGHT_KG, TradeField.QUANTITY, TradeField.CLASSIFICATION,
                TradeField.PARTNER2, TradeField.PARTNER2_CODE, TradeField.CUSTOMS, TradeField.TRANSPORT_MODE, TradeField.SUPPLY_MODE)) {
            if (file.has(optional)) {
                fields.add(optional);
            }
        }
        String columns = fields.stream().map(file::columnSql).reduce((a, b) -> a + ", " + b).orElseThrow();
        String sql = "SELECT " + columns + " FROM " + file.tableSql(TradeFileScanner.newRejectsTable());
        Map<String, double[]> sums = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        long row = 0;
        int columnCount = fields.size();
        boolean[] numeric = new boolean[columnCount];
        List<Optional<ValueRule>> rules = new ArrayList<>(columnCount);
        for (int i = 0; i < columnCount; i++) {
            numeric[i] = file.columnOf(fields.get(i)).isNumeric();
            rules.add(ValueRule.of(file.format(), fields.get(i)));
        }
        int weightColumn = fields.indexOf(TradeField.NET_WEIGHT_KG);
        boolean[] breakdown = new boolean[columnCount];
        for (int i = 0; i < columnCount; i++) {
            breakdown[i] = List.of(TradeField.PARTNER2, TradeField.PARTNER2_CODE, TradeField.CUSTOMS, TradeField.TRANSPORT_MODE,
                    TradeField.SUPPLY_MODE).contains(fields.get(i));
        }
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            String[] texts = new String[columnCount];
            double[] numbers = new double[columnCount];
            boolean[] present = new boolean[columnCount];
            StringBuilder key = new StringBuilder();
            while (result.next()) {
                row++;
                // Typed columns are read as numbers, text columns as text, each checked by its rule.
                for (int i = 0; i < columnCount; i++) {
                    Optional<ValueRule> rule = rules.get(i);
                    if (numeric[i]) {
                        numbers[i] = result.getDouble(i + 1);
                        present[i] = !result.wasNull();
                        if (rule.isPresent() && !numberAllowed(rule.get(), fields.get(i), present[i], numbers[i])) {
                            throw problem(file, fields.get(i), row, present[i] ? "\"" + numbers[i] + "\" is not a valid "
                                    + fields.get(i).description() : "missing value");
                        }
                        texts[i] = breakdown[i] && present[i] ? TradeNumbers.plain(numbers[i]) : "";
                    } else {
                        String value = result.getString(i + 1);
                        texts[i] = value == null ? "" : value.strip();
                        present[i] = !texts[i].isEmpty();
                        if (rule.isPresent()) {
                            Optional<String> problem = rule.get().problem(texts[i]);
                            if (problem.isPresent()) {
                                throw problem(file, fields.get(i), row, problem.get());
                            }
                        }
                    }
                }
                String hs = texts[4].toUpperCase(Locale.ROOT);
                if (hs.length() != hsLevel || hs.equals("TOTAL") || !isTotal(fields, texts)) {
                    continue;
                }
                key.setLength(0);
                for (FlowAggregation.Dimension dimension : by) {
                    key.append(part(dimension, numeric[0], numbers[0], texts, hs)).append('\u0001');
                }
                String text = key.toString();
                double[] sum = sums.get(text);
                if (sum == null) {
                    sum = new double[3];
                    sums.put(text, sum);
                    List<String> parts = new ArrayList<>(by.size());
                    for (FlowAggregation.Dimension dimension : by) {
                        parts.add(part(dimension, numeric[0], numbers[0], texts, hs));
                    }
                    keys.put(text, parts);
                }
                sum[0] += numeric[5] ? numbers[5] : Double.parseDouble(texts[5]);
                if (weightColumn >= 0 && present[weightColumn]) {
                    sum[1] += numeric[weightColumn] ? numbers[weightColumn] : Double.parseDouble(texts[weightColumn]);
                }
                sum[2]++;
            }
        } catch (SQLException e) {
            throw TradeDatabase.failure("reading " + file.name(), e);
        }
        List<String> sorted = new ArrayList<>(sums.keySet());
        sorted.sort(Comparator.naturalOrder());
        List<FlowAggregation.Group> groups = new ArrayList<>(sums.size());
        for (String text : sorted) {
            double[] sum = sums.get(text);
            groups.add(new FlowAggregation.Group(keys.get(text), sum[0], sum[1], (long) sum[2]));
        }
        return groups;
    }

    private static String part(FlowAggregation.Dimension dimension, boolean numericYear, double year, String[] texts, String hs) {
        return switch (dimension) {
            case YEAR -> numericYear ? String.valueOf((int) year) : texts[0];
            case REPORTER -> texts[1].toUpperCase(Locale.ROOT);
            case PARTNER -> texts[2].toUpperCase(Locale.ROOT);
            case FLOW -> texts[3].toUpperCase(Locale.ROOT);
            case CHAPTER -> hs.substring(0, 2);
            case HEADING -> hs.substring(0, 4);
        };
    }

    /** The rules of {@link ValueRule} for a column the file stores as numbers. */
    private static boolean numberAllowed(ValueRule rule, TradeField field, boolean present, double value) {
        switch (rule) {
            case YEAR:
                return present && value >= 1000 && value <= 9999 && value == Math.floor(value);
            case AMOUNT:
                return present && Double.isFinite(value) && value >= 0;
            case OPTIONAL_AMOUNT:
                return !present || Double.isFinite(value) && value >= 0;
            default:
                // A code stored as a number (a flow code 1, a unit code 8) is present or not.
                return present || rule != ValueRule.TEXT;
        }
    }

    private static OrewatchException problem(TradeFile file, TradeField field, long row, String message) {
        return new OrewatchException(ErrorCode.INVALID_VALUE, SourcePosition.of(file.name(), (int) row, file.columnOf(field).name()),
                message + " (row " + row + ")");
    }

    private static boolean isTotal(List<TradeField> fields, String[] values) {
        String partner2 = valueOf(fields, values, TradeField.PARTNER2).toUpperCase(Locale.ROOT);
        String partner2Code = valueOf(fields, values, TradeField.PARTNER2_CODE);
        String customs = valueOf(fields, values, TradeField.CUSTOMS).toUpperCase(Locale.ROOT);
        String transport = valueOf(fields, values, TradeField.TRANSPORT_MODE);
        String supply = valueOf(fields, values, TradeField.SUPPLY_MODE);
        return new FlowRecord.Breakdown(partner2, partner2Code, customs, transport, supply).isTotal();
    }

    private static String valueOf(List<TradeField> fields, String[] values, TradeField field) {
        int index = fields.indexOf(field);
        return index < 0 ? "" : values[index];
    }
}

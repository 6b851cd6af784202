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
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            String[] values = new String[fields.size()];
            StringBuilder key = new StringBuilder();
            while (result.next()) {
                row++;
                for (int i = 0; i < values.length; i++) {
                    String value = result.getString(i + 1);
                    values[i] = value == null ? "" : value.strip();
                }
                for (int i = 0; i < values.length; i++) {
                    TradeField field = fields.get(i);
                    Optional<ValueRule> rule = ValueRule.of(file.format(), field);
                    if (rule.isPresent()) {
                        String checked = file.columnOf(field).isNumeric() ? numericText(values[i]) : values[i];
                        Optional<String> problem = rule.get().problem(checked);
                        if (problem.isPresent()) {
                            throw new OrewatchException(ErrorCode.INVALID_VALUE, SourcePosition.of(file.name(), (int) row, file.columnOf(field).name()),
                                    problem.get() + " (row " + row + ")");
                        }
                    }
                }
                String hs = values[4].toUpperCase(Locale.ROOT);
                if (hs.length() != hsLevel || hs.equals("TOTAL") || !isTotal(fields, values)) {
                    continue;
                }
                key.setLength(0);
                List<String> parts = new ArrayList<>(by.size());
                for (FlowAggregation.Dimension dimension : by) {
                    String part = switch (dimension) {
                        case YEAR -> String.valueOf((int) Double.parseDouble(values[0]));
                        case REPORTER -> values[1].toUpperCase(Locale.ROOT);
                        case PARTNER -> values[2].toUpperCase(Locale.ROOT);
                        case FLOW -> values[3].toUpperCase(Locale.ROOT);
                        case CHAPTER -> hs.substring(0, 2);
                        case HEADING -> hs.substring(0, 4);
                    };
                    parts.add(part);
                    key.append(part).append('\u0001');
                }
                String text = key.toString();
                double[] sum = sums.get(text);
                if (sum == null) {
                    sum = new double[3];
                    sums.put(text, sum);
                    keys.put(text, parts);
                }
                sum[0] += Double.parseDouble(values[5]);
                int weight = fields.indexOf(TradeField.NET_WEIGHT_KG);
                if (weight >= 0 && !values[weight].isEmpty()) {
                    sum[1] += Double.parseDouble(values[weight]);
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

    /** A number column as text: "300.0" reads as a number either way; NaN and infinities are not numbers. */
    private static String numericText(String value) {
        return value.startsWith("-") ? value : value.toLowerCase(Locale.ROOT).contains("n") ? "not finite: " + value : value;
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

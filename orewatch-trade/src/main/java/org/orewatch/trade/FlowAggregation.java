package org.orewatch.trade;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * Sums a whole UN Comtrade file by year, reporter, partner, flow, HS chapter or heading (any
 * combination): the reduction a researcher runs first on a bulk download. The engine checks every
 * row with the same rules as the mirror method and sums in the same pass, in parallel, streaming
 * the file; memory grows with the number of groups, not of rows.
 *
 * <p>What is summed: rows whose HS code has exactly {@code hsLevel} digits (a bulk file that
 * holds several levels repeats its trade at each level), that are not breakdowns (second
 * partner, customs procedure, transport or supply mode other than the total). Values in USD;
 * weights are the net weights reported (empty and 0 add nothing).
 */
public final class FlowAggregation {

    /** What rows can be grouped by. */
    public enum Dimension { YEAR, REPORTER, PARTNER, FLOW, CHAPTER, HEADING }

    /** One group: its key (in the order of the dimensions) and its sums. */
    public record Group(List<String> key, double valueUsd, double netWeightKg, long rows) {
    }

    private FlowAggregation() {
    }

    /** The groups, sorted by key (dimension by dimension). */
    public static List<Group> aggregate(TradeDatabase database, TradeFile file, List<Dimension> by, int hsLevel) {
        String rejects = TradeFileScanner.newRejectsTable();
        String sql = groupSql(file, by, hsLevel, rejects, ParquetColumnCheck.check(database, file));
        List<Group> groups = new ArrayList<>();
        long bad = 0;
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> key = new ArrayList<>(by.size());
                for (int i = 1; i <= by.size(); i++) {
                    key.add(result.getString(i));
                }
                bad += result.getLong("bad_rows");
                groups.add(new Group(key, result.getDouble("value_usd"), result.getDouble("net_weight_kg"), result.getLong("rows")));
            }
        } catch (SQLException e) {
            throw TradeDatabase.failure("summing " + file.name(), e);
        }
        TradeFileScanner scanner = new TradeFileScanner(database, file);
        if (bad > 0) {
            throw scanner.firstProblem(rejects);
        }
        scanner.checkRejects(rejects);
        return groups;
    }

    /** Writes the groups to a .csv or .parquet file, after checking the input. */
    public static void write(TradeDatabase database, TradeFile file, List<Dimension> by, int hsLevel, Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".parquet") ? "FORMAT parquet" : name.endsWith(".csv") ? "FORMAT csv, HEADER true" : null;
        if (format == null) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the output must end in .csv or .parquet: " + out);
        }
        String table = "orewatch_groups";
        String rejects = TradeFileScanner.newRejectsTable();
        TradeFileScanner scanner = new TradeFileScanner(database, file);
        try {
            database.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS "
                    + groupSql(file, by, hsLevel, rejects, ParquetColumnCheck.check(database, file)));
            long bad;
            try (Statement statement = database.connection().createStatement();
                    ResultSet result = statement.executeQuery("SELECT coalesce(sum(bad_rows), 0) FROM " + table)) {
                result.next();
                bad = result.getLong(1);
            }
            if (bad > 0) {
                throw scanner.firstProblem(rejects);
            }
            scanner.checkRejects(rejects);
            String columns = by.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            database.execute("COPY (SELECT " + columns + ", value_usd, net_weight_kg, rows FROM " + table + " ORDER BY " + columns
                    + ") TO " + TradeDatabase.quote(out.toString()) + " (" + format + ")");
            database.execute("DROP TABLE " + table);
        } catch (SQLException e) {
            throw TradeDatabase.failure("summing " + file.name(), e);
        }
    }

    /** Reads back groups written by {@link #write} to Parquet. */
    public static List<Group> read(TradeDatabase database, Path parquet, List<Dimension> by) {
        String columns = by.stream().map(d -> "CAST(" + d.name().toLowerCase(Locale.ROOT) + " AS VARCHAR)").collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + ", value_usd, net_weight_kg, rows FROM read_parquet(" + TradeDatabase.quote(parquet.toString()) + ")";
        List<Group> groups = new ArrayList<>();
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> key = new ArrayList<>(by.size());
                for (int i = 1; i <= by.size(); i++) {
                    key.add(result.getString(i));
                }
                groups.add(new Group(key, result.getDouble(by.size() + 1), result.getDouble(by.size() + 2), result.getLong(by.size() + 3)));
            }
        } catch (SQLException e) {
            throw TradeDatabase.failure("reading " + parquet, e);
        }
        return groups;
    }

    static void requireComtrade(TradeFile file) {
        if (file.format() != TradeFileFormat.COMTRADE_CURRENT && file.format() != TradeFileFormat.COMTRADE_LEGACY) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(file.name()),
                    "this is a " + file.format().description() + "; the aggregation reads UN Comtrade files");
        }
    }

    /**
     * The aggregation: rules not already checked column by column are checked on every row, in the
     * same pass (a bad row is counted in {@code bad_rows} and then located); text columns known to
     * be trimmed and in upper case are grouped by as they are.
     */
    private static String groupSql(TradeFile file, List<Dimension> by, int hsLevel, String rejects, ParquetColumnCheck.Outcome checked) {
        requireComtrade(file);
        if (by.isEmpty() || Set.copyOf(by).size() != by.size()) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "group by at least one dimension, each once");
        }
        if (hsLevel != 2 && hsLevel != 4 && hsLevel != 6) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the HS level is 2, 4 or 6 digits");
        }
        if (EnumSet.copyOf(by).contains(Dimension.HEADING) && hsLevel < 4) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "grouping by heading needs rows of 4 or 6 digits");
        }
        String hs = code(file, TradeField.HS_CODE, checked);
        List<String> dimensions = new ArrayList<>();
        for (Dimension dimension : by) {
            String expression = switch (dimension) {
                case YEAR -> file.columnOf(TradeField.YEAR).isNumeric()
                        ? "TRY_CAST(" + file.columnSql(TradeField.YEAR) + " AS INTEGER)"
                        : "TRY_CAST(" + file.textSql(TradeField.YEAR) + " AS INTEGER)";
                case REPORTER -> code(file, TradeField.REPORTER, checked);
                case PARTNER -> code(file, TradeField.PARTNER, checked);
                case FLOW -> code(file, TradeField.FLOW, checked);
                case CHAPTER -> "left(" + hs + ", 2)";
                case HEADING -> "left(" + hs + ", 4)";
            };
            dimensions.add(expression + " AS " + dimension.name().toLowerCase(Locale.ROOT));
        }
        String value = number(file, TradeField.VALUE);
        String weight = file.has(TradeField.NET_WEIGHT_KG) ? number(file, TradeField.NET_WEIGHT_KG) : "CAST(NULL AS DOUBLE)";
        String selected = "length(" + hs + ") = " + hsLevel + breakdownTotalSql(file);
        return "SELECT " + by.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + ", fsum(value) AS value_usd, coalesce(sum(weight), 0) AS net_weight_kg, count(*) AS rows, count(problem) AS bad_rows"
                + " FROM (SELECT " + TradeFileScanner.problemSql(file, checked.checked()) + " AS problem, " + String.join(", ", dimensions)
                + ", " + value + " AS value, " + weight + " AS weight, " + selected + " AS selected FROM " + file.tableSql(rejects) + ")"
                + " WHERE problem IS NOT NULL OR selected GROUP BY ALL ORDER BY ALL";
    }

    /** A code column as grouped: as stored when known clean, else trimmed and in upper case. */
    private static String code(TradeFile file, TradeField field, ParquetColumnCheck.Outcome checked) {
        return checked.clean().contains(field) ? file.columnSql(field) : "upper(" + file.textSql(field) + ")";
    }

    private static String number(TradeFile file, TradeField field) {
        return file.columnOf(field).isNumeric() ? "CAST(" + file.columnSql(field) + " AS DOUBLE)"
                : "TRY_CAST(" + file.textSql(field) + " AS DOUBLE)";
    }

    /** SQL that is true for rows that are not breakdowns (the same test as {@link FlowRecord.Breakdown#isTotal()}). */
    static String breakdownTotalSql(TradeFile file) {
        StringBuilder sql = new StringBuilder();
        appendTotal(sql, file, TradeField.PARTNER2, "'W00', 'WLD'");
        appendTotal(sql, file, TradeField.PARTNER2_CODE, "'0'");
        appendTotal(sql, file, TradeField.CUSTOMS, "'C00'");
        appendTotal(sql, file, TradeField.TRANSPORT_MODE, "'0'");
        appendTotal(sql, file, TradeField.SUPPLY_MODE, "'0'");
        return sql.toString();
    }

    private static void appendTotal(StringBuilder sql, TradeFile file, TradeField field, String totals) {
        if (file.has(field)) {
            sql.append(" AND coalesce(upper(").append(file.textSql(field)).append("), '') IN ('', ").append(totals).append(")");
        }
    }
}

package org.orewatch.trade;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a Parquet file column by column instead of row by row, for passes over a whole file.
 * Codes, years and country columns hold few distinct values (a few thousand HS codes among a
 * hundred million rows), so the engine lists each text column's distinct values, reading that
 * column alone, and Java checks each value once with its {@link ValueRule}. These narrow scans
 * replace string rules evaluated on every row, which over a hundred million rows cost about half
 * as much again as the aggregation. Number columns are left to the row-by-row check, where a
 * typed number costs a comparison, and so are numbers stored as text, which have as many distinct
 * values as rows. A bad value is reported at the first row holding it.
 */
final class ParquetColumnCheck {

    /**
     * What the check established.
     *
     * @param checked fields whose every value passed, which need no check per row
     * @param clean of those, text fields whose values are already trimmed and in upper case, so
     *     they can be grouped by as they are
     */
    record Outcome(Set<TradeField> checked, Set<TradeField> clean) {
    }

    private static final Set<TradeField> CODE_FIELDS = EnumSet.of(TradeField.YEAR, TradeField.REPORTER, TradeField.PARTNER,
            TradeField.FLOW, TradeField.HS_CODE, TradeField.CLASSIFICATION);

    private ParquetColumnCheck() {
    }

    static Outcome check(TradeDatabase database, TradeFile file) {
        if (file.container() != TradeFile.Container.PARQUET) {
            return new Outcome(EnumSet.noneOf(TradeField.class), EnumSet.noneOf(TradeField.class));
        }
        List<TradeField> distinct = new ArrayList<>();
        for (TradeField field : TradeField.values()) {
            if (!file.has(field) || ValueRule.of(file.format(), field).isEmpty()) {
                continue;
            }
            TradeFile.Column column = file.columnOf(field);
            if (!column.isNumeric() && CODE_FIELDS.contains(field)) {
                distinct.add(field);
            }
        }
        Set<TradeField> checked = EnumSet.noneOf(TradeField.class);
        Set<TradeField> clean = EnumSet.noneOf(TradeField.class);
        clean.addAll(distinct);
        long firstBadRow = Long.MAX_VALUE;
        TradeField firstBadField = null;

        String table = "read_parquet(" + TradeDatabase.quote(file.path().toString()) + ")";
        List<String[]> badValues = new ArrayList<>();
        // One scan per code column: each reads that column alone, and its distinct values are few.
        for (TradeField field : distinct) {
            ValueRule rule = ValueRule.of(file.format(), field).orElseThrow();
            String sql = "SELECT DISTINCT " + file.columnSql(field) + " FROM " + table;
            try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    String raw = result.getString(1);
                    if (rule.problem(raw).isPresent()) {
                        badValues.add(new String[] {field.name(), raw});
                    } else if (raw != null && !raw.equals(raw.strip().toUpperCase(Locale.ROOT))) {
                        clean.remove(field);
                    }
                }
            } catch (SQLException e) {
                throw TradeDatabase.failure("checking " + file.name(), e);
            }
        }
        for (TradeField field : distinct) {
            if (badValues.stream().noneMatch(bad -> bad[0].equals(field.name()))) {
                checked.add(field);
            }
        }
        clean.retainAll(checked);
        // The first row breaking a rule, over every column: bad code values and number columns that failed.
        for (String[] bad : badValues) {
            TradeField field = TradeField.valueOf(bad[0]);
            long row = firstRow(database, file, file.columnSql(field) + (bad[1] == null ? " IS NULL" : " = ?"), bad[1]);
            if (row < firstBadRow) {
                firstBadRow = row;
                firstBadField = field;
            }
        }
        if (firstBadField != null) {
            throw new TradeFileScanner(database, file).parquetProblem(firstBadRow, firstBadField);
        }
        return new Outcome(checked, clean);
    }

    private static long firstRow(TradeDatabase database, TradeFile file, String condition, String value) {
        String sql = "SELECT min(file_row_number) + 1 FROM " + file.tableSql("unused") + " WHERE " + condition;
        try (PreparedStatement statement = database.connection().prepareStatement(sql)) {
            if (value != null) {
                statement.setString(1, value);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : Long.MAX_VALUE;
            }
        } catch (SQLException e) {
            throw TradeDatabase.failure("checking " + file.name(), e);
        }
    }
}

package org.orewatch.trade;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * Reads the rows of a trade file that match a filter, after checking every row of the file
 * against its fields' {@link ValueRule}s. The check and the filter run in one pass of the engine
 * over the file; only matching rows (and the first bad one) come back to Java.
 *
 * <p>A bad row is reported with its position: Parquet rows by number, CSV rows by line, found by
 * {@link CsvProblemLocator}.
 */
final class TradeFileScanner {

    /** A row that passed the checks: its 1-based row number (0 when unknown, as for CSV) and trimmed values. */
    record ScannedRow(long rowNumber, Map<TradeField, String> values) {

        String get(TradeField field) {
            String value = values.get(field);
            return value == null ? "" : value;
        }
    }

    private static final AtomicLong SCANS = new AtomicLong();

    private final TradeDatabase database;
    private final TradeFile file;

    TradeFileScanner(TradeDatabase database, TradeFile file) {
        this.database = database;
        this.file = file;
    }

    /** The engine alias of a field's text in {@link #scan}'s filter. */
    static String alias(TradeField field) {
        return "f_" + field.name().toLowerCase(java.util.Locale.ROOT);
    }

    String problemSql() {
        return problemSql(file);
    }

    /** SQL that is non-NULL (the field's name) for a row breaking a rule, checking all fields the file has. */
    static String problemSql(TradeFile file) {
        return problemSql(file, java.util.EnumSet.noneOf(TradeField.class));
    }

    /** As {@link #problemSql(TradeFile)}, leaving out fields already checked another way. */
    static String problemSql(TradeFile file, java.util.Set<TradeField> alreadyChecked) {
        StringBuilder sql = new StringBuilder("CASE");
        boolean any = false;
        for (TradeField field : TradeField.values()) {
            if (!file.has(field) || alreadyChecked.contains(field)) {
                continue;
            }
            Optional<ValueRule> rule = ValueRule.of(file.format(), field);
            if (rule.isEmpty()) {
                continue;
            }
            TradeFile.Column column = file.columnOf(field);
            String typed = column.isNumeric() ? file.columnSql(field) : null;
            sql.append(" WHEN ").append(rule.get().violationSql(file.textSql(field), typed))
                    .append(" THEN '").append(field.name()).append('\'');
            any = true;
        }
        return any ? sql.append(" END").toString() : "CAST(NULL AS VARCHAR)";
    }

    /**
     * Returns the rows for which {@code filterSql} (written over {@link #alias} names) holds, with
     * the values of {@code fields}.
     *
     * @throws OrewatchException INVALID_VALUE or INVALID_FILE_FORMAT at the first bad row of the file
     */
    /** A fresh name for the engine's table of rejected CSV rows. */
    static String newRejectsTable() {
        return "orewatch_rejects_" + SCANS.incrementAndGet();
    }

    List<ScannedRow> scan(Collection<TradeField> fields, String filterSql) {
        String rejects = newRejectsTable();
        String selected = fields.stream().map(f -> file.textSql(f) + " AS " + alias(f)).collect(Collectors.joining(", "));
        String sql = "SELECT * FROM (SELECT " + file.rowNumberSql() + " AS row_ref, " + problemSql() + " AS problem"
                + (selected.isEmpty() ? "" : ", " + selected)
                + " FROM " + file.tableSql(rejects) + ") WHERE problem IS NOT NULL OR (" + filterSql + ")";
        List<ScannedRow> rows = new ArrayList<>();
        boolean problem = false;
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                if (result.getString("problem") != null) {
                    problem = true;
                    break;
                }
                Map<TradeField, String> values = new EnumMap<>(TradeField.class);
                for (TradeField field : fields) {
                    String value = result.getString(alias(field));
                    values.put(field, value == null ? "" : value);
                }
                long rowNumber = result.getLong("row_ref");
                rows.add(new ScannedRow(result.wasNull() ? 0 : rowNumber, values));
            }
        } catch (SQLException e) {
            throw TradeDatabase.failure("reading " + file.name(), e);
        }
        if (problem) {
            throw firstProblem(rejects);
        }
        if (file.container() == TradeFile.Container.CSV) {
            checkRejects(rejects);
        }
        return rows;
    }

    /** The error for the first bad row: by row number in Parquet, by re-reading the file for CSV. */
    OrewatchException firstProblem(String rejects) {
        if (file.container() == TradeFile.Container.CSV) {
            return new CsvProblemLocator(file).firstProblem().orElseGet(() -> rejectsProblem(rejects).orElseGet(() ->
                    new OrewatchException(ErrorCode.INVALID_VALUE, SourcePosition.file(file.name()),
                            "the file has a value orewatch cannot read")));
        }
        String sql = "SELECT row_ref, problem FROM (SELECT " + file.rowNumberSql() + " AS row_ref, " + problemSql()
                + " AS problem FROM " + file.tableSql(rejects) + ") WHERE problem IS NOT NULL ORDER BY row_ref LIMIT 1";
        long row;
        TradeField field;
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new OrewatchException(ErrorCode.INTERNAL_ERROR, "a bad row was seen in " + file.name() + " and then not found");
            }
            row = result.getLong(1);
            field = TradeField.valueOf(result.getString(2));
        } catch (SQLException e) {
            throw TradeDatabase.failure("reading " + file.name(), e);
        }
        return parquetProblem(row, field);
    }

    OrewatchException parquetProblem(long row, TradeField field) {
        TradeFile.Column column = file.columnOf(field);
        String value;
        String sql = "SELECT " + file.textSql(field) + " FROM " + file.tableSql("unused") + " WHERE file_row_number = " + (row - 1);
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            value = result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw TradeDatabase.failure("reading " + file.name(), e);
        }
        ValueRule rule = ValueRule.of(file.format(), field).orElseThrow();
        String message = rule.problem(value).orElseGet(() -> "\"" + value + "\" is not a valid " + field.description());
        if (value != null && (value.equalsIgnoreCase("nan") || value.toLowerCase(java.util.Locale.ROOT).contains("inf"))) {
            message = "\"" + value + "\" is not a finite number";
        }
        return new OrewatchException(ErrorCode.INVALID_VALUE, new SourcePosition(file.name(), (int) row, column.position(), column.name()),
                message + " (Parquet row " + row + ")");
    }

    /** A Java-side check of a returned row found a problem the engine's check does not see (an impossible date). */
    OrewatchException problemAt(ScannedRow row, TradeField field, String message) {
        TradeFile.Column column = file.columnOf(field);
        if (file.container() == TradeFile.Container.PARQUET) {
            return new OrewatchException(ErrorCode.INVALID_VALUE,
                    new SourcePosition(file.name(), (int) row.rowNumber(), column.position(), column.name()),
                    message + " (Parquet row " + row.rowNumber() + ")");
        }
        return new CsvProblemLocator(file).firstProblem().orElseGet(() ->
                new OrewatchException(ErrorCode.INVALID_VALUE, new SourcePosition(file.name(), 0, column.position(), column.name()), message));
    }

    /** Where rows are: "line 12" for CSV (found by re-reading), "row 12" for Parquet. */
    List<String> positionsOf(List<ScannedRow> rows, List<TradeField> keyFields) {
        List<String> positions = new ArrayList<>();
        if (file.container() == TradeFile.Container.PARQUET) {
            for (ScannedRow row : rows) {
                positions.add("row " + row.rowNumber());
            }
            return positions;
        }
        CsvProblemLocator locator = new CsvProblemLocator(file);
        List<CsvProblemLocator.Located> found = locator.find(values -> rows.stream().anyMatch(row ->
                keyFields.stream().allMatch(f -> normalizedEquals(values.get(f), row.get(f)))), rows.size() * 4);
        for (CsvProblemLocator.Located located : found) {
            positions.add("line " + located.line());
        }
        return positions;
    }

    /** First line or row of the rows matching a key, for SourcePosition. */
    int firstLineOf(List<ScannedRow> rows, List<TradeField> keyFields) {
        if (file.container() == TradeFile.Container.PARQUET) {
            return (int) rows.stream().mapToLong(ScannedRow::rowNumber).min().orElse(0);
        }
        List<CsvProblemLocator.Located> found = new CsvProblemLocator(file).find(values -> rows.stream().anyMatch(row ->
                keyFields.stream().allMatch(f -> normalizedEquals(values.get(f), row.get(f)))), 1);
        return found.isEmpty() ? 0 : (int) found.get(0).line();
    }

    private static boolean normalizedEquals(String a, String b) {
        return (a == null ? "" : a.strip()).equalsIgnoreCase(b == null ? "" : b.strip());
    }

    /** For CSV: throws at the first row the engine's reader rejected (wrong number of fields, bad quoting, not UTF-8). */
    void checkRejects(String rejects) {
        if (file.container() != TradeFile.Container.CSV) {
            return;
        }
        rejectsProblem(rejects).ifPresent(problem -> {
            throw new CsvProblemLocator(file).firstProblem().orElse(problem);
        });
    }

    private Optional<OrewatchException> rejectsProblem(String rejects) {
        String sql = "SELECT line, error_type, column_idx, column_name, error_message FROM " + rejects
                + " ORDER BY line_byte_position LIMIT 1";
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                return Optional.empty();
            }
            long line = result.getLong(1) + 0;
            String type = result.getString(2);
            return Optional.of(new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file.name(), (int) line, ""),
                    "the CSV reader rejected this row (" + type.toLowerCase(java.util.Locale.ROOT) + "): "
                            + result.getString(5).lines().findFirst().orElse("")));
        } catch (SQLException e) {
            // No rejects table: the scan stopped before creating one, so nothing was rejected.
            return Optional.empty();
        }
    }

    TradeFile file() {
        return file;
    }
}

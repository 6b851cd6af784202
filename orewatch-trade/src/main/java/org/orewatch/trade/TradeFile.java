package org.orewatch.trade;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * A trade file whose layout has been recognised from its header (CSV) or schema (Parquet) and
 * checked: every column is known to its {@link TradeFileFormat}, required columns are present,
 * no column appears twice. Gives the SQL that reads it and the expressions for its fields.
 */
public final class TradeFile {

    /** How the file is stored. */
    public enum Container { CSV, PARQUET }

    /** A column as the file names it, its 1-based position and its engine type (VARCHAR for CSV). */
    public record Column(String name, int position, String type) {

        boolean isText() {
            return type.equals("VARCHAR");
        }

        boolean isNumeric() {
            return NUMERIC_TYPES.contains(type) || type.startsWith("DECIMAL");
        }
    }

    private static final Set<String> NUMERIC_TYPES = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE");

    private final Path path;
    private final Container container;
    private final boolean gzip;
    private final char delimiter;
    private final TradeFileFormat format;
    private final List<Column> columns;
    private final Map<TradeField, Column> fields;

    private TradeFile(Path path, Container container, boolean gzip, char delimiter, TradeFileFormat format,
            List<Column> columns, Map<TradeField, Column> fields) {
        this.path = path;
        this.container = container;
        this.gzip = gzip;
        this.delimiter = delimiter;
        this.format = format;
        this.columns = List.copyOf(columns);
        this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * Opens a file and recognises its format.
     *
     * @throws OrewatchException FILE_NOT_FOUND, or INVALID_FILE_FORMAT naming the line and column
     *     of a header that is empty, unknown, incomplete or repeats a column
     */
    public static TradeFile open(TradeDatabase database, Path path) {
        if (!Files.isRegularFile(path)) {
            throw new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(path.toString()), "no such file");
        }
        byte[] magic = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        if (read == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1') {
            return openParquet(database, path);
        }
        boolean gzip = read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        return openCsv(path, gzip);
    }

    private static TradeFile openCsv(Path path, boolean gzip) {
        String file = path.toString();
        String headerLine;
        try (BufferedReader reader = textReader(path, gzip)) {
            headerLine = reader.readLine();
        } catch (CharacterCodingException e) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, 1, ""),
                    "the header is not UTF-8 text; save the file as UTF-8 CSV");
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        if (headerLine == null || headerLine.isBlank()) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, 1, ""),
                    "empty file: expected a header line naming the columns");
        }
        char delimiter = delimiterOf(headerLine);
        List<String> names;
        try (CsvRecordReader records = new CsvRecordReader(textReader(path, gzip), delimiter, file)) {
            names = records.next().fields();
        } catch (CsvRecordReader.MalformedRecordException e) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, (int) e.line(), ""),
                    "the header cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new Column(names.get(i).strip(), i + 1, "VARCHAR"));
        }
        return recognise(path, Container.CSV, gzip, delimiter, columns);
    }

    private static TradeFile openParquet(TradeDatabase database, Path path) {
        List<Column> columns = new ArrayList<>();
        String sql = "DESCRIBE SELECT * FROM read_parquet(" + TradeDatabase.quote(path.toString()) + ")";
        try (Statement statement = database.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int position = 1;
            while (rows.next()) {
                columns.add(new Column(rows.getString("column_name"), position++, rows.getString("column_type")));
            }
        } catch (SQLException e) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(path.toString()),
                    "not a readable Parquet file: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return recognise(path, Container.PARQUET, false, ',', columns);
    }

    private static TradeFile recognise(Path path, Container container, boolean gzip, char delimiter, List<Column> columns) {
        String file = path.toString();
        int headerLine = container == Container.CSV ? 1 : 0;
        Set<String> normalized = new LinkedHashSet<>();
        Map<String, Column> firstByName = new HashMap<>();
        for (Column column : columns) {
            String name = TradeFileFormat.normalize(column.name());
            Column earlier = firstByName.putIfAbsent(name, column);
            if (earlier != null) {
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                        new SourcePosition(file, headerLine, column.position(), column.name()),
                        "column " + column.position() + " \"" + column.name() + "\" repeats column " + earlier.position()
                                + " \"" + earlier.name() + "\"");
            }
            normalized.add(name);
        }
        TradeFileFormat format = TradeFileFormat.detect(normalized).orElseThrow(() -> new OrewatchException(
                ErrorCode.INVALID_FILE_FORMAT, new SourcePosition(file, headerLine, 1, columns.isEmpty() ? "" : columns.get(0).name()),
                "unknown header: the columns " + columns.stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", "))
                        + " match no format orewatch reads (UN Comtrade current format with refYear, reporterISO, partnerISO, "
                        + "flowCode, cmdCode, primaryValue; UN Comtrade legacy format with Year, Reporter ISO, Partner ISO, "
                        + "Trade Flow Code, Commodity Code, Trade Value (US$); a source table with source, published, year, "
                        + "partner, hs, flow, value_usd; a price series with hs, year, price_usd_per_t)"));
        Map<TradeField, Column> fields = new EnumMap<>(TradeField.class);
        for (Column column : columns) {
            String name = TradeFileFormat.normalize(column.name());
            if (!format.knows(name)) {
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                        new SourcePosition(file, headerLine, column.position(), column.name()),
                        "unknown column " + column.position() + " \"" + column.name() + "\" in a " + format.description()
                                + "; check its spelling, or remove it");
            }
            format.fieldOf(name).ifPresent(field -> fields.put(field, column));
        }
        for (TradeField field : format.required()) {
            if (!fields.containsKey(field)) {
                String expected = format.columnFor(field).orElse(field.name());
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, new SourcePosition(file, headerLine, 0, expected),
                        "a " + format.description() + " needs a column for the " + field.description() + " (\"" + expected
                                + "\"); the header has " + columns.stream().map(Column::name).collect(Collectors.joining(", ")));
            }
        }
        if (container == Container.PARQUET) {
            for (Map.Entry<TradeField, Column> entry : fields.entrySet()) {
                checkParquetType(file, entry.getKey(), entry.getValue());
            }
        }
        return new TradeFile(path, container, gzip, delimiter, format, columns, fields);
    }

    private static void checkParquetType(String file, TradeField field, Column column) {
        boolean numericField = field == TradeField.VALUE || field == TradeField.NET_WEIGHT_KG || field == TradeField.QUANTITY
                || field == TradeField.QUANTITY_T || field == TradeField.PRICE_USD_PER_T || field == TradeField.YEAR;
        boolean ok;
        if (field == TradeField.HS_CODE) {
            // A numeric HS column has lost the leading zero of chapters 01-09.
            ok = column.isText();
        } else if (numericField) {
            ok = column.isText() || column.isNumeric();
        } else {
            ok = column.isText() || column.isNumeric() || column.type().equals("BOOLEAN") || column.type().equals("DATE");
        }
        if (!ok) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, new SourcePosition(file, 0, column.position(), column.name()),
                    "column " + column.position() + " \"" + column.name() + "\" has type " + column.type() + "; the "
                            + field.description() + " must be " + (field == TradeField.HS_CODE ? "text (HS codes keep their leading zeros)"
                                    : numericField ? "a number or text" : "text or a number"));
        }
    }

    static BufferedReader textReader(Path path, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        if (gzip) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    static InputStream byteStream(Path path, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The delimiter that splits the header into the most fields: comma, tab or semicolon. */
    private static char delimiterOf(String headerLine) {
        char best = ',';
        int bestCount = -1;
        for (char candidate : new char[] {',', '\t', ';'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < headerLine.length(); i++) {
                char c = headerLine.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static OrewatchException unreadable(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(path.toString()), "no such file");
        }
        return new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(path.toString()), "cannot read: " + e.getMessage(), e);
    }

    public Path path() {
        return path;
    }

    /** The file name as the user gave it, for messages. */
    public String name() {
        return path.toString();
    }

    public Container container() {
        return container;
    }

    public boolean gzip() {
        return gzip;
    }

    public char delimiter() {
        return delimiter;
    }

    public TradeFileFormat format() {
        return format;
    }

    public List<Column> columns() {
        return columns;
    }

    public boolean has(TradeField field) {
        return fields.containsKey(field);
    }

    public Optional<Column> column(TradeField field) {
        return Optional.ofNullable(fields.get(field));
    }

    Column columnOf(TradeField field) {
        Column column = fields.get(field);
        if (column == null) {
            throw new IllegalArgumentException(format + " file has no " + field);
        }
        return column;
    }

    /**
     * The table function that reads the file. CSV is read as text in every column, with the
     * header's names, so that values are checked by orewatch's rules and not by type guessing;
     * rows that do not split into the header's columns go to the rejects table named here.
     */
    String tableSql(String rejectsTable) {
        if (container == Container.PARQUET) {
            return "read_parquet(" + TradeDatabase.quote(path.toString()) + ", file_row_number = true)";
        }
        String columnTypes = columns.stream()
                .map(c -> TradeDatabase.quote(c.name()) + ": 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
        String delimiterText = delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
        return "read_csv(" + TradeDatabase.quote(path.toString())
                + ", header = true, auto_detect = false, delim = " + TradeDatabase.quote(delimiterText)
                + ", quote = '\"', escape = '\"', columns = " + columnTypes
                + ", compression = " + (gzip ? "'gzip'" : "'none'")
                + ", store_rejects = true, rejects_table = " + TradeDatabase.quote(rejectsTable)
                + ", rejects_scan = " + TradeDatabase.quote(rejectsTable + "_scans") + ")";
    }

    /** 1-based row number for Parquet; NULL for CSV, whose lines are found by {@link CsvProblemLocator}. */
    String rowNumberSql() {
        return container == Container.PARQUET ? "(file_row_number + 1)" : "CAST(NULL AS BIGINT)";
    }

    /** The field's value as trimmed text (NULL when the column is absent). */
    String textSql(TradeField field) {
        Column column = fields.get(field);
        if (column == null) {
            return "CAST(NULL AS VARCHAR)";
        }
        return "trim(CAST(" + TradeDatabase.identifier(column.name()) + " AS VARCHAR))";
    }

    /** The field as an engine column reference, for typed checks on Parquet. */
    String columnSql(TradeField field) {
        return TradeDatabase.identifier(columnOf(field).name());
    }

    @Override
    public String toString() {
        return name() + " (" + format.description() + ", " + container.name().toLowerCase(Locale.ROOT) + ")";
    }
}

package org.orewatch.cli.names;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * RFC 4180 CSV: comma-separated fields, double-quoted fields may hold commas, quotes (doubled)
 * and line breaks. Each record keeps the line and column where each field starts, so a bad value
 * can be reported where it is.
 */
public final class CsvTable {

    /** A record: its fields and where each starts (1-based line and column). */
    public record Row(List<String> fields, int[] lines, int[] columns) {
    }

    private CsvTable() {
    }

    public static List<Row> read(Reader reader, String file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int column = 0;
        int fieldLine = 1;
        int fieldColumn = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        int quoteLine = 0;
        int quoteColumn = 0;
        int c = reader.read();
        if (c == 0xFEFF) {
            c = reader.read();
        }
        while (c != -1) {
            column++;
            if (quoted) {
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                        column++;
                        c = reader.read();
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                    c = next;
                    continue;
                }
                field.append((char) c);
                if (c == '\n') {
                    line++;
                    column = 0;
                }
                c = reader.read();
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                starts.add(new int[] {fieldLine, fieldColumn});
                field.setLength(0);
                afterQuote = false;
                fieldStarted = false;
                fieldLine = line;
                fieldColumn = column + 1;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        endRecord(rows, fields, starts, field, fieldLine, fieldColumn, fieldStarted);
                        line++;
                        column = 0;
                        fieldLine = line;
                        fieldColumn = 1;
                        afterQuote = false;
                        fieldStarted = false;
                        c = next;
                        continue;
                    }
                }
                endRecord(rows, fields, starts, field, fieldLine, fieldColumn, fieldStarted);
                line++;
                column = 0;
                fieldLine = line;
                fieldColumn = 1;
                afterQuote = false;
                fieldStarted = false;
            } else if (afterQuote) {
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, new SourcePosition(file, line, column, ""),
                        "unexpected character after a closing quote (a quote inside a quoted field must be doubled)");
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
                quoteColumn = column;
            } else if (c == '"') {
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, new SourcePosition(file, line, column, ""),
                        "a quote inside an unquoted field (quote the whole field and double the quote)");
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
            c = reader.read();
        }
        if (quoted) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, new SourcePosition(file, quoteLine, quoteColumn, ""),
                    "quoted field is never closed");
        }
        endRecord(rows, fields, starts, field, fieldLine, fieldColumn, fieldStarted || !fields.isEmpty());
        return rows;
    }

    private static void endRecord(List<Row> rows, List<String> fields, List<int[]> starts, StringBuilder field,
            int fieldLine, int fieldColumn, boolean fieldStarted) {
        if (fields.isEmpty() && !fieldStarted && field.length() == 0) {
            return;
        }
        fields.add(field.toString());
        starts.add(new int[] {fieldLine, fieldColumn});
        int[] lines = new int[starts.size()];
        int[] columns = new int[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            lines[i] = starts.get(i)[0];
            columns[i] = starts.get(i)[1];
        }
        rows.add(new Row(List.copyOf(fields), lines, columns));
        fields.clear();
        starts.clear();
        field.setLength(0);
    }

    /** Writes one record, quoting fields that need it. */
    public static void write(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = fields.get(i);
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' '
                    || value.charAt(value.length() - 1) == ' '))) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
        }
        out.write("\r\n");
    }
}

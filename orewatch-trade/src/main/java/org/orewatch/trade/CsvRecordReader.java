package org.orewatch.trade;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text (RFC 4180: fields may be quoted with {@code "}, a quote inside a quoted
 * field is doubled, quoted fields may span lines) one record at a time, and says on which
 * physical line each record starts. DuckDB reads the files for analysis; this reader is used
 * for headers, and to point at the exact line of a problem DuckDB has detected.
 */
final class CsvRecordReader implements Closeable {

    /** One record: the 1-based line it starts on and its fields (never null; empty for {@code ""}). */
    record CsvRecord(long line, List<String> fields) {
    }

    /** A record that cannot be split into fields. */
    static final class MalformedRecordException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        MalformedRecordException(String file, long line, String message) {
            super(file + ":" + line + ": " + message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final Reader reader;
    private final char delimiter;
    private final String file;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private boolean started;

    CsvRecordReader(Reader reader, char delimiter, String file) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.file = file;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit) {
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position];
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new MalformedRecordException(file, startLine, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw new MalformedRecordException(file, line, "text after a closing quote");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

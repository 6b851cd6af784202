package org.orewatch.lists.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * Reads comma-separated records the way OFAC's legacy files write them: fields optionally in
 * double quotes (a doubled quote inside is one quote), records ending in CRLF or LF, unquoted
 * fields trimmed, and an optional DOS end-of-file mark (Ctrl-Z). Each record knows the line it
 * starts on. A file that ends inside a quoted field is truncated and refused.
 */
final class CsvRecords {

    private static final int END_OF_FILE_MARK = 0x1A;

    /** One record: its fields and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {
    }

    private final Reader in;
    private final String file;
    private int line = 1;
    private int pushedBack = -2;

    CsvRecords(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** The next record, or null at the end of the file. Blank lines are skipped. */
    Row next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1 || c == END_OF_FILE_MARK) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                consumeLineEnd(c);
                continue;
            }
            pushedBack = c;
            return record();
        }
    }

    private void consumeLineEnd(int c) throws IOException {
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        line++;
    }

    private Row record() throws IOException {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, start, "column " + (fields.size() + 1)),
                            "the file ends inside a quoted field: it is truncated");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pushedBack = after;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1 || c == END_OF_FILE_MARK) {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                if (c == '\r' || c == '\n') {
                    consumeLineEnd(c);
                } else if (c == END_OF_FILE_MARK) {
                    pushedBack = c;
                }
                return new Row(start, fields);
            } else if (wasQuoted) {
                if (!Character.isWhitespace(c)) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, line, "column " + (fields.size() + 1)),
                            "unexpected text after a quoted field");
                }
            } else {
                field.append((char) c);
            }
        }
    }
}

package org.orewatch.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * A tab-separated lexicon bundled with this module: '#' lines are comments, every other
 * non-empty line is a row with a fixed number of columns (a trailing note column may be empty).
 * A malformed row fails start-up with the file, line and column named.
 */
final class LexiconFile {

    /** One data row with its position, for error messages. */
    record Row(String file, int line, String[] cells) {

        String cell(int index) {
            return cells[index];
        }

        OrewatchException error(int column, String field, String message) {
            return new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                    new SourcePosition(file, line, column, field), message);
        }
    }

    private LexiconFile() {
    }

    static List<Row> read(String resource, int columns) {
        String file = "org/orewatch/names/" + resource;
        InputStream in = LexiconFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new OrewatchException(ErrorCode.INTERNAL_ERROR, "lexicon " + file + " is missing from the jar");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (cells.length == columns - 1) {
                    String[] padded = new String[columns];
                    System.arraycopy(cells, 0, padded, 0, cells.length);
                    padded[columns - 1] = "";
                    cells = padded;
                }
                if (cells.length != columns) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, new SourcePosition(file, line, 0, ""),
                            "expected " + columns + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < columns - 1; i++) {
                    if (cells[i].isEmpty() || !cells[i].equals(cells[i].strip())) {
                        throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                                new SourcePosition(file, line, i + 1, ""), "empty cell or stray spaces");
                    }
                }
                rows.add(new Row(file, line, cells));
            }
        } catch (IOException e) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(file), "cannot read lexicon", e);
        }
        return rows;
    }
}

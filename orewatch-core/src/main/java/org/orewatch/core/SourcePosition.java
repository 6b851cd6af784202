package org.orewatch.core;

import java.util.Objects;

/**
 * Where in an input a problem or a fact sits: a file (or other named input), a 1-based line and
 * column (0 when unknown) and the field, column header or property concerned (may be empty).
 */
public record SourcePosition(String file, int line, int column, String field) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        field = field == null ? "" : field;
    }

    public static SourcePosition of(String file, int line, String field) {
        return new SourcePosition(file, line, 0, field);
    }

    public static SourcePosition file(String file) {
        return new SourcePosition(file, 0, 0, "");
    }

    public SourcePosition withField(String newField) {
        return new SourcePosition(file, line, column, newField);
    }

    /** {@code file:line:column} as compilers print it, then the field if any. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (!field.isEmpty()) {
            text.append(" [").append(field).append(']');
        }
        return text.toString();
    }
}

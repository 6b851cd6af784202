package org.orewatch.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.orewatch.names.NameType;

/** The labelled quality set: pairs of names with the verdict a screener should reach. */
public final class LabelledPairs {

    /** One labelled pair. */
    public record Pair(String name1, String name2, NameType type, String category, boolean expected) {
    }

    private LabelledPairs() {
    }

    /**
     * The sets bundled with this module, by name: {@code author} ({@code names-quality.csv}, written
     * with the matcher, see names-quality.md), {@code tuning} and {@code heldout} (the two halves of
     * the list-derived set, see names-lists.md) and {@code screening} (entries the tuning half does
     * not use, paired as screening meets them, see names-screening.md).
     */
    public static final List<String> SETS = List.of("author", "tuning", "heldout", "screening");

    /** The author's set ({@code names-quality.csv}). */
    public static List<Pair> bundled() {
        return bundled("author");
    }

    /** A bundled set by its name in {@link #SETS}. */
    public static List<Pair> bundled(String set) {
        String file = switch (set) {
            case "author" -> "names-quality.csv";
            case "tuning" -> "names-lists-tuning.csv";
            case "heldout" -> "names-lists-heldout.csv";
            case "screening" -> "names-screening-heldout.csv";
            default -> throw new IllegalArgumentException("no bundled set " + set + "; sets: " + SETS);
        };
        try (InputStream in = LabelledPairs.class.getResourceAsStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a CSV with header name1,name2,type,category,expected[,note]; quoted fields allowed. */
    public static List<Pair> read(InputStream in) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("name1,name2,type,category,expected")) {
                throw new IOException("expected the header name1,name2,type,category,expected");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() < 5) {
                    throw new IOException("line " + number + ": expected at least 5 fields");
                }
                pairs.add(new Pair(fields.get(0), fields.get(1), NameType.parse(fields.get(2)), fields.get(3),
                        Boolean.parseBoolean(fields.get(4))));
            }
        }
        return pairs;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

package org.orewatch.cli.names;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.orewatch.cli.JsonOutput;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.names.MatchResult;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;
import org.orewatch.names.TokenAlignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Score two names, or every pair in a CSV file, and explain the score.",
        description = {"Prints the score (0 to 1), the verdict at the default threshold and which token of",
        "each name was aligned with which, by what rule and with what weight.",
        "",
        "With --pairs, IN.csv has a header with columns name1 and name2 and optionally type",
        "(person, organization, vessel, place, other) or schema (FollowTheMoney: Person, Company,",
        "Organization, LegalEntity, Vessel ...). OUT.csv repeats every input column in order and",
        "adds score, match and explanation, one row per input row.",
        "",
        "Examples:",
        "  orewatch names compare 'RI Thae Chol' \"Ri T'ae-ch'ol\" --type person",
        "  orewatch names compare Komdok 검덕 --json",
        "  orewatch names compare --pairs pairs.csv --out scored.csv"})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "0..2", paramLabel = "NAME", description = "The two names to compare.")
    List<String> names = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE",
            description = "person, organization, vessel, place or other (default: other; in --pairs mode,"
                    + " rows without a type or schema).")
    String type;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--pairs", paramLabel = "IN.csv", description = "Compare every row of a CSV file.")
    Path pairs;

    @Option(names = "--out", paramLabel = "OUT.csv", description = "Where --pairs writes its results.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NameType defaultType = type == null ? NameType.OTHER : NameType.parse(type);
        NameMatcher matcher = NameMatcher.defaults();
        if (pairs != null) {
            if (!names.isEmpty()) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "give either two names or --pairs, not both");
            }
            if (out == null) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--pairs needs --out OUT.csv");
            }
            comparePairs(matcher, defaultType);
            return 0;
        }
        if (names.size() != 2) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "give two names to compare (or --pairs IN.csv)");
        }
        MatchResult result = matcher.compare(names.get(0), names.get(1), defaultType);
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name1", names.get(0));
            body.put("name2", names.get(1));
            body.put("type", defaultType.name().toLowerCase(Locale.ROOT));
            body.put("score", round(result.score()));
            body.put("match", result.match());
            body.put("threshold", matcher.threshold());
            body.put("alignments", result.alignments());
            body.put("explanation", result.explanation());
            JsonOutput.print(writer, body);
            return 0;
        }
        writer.printf(Locale.ROOT, "score %.4f  %s (threshold %.2f, %s)%n", result.score(),
                result.match() ? "MATCH" : "no match", matcher.threshold(), defaultType.name().toLowerCase(Locale.ROOT));
        for (TokenAlignment line : result.alignments()) {
            writer.println("  " + describe(line));
        }
        writer.flush();
        return 0;
    }

    private static String describe(TokenAlignment line) {
        return switch (line.rule()) {
            case UNMATCHED -> String.format(Locale.ROOT, "%-20s unmatched (weight %.2f)",
                    line.leftIndex() >= 0 ? line.leftToken() : "- ~ " + line.rightToken(), line.weight());
            case DIGITS_MISMATCH -> line.leftToken().isEmpty() ? "numbers differ"
                    : line.leftToken() + " != " + line.rightToken();
            case IDENTIFIER -> line.leftToken() + " = " + line.rightToken() + " (identifier agrees)";
            default -> String.format(Locale.ROOT, "%-20s ~ %-20s %-22s %.2f  weight %.2f", line.leftToken(),
                    line.rightToken(), line.rule().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    line.similarity(), line.weight());
        };
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private void comparePairs(NameMatcher matcher, NameType defaultType) throws IOException {
        String file = pairs.toString();
        List<CsvTable.Row> rows;
        try (BufferedReader reader = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
            rows = CsvTable.read(reader, file);
        } catch (NoSuchFileException missing) {
            throw new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(file), "no such file");
        } catch (java.nio.charset.MalformedInputException encoding) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(file),
                    "the file is not UTF-8 text");
        }
        if (rows.isEmpty()) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, 1, ""),
                    "the file is empty: expected a header with name1 and name2");
        }
        List<String> header = rows.get(0).fields();
        int name1 = column(header, "name1");
        int name2 = column(header, "name2");
        int typeColumn = column(header, "type");
        int schemaColumn = column(header, "schema");
        if (name1 < 0 || name2 < 0) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.of(file, 1, "header"),
                    "the header must have columns name1 and name2, found: " + String.join(", ", header));
        }
        NameType[] types = new NameType[rows.size()];
        for (int r = 1; r < rows.size(); r++) {
            CsvTable.Row row = rows.get(r);
            if (row.fields().size() != header.size()) {
                int last = row.fields().size() - 1;
                throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                        new SourcePosition(file, row.lines()[last], row.columns()[last], ""),
                        "row has " + row.fields().size() + " fields, the header has " + header.size());
            }
            types[r] = rowType(row, typeColumn, schemaColumn, defaultType, file, header);
        }
        MatchResult[] results = new MatchResult[rows.size()];
        IntStream.range(1, rows.size()).parallel().forEach(r ->
                results[r] = matcher.compare(rows.get(r).fields().get(name1), rows.get(r).fields().get(name2), types[r]));
        int matches = 0;
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            List<String> outHeader = new ArrayList<>(header);
            outHeader.addAll(List.of("score", "match", "explanation"));
            CsvTable.write(writer, outHeader);
            for (int r = 1; r < rows.size(); r++) {
                List<String> fields = new ArrayList<>(rows.get(r).fields());
                fields.add(String.format(Locale.ROOT, "%.4f", results[r].score()));
                fields.add(Boolean.toString(results[r].match()));
                fields.add(results[r].explanation());
                CsvTable.write(writer, fields);
                if (results[r].match()) {
                    matches++;
                }
            }
        } catch (NoSuchFileException missing) {
            throw new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(out.toString()),
                    "cannot write here: the folder does not exist");
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf(Locale.ROOT, "compared %,d pairs: %,d matches at threshold %.2f -> %s%n", rows.size() - 1, matches,
                matcher.threshold(), out);
        writer.flush();
    }

    private static NameType rowType(CsvTable.Row row, int typeColumn, int schemaColumn, NameType defaultType,
            String file, List<String> header) {
        if (typeColumn >= 0 && !row.fields().get(typeColumn).isBlank()) {
            try {
                return NameType.parse(row.fields().get(typeColumn));
            } catch (OrewatchException bad) {
                throw new OrewatchException(ErrorCode.INVALID_VALUE,
                        new SourcePosition(file, row.lines()[typeColumn], row.columns()[typeColumn],
                                header.get(typeColumn)), bad.getMessage());
            }
        }
        if (schemaColumn >= 0 && !row.fields().get(schemaColumn).isBlank()) {
            return NameType.fromFtmSchema(row.fields().get(schemaColumn));
        }
        return defaultType;
    }

    private static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}

package org.orewatch.cli.screen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orewatch.cli.ProgressBar;
import org.orewatch.cli.names.CsvTable;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.screening.BatchScreener;
import org.orewatch.screening.Candidate;
import org.orewatch.screening.JsonViews;
import org.orewatch.screening.Screener;
import org.orewatch.screening.ScreeningQuery;
import org.orewatch.screening.ScreeningResult;
import org.orewatch.screening.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "names", description = {"Screen a file of names, CSV or JSON lines, into an output file with one row per",
        "input row, in order: the input's own fields, then match (true/false), verdict, score, the best candidate's",
        "list, list version, entry id and name, the name that matched, and an explanation.",
        "CSV input needs a header with 'name'; 'type' (person, organization, vessel, or a FollowTheMoney schema),",
        "'country', 'birth_date' (YYYY, YYYY-MM or YYYY-MM-DD), 'id' and identifier columns ('imo', 'un_reference',",
        "'passport' ...) are optional. JSON lines take the same keys, identifiers also as an \"identifiers\" object;",
        "their output adds the candidates in full, with knowledge-graph evidence."})
final class NamesCommand implements Callable<Integer> {

    static final List<String> RESULT_COLUMNS = List.of("match", "verdict", "score", "list", "list_version", "entry_id",
            "entry_name", "matched_name", "explanation");
    private static final int CHUNK = 20_000;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The names to screen (.csv or .jsonl).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the results (.csv or .jsonl).")
    Path out;

    @Option(names = "--in-format", paramLabel = "csv|jsonl", description = "Input format when the extension does not say.")
    String inFormat;

    @Option(names = "--out-format", paramLabel = "csv|jsonl", description = "Output format when the extension does not say.")
    String outFormat;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "3",
            description = "Candidates kept per row in JSON-lines output (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--cache", paramLabel = "N", defaultValue = "200000",
            description = "Distinct queries remembered, so repeated names are screened once (default: ${DEFAULT-VALUE}).")
    int cache;

    @Option(names = "--quiet", description = "No progress line and no summary on standard error.")
    boolean quiet;

    @Mixin
    ScreeningOptions screening;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        QueryFile.Format outputFormat = QueryFile.Format.of(out, outFormat);
        QueryFile input = QueryFile.read(in, QueryFile.Format.of(in, inFormat));
        if (candidates < 1 || candidates > Screener.MAX_LIMIT) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--candidates must be between 1 and " + Screener.MAX_LIMIT);
        }
        PrintWriter err = spec.commandLine().getErr();
        long loading = System.nanoTime();
        Screener screener = screening.screener();
        if (!quiet) {
            err.printf("screening against %,d entries (%,d names) of %d lists, loaded in %.1f s%n", screener.index().entryCount(),
                    screener.index().nameCount(), screener.index().lists().size(), (System.nanoTime() - loading) / 1e9);
            err.flush();
        }
        BatchScreener batch = new BatchScreener(screener, cache);
        int limit = outputFormat == QueryFile.Format.JSONL ? candidates : 1;
        int matches = 0;
        int possible = 0;
        long start = System.nanoTime();
        Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName(), ".partial");
        try {
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16);
                    ProgressBar progress = new ProgressBar(err, "screening", "names", input.rows.size(), !quiet)) {
                if (outputFormat == QueryFile.Format.CSV) {
                    List<String> header = new ArrayList<>(input.format == QueryFile.Format.CSV ? input.header : List.of("name"));
                    header.addAll(RESULT_COLUMNS);
                    CsvTable.write(writer, header);
                }
                for (int from = 0; from < input.rows.size(); from += CHUNK) {
                    List<QueryFile.Row> rows = input.rows.subList(from, Math.min(input.rows.size(), from + CHUNK));
                    List<ScreeningQuery> queries = rows.stream().map(QueryFile.Row::query).toList();
                    final int offset = from;
                    List<ScreeningResult> results = batch.screenAll(queries, limit, done -> progress.update(offset + done));
                    for (int i = 0; i < rows.size(); i++) {
                        ScreeningResult result = results.get(i);
                        matches += result.verdict() == Verdict.MATCH ? 1 : 0;
                        possible += result.verdict() == Verdict.POSSIBLE ? 1 : 0;
                        write(writer, outputFormat, input.format, rows.get(i), result);
                    }
                }
            }
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            Files.deleteIfExists(temporary);
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(out.toString()), "cannot write: " + failure.getMessage(),
                    failure);
        } catch (RuntimeException failure) {
            Files.deleteIfExists(temporary);
            throw failure;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!quiet) {
            err.printf(Locale.ROOT, "screened %,d names in %.2f s (%,.0f names/s; %,d answered from cache): %,d matches, %,d to review;"
                    + " wrote %s%n", input.rows.size(), seconds, input.rows.size() / Math.max(seconds, 1e-9), batch.cacheHits(), matches,
                    possible, out);
            err.flush();
        }
        return 0;
    }

    private void write(Writer writer, QueryFile.Format outputFormat, QueryFile.Format inputFormat, QueryFile.Row row,
            ScreeningResult result) throws IOException {
        Candidate best = result.best().orElse(null);
        if (outputFormat == QueryFile.Format.CSV) {
            List<String> fields = new ArrayList<>(inputFormat == QueryFile.Format.CSV ? row.csvFields() : List.of(row.query().name()));
            fields.add(Boolean.toString(result.match()));
            fields.add(result.verdict().name().toLowerCase(Locale.ROOT));
            fields.add(String.format(Locale.ROOT, "%.4f", result.score()));
            fields.add(best == null ? "" : best.version().listName());
            fields.add(best == null ? "" : Long.toString(best.version().id()));
            fields.add(best == null ? "" : best.entry().key());
            fields.add(best == null ? "" : best.entry().name());
            fields.add(best == null ? "" : best.matchedName());
            fields.add(best == null ? "no candidate at or above " + screening.policy().possibleThreshold() : best.explanation());
            CsvTable.write(writer, fields);
            return;
        }
        ObjectNode line = inputFormat == QueryFile.Format.JSONL ? row.json().deepCopy() : QueryFile.MAPPER.createObjectNode();
        if (inputFormat == QueryFile.Format.CSV) {
            line.put("name", row.query().name());
        }
        Map<String, Object> view = JsonViews.result(result);
        line.put("match", result.match());
        line.put("verdict", (String) view.get("verdict"));
        line.put("score", (Double) view.get("score"));
        line.put("list", best == null ? null : best.version().listName());
        if (best == null) {
            line.putNull("list_version");
        } else {
            line.put("list_version", best.version().id());
        }
        line.put("entry_id", best == null ? null : best.entry().key());
        line.put("entry_name", best == null ? null : best.entry().name());
        line.put("matched_name", best == null ? null : best.matchedName());
        line.put("explanation", best == null ? "no candidate at or above " + screening.policy().possibleThreshold() : best.explanation());
        line.set("candidates", QueryFile.MAPPER.valueToTree(view.get("candidates")));
        writer.write(QueryFile.MAPPER.writeValueAsString(line));
        writer.write('\n');
    }
}

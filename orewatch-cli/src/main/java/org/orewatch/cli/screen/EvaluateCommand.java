package org.orewatch.cli.screen;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.lists.ListCounts;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.ListVersion;
import org.orewatch.lists.io.UnConsolidatedXmlReader;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;
import org.orewatch.screening.ScreenedList;
import org.orewatch.screening.Screener;
import org.orewatch.screening.evaluation.QualityEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", description = {"Measure screening quality at the chosen thresholds: every person on a UN",
        "consolidated list file, with typos injected, must be found (a match on that entry), and made-up people",
        "who are on no list must not be called a match. Screens against the stored lists and the knowledge graph,",
        "plus the given file when its list is not stored. Seeded: the same seed gives the same run."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--un", required = true, paramLabel = "FILE", description = "A UN consolidated list (XML) whose persons are screened.")
    Path un;

    @Option(names = "--typos", paramLabel = "N", defaultValue = "1", description = "Typos injected per listed name (default: ${DEFAULT-VALUE}).")
    int typos;

    @Option(names = "--negatives", paramLabel = "N", defaultValue = "50000",
            description = "Made-up people screened (default: ${DEFAULT-VALUE}).")
    int negatives;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20260227", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "person",
            description = "Query type, or 'any' to screen untyped (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "20", description = "Errors shown of each kind (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Mixin
    ScreeningOptions screening;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ListSnapshot snapshot = UnConsolidatedXmlReader.read(un);
        List<ScreenedList> lists = new ArrayList<>(screening.lists());
        ScreenedList listed = lists.stream().filter(list -> list.version().sha256().equals(snapshot.sha256())).findFirst()
                .orElse(null);
        if (listed == null) {
            ListCounts counts = ListCounts.of(snapshot.entries());
            ListVersion version = new ListVersion(-1, snapshot.listName() + " (file)", snapshot.format(), snapshot.files(),
                    snapshot.sha256(), snapshot.published(), Instant.now(), counts.entries(), counts.names(), counts.persons(),
                    counts.organizations(), counts.vessels(), true);
            listed = ScreenedList.of(version, snapshot.entries());
            lists.add(listed);
        }
        Screener screener = Screener.over(NameMatcher.defaults(), lists, screening.policy());
        NameType queryType = type.equalsIgnoreCase("any") ? null : NameType.parse(type);
        QualityEvaluation.Report report = QualityEvaluation.run(screener, listed,
                new QualityEvaluation.Settings(typos, negatives, seed, queryType, examples));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("seed", seed);
            view.put("typos", typos);
            view.put("type", queryType == null ? "any" : queryType.name().toLowerCase(Locale.ROOT));
            view.put("match_threshold", screener.policy().matchThreshold());
            view.put("lists", lists.stream().map(list -> list.version().listName() + " v" + list.version().id()).toList());
            view.put("indexed_names", screener.index().nameCount());
            view.put("positives", report.positives());
            view.put("found", report.found());
            view.put("found_first", report.foundFirst());
            view.put("recall", report.recall());
            view.put("negatives", report.negatives());
            view.put("false_matches", report.falseMatches());
            view.put("false_match_rate", report.falseMatchRate());
            view.put("homonyms", report.homonyms());
            view.put("homonym_matches", report.homonymMatches());
            view.put("seconds", report.seconds());
            view.put("misses", report.misses());
            view.put("false_positives", report.falsePositives());
            JsonOutput.print(out, view);
            return 0;
        }
        out.printf(Locale.ROOT, "screening quality, seed %d, %d typo(s) per listed name, query type %s, match from %.2f%n", seed, typos,
                queryType == null ? "any" : queryType.name().toLowerCase(Locale.ROOT), screener.policy().matchThreshold());
        out.printf(Locale.ROOT, "against %s (%,d names)%n", String.join(", ", lists.stream()
                .map(list -> list.version().listName() + (list.version().id() > 0 ? " v" + list.version().id() : "")).toList()),
                screener.index().nameCount());
        out.printf(Locale.ROOT, "listed persons found:    %,d of %,d = %.2f%% (best candidate: %,d = %.2f%%)%n", report.found(),
                report.positives(), 100 * report.recall(), report.foundFirst(), 100.0 * report.foundFirst() / Math.max(1, report.positives()));
        out.printf(Locale.ROOT, "made-up people matched:  %,d of %,d = %.3f%%%n", report.falseMatches(), report.negatives(),
                100 * report.falseMatchRate());
        out.printf(Locale.ROOT, "homonyms set apart:      %,d made-up names written exactly like a listed name (%,d matched)%n",
                report.homonyms(), report.homonymMatches());
        out.printf(Locale.ROOT, "time:                    %.1f s%n", report.seconds());
        if (!report.misses().isEmpty()) {
            out.println();
            out.println("listed persons missed (first " + report.misses().size() + "):");
            report.misses().forEach(miss -> out.printf(Locale.ROOT, "  %-40s for %s: %s %.3f %s%n", miss.query(), miss.expected(),
                    miss.got(), miss.score(), miss.explanation()));
        }
        if (!report.falsePositives().isEmpty()) {
            out.println();
            out.println("made-up people called a match (first " + report.falsePositives().size() + "):");
            report.falsePositives().forEach(example -> out.printf(Locale.ROOT, "  %-40s -> %s %.3f: %s%n", example.query(), example.got(),
                    example.score(), example.explanation()));
        }
        out.flush();
        return 0;
    }
}

package org.orewatch.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.orewatch.names.MatchResult;
import org.orewatch.names.NameMatcher;

/**
 * Runs labelled quality sets through the matcher at its default threshold and prints precision,
 * recall and F1 overall, by suite and by category, the threshold that would have been best, and
 * for comparison a Jaro-Winkler baseline at its own best threshold. With {@code --errors} it lists
 * every pair the matcher gets wrong, with its explanation.
 *
 * <pre>
 * java -cp orewatch-benchmarks/target/benchmarks.jar org.orewatch.benchmarks.NamesQuality \
 *     [--set author|tuning|heldout|screening]... [PAIRS.csv]... [--errors]
 * </pre>
 * Without a set or a file it runs the author's set ({@code author}). The {@code heldout} half of the
 * list-derived set is for reporting only: tune on {@code tuning} (see names-lists.md).
 */
public final class NamesQuality {

    private NamesQuality() {
    }

    public static void main(String[] args) throws IOException {
        List<String> names = new ArrayList<>();
        List<List<LabelledPairs.Pair>> sets = new ArrayList<>();
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--errors")) {
                errors = true;
            } else if (args[i].equals("--set") && i + 1 < args.length) {
                names.add(args[++i]);
                sets.add(LabelledPairs.bundled(args[i]));
            } else {
                try (InputStream in = Files.newInputStream(Path.of(args[i]))) {
                    names.add(args[i]);
                    sets.add(LabelledPairs.read(in));
                }
            }
        }
        if (sets.isEmpty()) {
            names.add("author");
            sets.add(LabelledPairs.bundled());
        }
        for (int s = 0; s < sets.size(); s++) {
            report(names.get(s), sets.get(s), errors);
        }
    }

    private static void report(String name, List<LabelledPairs.Pair> pairs, boolean errors) {
        NameMatcher matcher = NameMatcher.defaults();
        double[] scores = QualityReport.scores(pairs, p -> matcher.compare(p.name1(), p.name2(), p.type()).score());
        QualityReport report = QualityReport.at(pairs, scores, matcher.threshold());
        System.out.printf(Locale.ROOT, "## %s: orewatch matcher, default threshold %.2f, %d pairs%n%n", name,
                matcher.threshold(), pairs.size());
        System.out.println(report.table());
        String suites = report.suiteTable();
        if (!suites.isEmpty()) {
            System.out.println(suites);
        }
        double[] best = QualityReport.bestThreshold(pairs, scores, 0.5, 0.99);
        System.out.printf(Locale.ROOT, "best threshold on this set: %.2f (F1 %.3f)%n%n", best[0], best[1]);

        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        double[] baseline = QualityReport.scores(pairs,
                p -> jaroWinkler.apply(p.name1().toLowerCase(Locale.ROOT), p.name2().toLowerCase(Locale.ROOT)));
        double[] baselineBest = QualityReport.bestThreshold(pairs, baseline, 0.5, 0.99);
        QualityReport baselineReport = QualityReport.at(pairs, baseline, baselineBest[0]);
        System.out.printf(Locale.ROOT, "baseline Jaro-Winkler on lowercased names, at its best threshold %.2f: F1 %.3f%n",
                baselineBest[0], baselineReport.overall().f1());
        baselineReport.bySuite().forEach((suite, c) -> System.out.printf(Locale.ROOT, "  %s: F1 %.3f%n", suite, c.f1()));
        System.out.println();

        if (errors) {
            for (int i = 0; i < pairs.size(); i++) {
                LabelledPairs.Pair pair = pairs.get(i);
                if ((scores[i] >= matcher.threshold()) != pair.expected()) {
                    MatchResult result = matcher.compare(pair.name1(), pair.name2(), pair.type());
                    System.out.printf(Locale.ROOT, "%s [%s] %s | %s: %s%n", pair.expected() ? "missed" : "false match",
                            pair.category(), pair.name1(), pair.name2(), result.explanation());
                }
            }
            System.out.println();
        }
    }
}

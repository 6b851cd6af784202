package org.orewatch.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.orewatch.names.MatchResult;
import org.orewatch.names.NameMatcher;

/**
 * Runs the labelled quality set through the matcher at its default threshold and prints
 * precision, recall and F1 overall and by category, the threshold that would have been best, and
 * for comparison a Jaro-Winkler baseline at its own best threshold. With {@code --errors} it lists
 * every pair the matcher gets wrong, with its explanation.
 *
 * <pre>
 * java -cp orewatch-benchmarks/target/benchmarks.jar org.orewatch.benchmarks.NamesQuality [PAIRS.csv] [--errors]
 * </pre>
 */
public final class NamesQuality {

    private NamesQuality() {
    }

    public static void main(String[] args) throws IOException {
        List<LabelledPairs.Pair> pairs = LabelledPairs.bundled();
        boolean errors = false;
        for (String arg : args) {
            if (arg.equals("--errors")) {
                errors = true;
            } else {
                try (InputStream in = Files.newInputStream(Path.of(arg))) {
                    pairs = LabelledPairs.read(in);
                }
            }
        }
        NameMatcher matcher = NameMatcher.defaults();
        double[] scores = QualityReport.scores(pairs, p -> matcher.compare(p.name1(), p.name2(), p.type()).score());
        QualityReport report = QualityReport.at(pairs, scores, matcher.threshold());
        System.out.printf(Locale.ROOT, "orewatch matcher, default threshold %.2f, %d pairs%n%n", matcher.threshold(), pairs.size());
        System.out.println(report.table());
        double[] best = QualityReport.bestThreshold(pairs, scores, 0.5, 0.99);
        System.out.printf(Locale.ROOT, "best threshold on this set: %.2f (F1 %.3f)%n%n", best[0], best[1]);

        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        double[] baseline = QualityReport.scores(pairs,
                p -> jaroWinkler.apply(p.name1().toLowerCase(Locale.ROOT), p.name2().toLowerCase(Locale.ROOT)));
        double[] baselineBest = QualityReport.bestThreshold(pairs, baseline, 0.5, 0.99);
        System.out.printf(Locale.ROOT, "baseline Jaro-Winkler on lowercased names, at its best threshold %.2f%n%n",
                baselineBest[0]);
        System.out.println(QualityReport.at(pairs, baseline, baselineBest[0]).table());

        if (errors) {
            for (int i = 0; i < pairs.size(); i++) {
                LabelledPairs.Pair pair = pairs.get(i);
                if ((scores[i] >= matcher.threshold()) != pair.expected()) {
                    MatchResult result = matcher.compare(pair.name1(), pair.name2(), pair.type());
                    System.out.printf(Locale.ROOT, "%s [%s] %s | %s: %s%n", pair.expected() ? "missed" : "false match",
                            pair.category(), pair.name1(), pair.name2(), result.explanation());
                }
            }
        }
    }
}

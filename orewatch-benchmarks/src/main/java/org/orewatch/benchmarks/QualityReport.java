package org.orewatch.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Precision, recall and F1 of a scorer at a threshold, overall and by category. */
public final class QualityReport {

    /** Counts of one group of pairs. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        public double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 1 : (double) truePositives / actual;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double accuracy() {
            int all = truePositives + falsePositives + falseNegatives + trueNegatives;
            return all == 0 ? 1 : (double) (truePositives + trueNegatives) / all;
        }

        Counts add(boolean expected, boolean predicted) {
            return new Counts(truePositives + (expected && predicted ? 1 : 0),
                    falsePositives + (!expected && predicted ? 1 : 0),
                    falseNegatives + (expected && !predicted ? 1 : 0),
                    trueNegatives + (!expected && !predicted ? 1 : 0));
        }
    }

    private final Counts overall;
    private final Map<String, Counts> byCategory;

    private QualityReport(Counts overall, Map<String, Counts> byCategory) {
        this.overall = overall;
        this.byCategory = byCategory;
    }

    /** Scores every pair once and counts verdicts at the threshold. */
    public static QualityReport of(List<LabelledPairs.Pair> pairs, ToDoubleFunction<LabelledPairs.Pair> scorer,
            double threshold) {
        double[] scores = scores(pairs, scorer);
        return at(pairs, scores, threshold);
    }

    static double[] scores(List<LabelledPairs.Pair> pairs, ToDoubleFunction<LabelledPairs.Pair> scorer) {
        double[] scores = new double[pairs.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = scorer.applyAsDouble(pairs.get(i));
        }
        return scores;
    }

    static QualityReport at(List<LabelledPairs.Pair> pairs, double[] scores, double threshold) {
        Counts overall = new Counts(0, 0, 0, 0);
        Map<String, Counts> byCategory = new TreeMap<>();
        for (int i = 0; i < scores.length; i++) {
            LabelledPairs.Pair pair = pairs.get(i);
            boolean predicted = scores[i] >= threshold;
            overall = overall.add(pair.expected(), predicted);
            byCategory.merge(pair.category(), new Counts(0, 0, 0, 0).add(pair.expected(), predicted),
                    (a, b) -> new Counts(a.truePositives() + b.truePositives(), a.falsePositives() + b.falsePositives(),
                            a.falseNegatives() + b.falseNegatives(), a.trueNegatives() + b.trueNegatives()));
        }
        return new QualityReport(overall, byCategory);
    }

    /** The threshold in [from, to] (step 0.01) with the best overall F1, and that F1. */
    static double[] bestThreshold(List<LabelledPairs.Pair> pairs, double[] scores, double from, double to) {
        double best = from;
        double bestF1 = -1;
        for (double t = from; t <= to + 1e-9; t += 0.01) {
            double f1 = at(pairs, scores, t).overall().f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return new double[] {best, bestF1};
    }

    public Counts overall() {
        return overall;
    }

    public Map<String, Counts> byCategory() {
        return byCategory;
    }

    /** A Markdown table: one row per category, then all pairs. */
    public String table() {
        StringBuilder text = new StringBuilder();
        text.append("| category | pairs | TP | FP | FN | TN | precision | recall | F1 |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Counts> rows = new LinkedHashMap<>(byCategory);
        rows.put("**all**", overall);
        rows.forEach((category, c) -> text.append(String.format(java.util.Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", category,
                c.truePositives() + c.falsePositives() + c.falseNegatives() + c.trueNegatives(), c.truePositives(),
                c.falsePositives(), c.falseNegatives(), c.trueNegatives(), c.precision(), c.recall(), c.f1())));
        return text.toString();
    }
}

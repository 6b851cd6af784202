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

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
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
            byCategory.merge(pair.category(), new Counts(0, 0, 0, 0).add(pair.expected(), predicted), Counts::plus);
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
        Map<String, Counts> rows = new LinkedHashMap<>(byCategory);
        rows.put("**all**", overall);
        return table("category", rows);
    }

    /**
     * Counts by suite, the part of a category before its first hyphen ({@code gen}: general
     * screening, {@code kp}: North Korean names), each also without its {@code -other} categories
     * (aliases that are other names, not spellings: out of reach of any name matcher); empty when
     * the categories have no suites.
     */
    public Map<String, Counts> bySuite() {
        Map<String, Counts> suites = new TreeMap<>();
        for (Map.Entry<String, Counts> e : byCategory.entrySet()) {
            String category = e.getKey();
            int hyphen = category.indexOf('-');
            if (hyphen < 0 || !SUITES.contains(category.substring(0, hyphen))) {
                return Map.of();
            }
            String suite = category.substring(0, hyphen);
            suites.merge(suite, e.getValue(), Counts::plus);
            if (!category.endsWith("-other")) {
                suites.merge(suite + " (spellings only)", e.getValue(), Counts::plus);
            }
        }
        return suites;
    }

    private static final java.util.Set<String> SUITES = java.util.Set.of("gen", "kp");

    /** A Markdown table of {@link #bySuite()}, or an empty string. */
    public String suiteTable() {
        Map<String, Counts> suites = bySuite();
        return suites.isEmpty() ? "" : table("suite", suites);
    }

    private static String table(String heading, Map<String, Counts> rows) {
        StringBuilder text = new StringBuilder();
        text.append("| ").append(heading).append(" | pairs | TP | FP | FN | TN | precision | recall | F1 |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach((category, c) -> text.append(String.format(java.util.Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", category,
                c.truePositives() + c.falsePositives() + c.falseNegatives() + c.trueNegatives(), c.truePositives(),
                c.falsePositives(), c.falseNegatives(), c.trueNegatives(), c.precision(), c.recall(), c.f1())));
        return text.toString();
    }
}

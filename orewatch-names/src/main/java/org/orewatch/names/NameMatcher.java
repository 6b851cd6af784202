package org.orewatch.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares two names of a type and scores how likely they name the same thing.
 *
 * <p>The score is a weighted token alignment, not a whole-string distance. Tokens are paired
 * greedily by weighted similarity (each token at most once, order free); the score is
 * <pre>
 *   sum over pairs (w_a + w_b) * similarity  /  (sum over pairs (w_a + w_b) + u * unpaired weight)
 * </pre>
 * where generic words and legal forms weigh little ({@link NameWeights}) and u is 1 when both
 * names have unpaired tokens (they differ) or less when only one has (a missing middle name:
 * 0.6 for persons, 0.8 otherwise). Numbers that disagree, IMO numbers that disagree and a changed
 * word order lower the score; equal IMO numbers raise it; names that agree only once spacing is
 * ignored (Kimjongun, 김정은) are scored as one token pair at 0.95. A score is 1.0 only for names
 * identical after normalisation.
 *
 * <p>Thread-safe: a matcher holds only immutable lexicons.
 */
public final class NameMatcher {

    /** Default match threshold, chosen on the labelled quality set (docs/benchmarks.md). */
    public static final double DEFAULT_THRESHOLD = 0.80;

    static final double PERSON_MISSING_DISCOUNT = 0.6;
    static final double OTHER_MISSING_DISCOUNT = 0.8;
    static final double GENERIC_MISSING_DISCOUNT = 0.6;
    static final double GENERIC_CONFLICT_FACTOR = 2.0;
    static final double DIGITS_MISMATCH_FACTOR = 0.6;
    static final double IDENTIFIER_MISMATCH_FACTOR = 0.3;
    static final double WHOLE_NAME_FACTOR = 0.95;
    static final double PERSON_ORDER_PENALTY = 0.02;
    static final double OTHER_ORDER_PENALTY = 0.01;

    private static final class DefaultHolder {
        static final NameMatcher INSTANCE = new NameMatcher(NameLexicon.get(), DEFAULT_THRESHOLD);
    }

    private final NameNormalizer normalizer;
    private final double threshold;

    private NameMatcher(NameLexicon lexicon, double threshold) {
        this.normalizer = new NameNormalizer(lexicon);
        this.threshold = threshold;
    }

    /** The matcher with the bundled lexicons and the default threshold. */
    public static NameMatcher defaults() {
        return DefaultHolder.INSTANCE;
    }

    /** A matcher with the bundled lexicons and another threshold in (0, 1]. */
    public static NameMatcher withThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new org.orewatch.core.OrewatchException(org.orewatch.core.ErrorCode.INVALID_ARGUMENT,
                    "threshold must be in (0, 1], not " + threshold);
        }
        return new NameMatcher(NameLexicon.get(), threshold);
    }

    /** Scores at or above this are matches. */
    public double threshold() {
        return threshold;
    }

    NameNormalizer normalizer() {
        return normalizer;
    }

    /** Normalises a name once for many comparisons. A null type is {@link NameType#OTHER}. */
    public PreparedName prepare(String name, NameType type) {
        return normalizer.prepare(name, type);
    }

    /** Compares two names as the given type (null: {@link NameType#OTHER}) and explains the score. */
    public MatchResult compare(String a, String b, NameType type) {
        NameType t = type == null ? NameType.OTHER : type;
        return compare(prepare(a, t), prepare(b, t));
    }

    /** Compares two prepared names and explains the score. */
    public MatchResult compare(PreparedName a, PreparedName b) {
        Alignment alignment = align(a, b);
        return alignment.result(threshold);
    }

    /** The score alone, without building an explanation (the fast path for ranking). */
    public double score(PreparedName a, PreparedName b) {
        return align(a, b).score;
    }

    static NameType effectiveType(PreparedName a, PreparedName b) {
        if (a.type == b.type) {
            return a.type;
        }
        return a.type == NameType.OTHER ? b.type : a.type;
    }

    private static Alignment align(PreparedName a, PreparedName b) {
        NameType type = effectiveType(a, b);
        Alignment tokens = new Alignment(a, b, type, false);
        double whole = wholeSimilarity(a, b);
        if (whole > 0 && tokens.score < 1) {
            Alignment joined = new Alignment(a, b, type, true, whole);
            if (joined.score > tokens.score) {
                return joined;
            }
        }
        return tokens;
    }

    /** Similarity of the content words taken together, spacing ignored; 0 when they do not agree. */
    static double wholeSimilarity(PreparedName a, PreparedName b) {
        if (a.wholeLiteral != null && b.wholeLiteral != null) {
            double korean = KoreanKey.sequenceScore(a.wholeLiteral, a.wholeTolerant, 0, a.wholeLiteral.length,
                    b.wholeLiteral, b.wholeTolerant, 0, b.wholeLiteral.length);
            if (korean >= KoreanKey.TOLERANT) {
                return Math.min(korean, TokenSimilarity.TRANSLITERATED);
            }
        }
        if (a.joined != null && a.joined.equals(b.joined)) {
            return 1;
        }
        // Spelling variants of a name written with other spacing (Abd al-Rahman, Abdulrahman); not for
        // two Korean names, whose vowels the skeleton would drop (Bukchang, Bukcheong).
        if (!a.korean && !b.korean && a.joinedSkeleton != null && a.joinedSkeleton.equals(b.joinedSkeleton)) {
            return TokenSimilarity.PHONETIC;
        }
        return 0;
    }

    /** One alignment of two names and its score; the explanation is built only on request. */
    private static final class Alignment {
        final PreparedName a;
        final PreparedName b;
        final NameType type;
        final boolean whole;
        final double wholeSimilarity;
        final int[] pairA;
        final long[] pairValue;
        double numerator;
        double matchedWeight;
        double leftA;
        double leftB;
        double genericLeftA;
        double genericLeftB;
        double legalLeft;
        double discount;
        double genericDiscount;
        boolean digitsMismatch;
        int identifierOutcome;
        int inversions;
        double score;

        Alignment(PreparedName a, PreparedName b, NameType type, boolean whole) {
            this(a, b, type, whole, 0);
        }

        Alignment(PreparedName a, PreparedName b, NameType type, boolean whole, double wholeSimilarity) {
            this.a = a;
            this.b = b;
            this.type = type;
            this.whole = whole;
            this.wholeSimilarity = wholeSimilarity;
            int n = a.text.length;
            int m = b.text.length;
            this.pairA = new int[n];
            this.pairValue = new long[n];
            java.util.Arrays.fill(pairA, -1);
            long[] sim = new long[n * m];
            for (int i = 0; i < n; i++) {
                if (whole && a.kind[i] == PreparedName.CONTENT) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    if (whole && b.kind[j] == PreparedName.CONTENT) {
                        continue;
                    }
                    sim[i * m + j] = TokenSimilarity.compare(a, i, b, j, type);
                }
            }
            boolean[] usedB = new boolean[m];
            // Greedy: repeatedly take the pair that adds most weighted similarity.
            while (true) {
                int bestI = -1;
                int bestJ = -1;
                double bestValue = 0;
                for (int i = 0; i < n; i++) {
                    if (pairA[i] >= 0) {
                        continue;
                    }
                    for (int j = 0; j < m; j++) {
                        long s = sim[i * m + j];
                        if (s == 0 || usedB[j]) {
                            continue;
                        }
                        double value = (a.weight[i] + b.weight[j]) * TokenSimilarity.similarityOf(s);
                        if (value > bestValue) {
                            bestValue = value;
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
                if (bestI < 0) {
                    break;
                }
                pairA[bestI] = bestJ;
                pairValue[bestI] = sim[bestI * m + bestJ];
                usedB[bestJ] = true;
            }
            int pairs = 0;
            boolean digitsA = false;
            boolean digitsB = false;
            boolean digitsPaired = false;
            for (int i = 0; i < n; i++) {
                digitsA |= a.kind[i] == PreparedName.DIGITS;
                if (whole && a.kind[i] == PreparedName.CONTENT) {
                    continue;
                }
                if (pairA[i] >= 0) {
                    double w = a.weight[i] + b.weight[pairA[i]];
                    numerator += w * TokenSimilarity.similarityOf(pairValue[i]);
                    matchedWeight += w;
                    pairs++;
                    digitsPaired |= a.kind[i] == PreparedName.DIGITS;
                } else if (a.kind[i] == PreparedName.LEGAL) {
                    legalLeft += a.weight[i];
                } else if (a.kind[i] == PreparedName.GENERIC) {
                    genericLeftA += a.weight[i];
                } else {
                    leftA += a.weight[i];
                }
            }
            for (int j = 0; j < m; j++) {
                digitsB |= b.kind[j] == PreparedName.DIGITS;
                if (!usedB[j] && !(whole && b.kind[j] == PreparedName.CONTENT)) {
                    if (b.kind[j] == PreparedName.LEGAL) {
                        legalLeft += b.weight[j];
                    } else if (b.kind[j] == PreparedName.GENERIC) {
                        genericLeftB += b.weight[j];
                    } else {
                        leftB += b.weight[j];
                    }
                }
            }
            if (whole) {
                double w = contentWeight(a) + contentWeight(b);
                numerator += w * WHOLE_NAME_FACTOR * wholeSimilarity;
                matchedWeight += w;
                pairs += 2;
            }
            double missing = type == NameType.PERSON ? PERSON_MISSING_DISCOUNT : OTHER_MISSING_DISCOUNT;
            // Words left over on both sides mean the names differ; on one side only, that words are missing
            // (a middle name, or "Mining Complex" after Komdok).
            // Legal forms never count as a difference (Corp. / Co. Ltd); generic words that differ on both
            // sides do, twice over (Acme Trading / Acme Mining are two businesses).
            boolean bothLeft = leftA + genericLeftA > 0 && leftB + genericLeftB > 0;
            discount = bothLeft || pairs < 2 ? 1 : missing;
            genericDiscount = !bothLeft ? GENERIC_MISSING_DISCOUNT
                    : genericLeftA > 0 && genericLeftB > 0 ? GENERIC_CONFLICT_FACTOR : 1;
            double denominator = matchedWeight + discount * (leftA + leftB)
                    + genericDiscount * (genericLeftA + genericLeftB) + GENERIC_MISSING_DISCOUNT * legalLeft;
            double s = denominator > 0 ? numerator / denominator : 0;
            if (digitsA && digitsB && !digitsPaired) {
                digitsMismatch = true;
                s *= DIGITS_MISMATCH_FACTOR;
            }
            if (a.identifier != null && b.identifier != null) {
                if (a.identifier.equals(b.identifier)) {
                    identifierOutcome = 1;
                    s = 0.9 + 0.1 * s;
                } else {
                    identifierOutcome = -1;
                    s *= IDENTIFIER_MISMATCH_FACTOR;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int k = i + 1; k < n; k++) {
                    if (pairA[i] >= 0 && pairA[k] >= 0 && pairA[i] > pairA[k]) {
                        inversions++;
                    }
                }
            }
            double orderPenalty = type == NameType.PERSON ? PERSON_ORDER_PENALTY : OTHER_ORDER_PENALTY;
            s *= 1 - orderPenalty * Math.min(inversions, 3);
            score = Math.max(0, Math.min(1, s));
        }

        private double unmatchedFactor(byte kind) {
            return kind == PreparedName.LEGAL ? GENERIC_MISSING_DISCOUNT
                    : kind == PreparedName.GENERIC ? genericDiscount : discount;
        }

        private static double contentWeight(PreparedName name) {
            double w = 0;
            for (int i = 0; i < name.text.length; i++) {
                if (name.kind[i] == PreparedName.CONTENT) {
                    w += name.weight[i];
                }
            }
            return w;
        }

        MatchResult result(double threshold) {
            List<TokenAlignment> lines = new ArrayList<>();
            boolean[] usedB = new boolean[b.text.length];
            for (int i = 0; i < a.text.length; i++) {
                if (whole && a.kind[i] == PreparedName.CONTENT) {
                    continue;
                }
                int j = pairA[i];
                if (j >= 0) {
                    usedB[j] = true;
                    double w = a.weight[i] + b.weight[j];
                    double s = TokenSimilarity.similarityOf(pairValue[i]);
                    lines.add(new TokenAlignment(i, a.source[i], j, b.source[j], TokenSimilarity.ruleOf(pairValue[i]),
                            s, w, w * s));
                }
            }
            if (whole) {
                lines.add(new TokenAlignment(0, contentText(a), 0, contentText(b), AlignmentRule.WHOLE_NAME,
                        WHOLE_NAME_FACTOR * wholeSimilarity, contentWeight(a) + contentWeight(b),
                        (contentWeight(a) + contentWeight(b)) * WHOLE_NAME_FACTOR * wholeSimilarity));
            }
            for (int i = 0; i < a.text.length; i++) {
                if (pairA[i] < 0 && !(whole && a.kind[i] == PreparedName.CONTENT)) {
                    lines.add(new TokenAlignment(i, a.source[i], -1, "", AlignmentRule.UNMATCHED, 0,
                            unmatchedFactor(a.kind[i]) * a.weight[i], 0));
                }
            }
            for (int j = 0; j < b.text.length; j++) {
                if (!usedB[j] && !(whole && b.kind[j] == PreparedName.CONTENT)) {
                    lines.add(new TokenAlignment(-1, "", j, b.source[j], AlignmentRule.UNMATCHED, 0,
                            unmatchedFactor(b.kind[j]) * b.weight[j], 0));
                }
            }
            if (digitsMismatch) {
                lines.add(new TokenAlignment(-1, "", -1, "", AlignmentRule.DIGITS_MISMATCH, 0, 0, 0));
            }
            if (identifierOutcome != 0) {
                lines.add(new TokenAlignment(-1, "IMO " + a.identifier, -1, "IMO " + b.identifier,
                        identifierOutcome > 0 ? AlignmentRule.IDENTIFIER : AlignmentRule.DIGITS_MISMATCH,
                        identifierOutcome > 0 ? 1 : 0, 0, 0));
            }
            boolean match = score >= threshold;
            return new MatchResult(score, match, lines, explain(lines, match, threshold));
        }

        private static String contentText(PreparedName name) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < name.text.length; i++) {
                if (name.kind[i] == PreparedName.CONTENT) {
                    text.append(text.length() > 0 ? " " : "").append(name.source[i]);
                }
            }
            return text.toString();
        }

        private String explain(List<TokenAlignment> lines, boolean match, double threshold) {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%.3f %s %.2f: %s (%s)", score, match ? ">=" : "<", threshold,
                    match ? "match" : "no match", type.name().toLowerCase(Locale.ROOT)));
            for (TokenAlignment line : lines) {
                text.append("; ");
                switch (line.rule()) {
                    case UNMATCHED -> text.append(line.leftIndex() >= 0 ? line.leftToken() : line.rightToken())
                            .append(String.format(Locale.ROOT, " unmatched (weight %.2f)", line.weight()));
                    case DIGITS_MISMATCH -> text.append(line.leftToken().isEmpty()
                            ? "numbers differ (x" + DIGITS_MISMATCH_FACTOR + ")"
                            : line.leftToken() + " != " + line.rightToken() + " (x" + IDENTIFIER_MISMATCH_FACTOR + ")");
                    case IDENTIFIER -> text.append(line.leftToken()).append(" = ").append(line.rightToken())
                            .append(" (identifier agrees)");
                    default -> text.append(line);
                }
            }
            if (inversions > 0) {
                text.append("; word order differs (").append(inversions).append(" swaps)");
            }
            return text.toString();
        }
    }
}

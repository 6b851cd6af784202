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
    /**
     * A family name the list wrote before a comma (BUNYONI, Alain Guillaume) and nothing of it found
     * in the other name: weighs one and a half times, more than a word that differs.
     */
    static final double FAMILY_MISSING_FACTOR = 1.5;
    /** Most paired words of a person's name whose words left over count nearly in full when all are common names. */
    static final int PARTIAL_PAIRS = 2;
    /**
     * What those words left over count: 0.9 puts two common names and one word left over (≈ 0.73, 0.71
     * with the order swapped) in the review band.
     */
    static final double PARTIAL_DISCOUNT = 0.9;
    /** Paired words from which on a missing family name costs no more than another missing word. */
    static final int FAMILY_OUTWEIGHED = 3;
    static final double GENERIC_CONFLICT_FACTOR = 2.0;
    static final double DIGITS_MISMATCH_FACTOR = 0.6;
    static final double IDENTIFIER_MISMATCH_FACTOR = 0.3;
    static final double WHOLE_NAME_FACTOR = 0.95;
    /**
     * An acronym of the other name ({@link #abbreviates}): a match, below any spelling of the name,
     * since many names share their initials.
     */
    static final double ACRONYM_SIMILARITY = 0.85;
    /** Most letters an acronym takes from one word (KOMID: ko, mi, d). */
    static final int ACRONYM_PREFIX = 4;
    static final double PERSON_ORDER_PENALTY = 0.02;
    static final double OTHER_ORDER_PENALTY = 0.01;
    /** The whole-name skeleton rule allows one spelling edit per this many letters (at least one). */
    static final int SKELETON_EDITS_PER = 4;
    /** Names of this many words whose words the whole-name skeleton rule checks one by one ({@link #wordsMayJoin}). */
    static final int WORDS_CHECKED = 2;
    /** The same for two names split into as many words (each word was compared on its own already). */
    static final int SKELETON_EDITS_PER_ALIKE = 6;

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

    /**
     * Normalises a name whose type its caller does not know, read as the type of the names it will
     * be compared with (a person's family name, a company's legal form). The assumed type shapes the
     * reading but is no evidence of what the name names: such a name is the long form of an acronym
     * only when its own words say it is an organisation's.
     */
    public PreparedName prepareUntyped(String name, NameType readAs) {
        return normalizer.prepare(name, readAs, false);
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
        return effectiveType(a.type, b.type);
    }

    /** Two names are compared as the type they share, or as the more specific of the two. */
    static NameType effectiveType(NameType a, NameType b) {
        if (a == b) {
            return a;
        }
        return a == NameType.OTHER ? b : a;
    }

    private static Alignment align(PreparedName a, PreparedName b) {
        NameType type = effectiveType(a, b);
        Alignment tokens = new Alignment(a, b, type, false);
        if (tokens.score < ACRONYM_SIMILARITY && a.type != NameType.PERSON && b.type != NameType.PERSON
                && type != NameType.PLACE && (abbreviates(a, b) || abbreviates(b, a))) {
            return new Alignment(a, b, type);
        }
        long whole = wholeRelation(a, b);
        if (whole != 0 && tokens.score < 1) {
            Alignment joined = new Alignment(a, b, type, true, whole);
            if (joined.score > tokens.score) {
                return joined;
            }
        }
        return tokens;
    }

    /**
     * How the content words taken together relate, spacing ignored: their similarity and rule
     * packed as {@link TokenSimilarity#encode} does, or 0 when they do not agree.
     */
    static long wholeRelation(PreparedName a, PreparedName b) {
        if (a.wholeLiteral != null && b.wholeLiteral != null) {
            double korean = KoreanKey.sequenceScore(a.wholeLiteral, a.wholeTolerant, 0, a.wholeLiteral.length,
                    b.wholeLiteral, b.wholeTolerant, 0, b.wholeLiteral.length);
            if (korean >= KoreanKey.TOLERANT) {
                return TokenSimilarity.encode(Math.min(korean, TokenSimilarity.TRANSLITERATED), AlignmentRule.WHOLE_NAME);
            }
        }
        if (a.joined == null || b.joined == null) {
            return 0;
        }
        if (a.joined.equals(b.joined)) {
            return TokenSimilarity.encode(1, AlignmentRule.WHOLE_NAME);
        }
        // Spelling variants of a name written with other spacing (Abd al-Rahman, Abdulrahman); not for
        // two Korean names, whose vowels the skeleton would drop (Bukchang, Bukcheong). The skeleton drops
        // every vowel of the whole name, so the spellings must also be close: without that, Aarti Das and
        // Irie Tadashi, or Abena Osei and Abu Anas, agree.
        if (!a.korean && !b.korean && a.joinedSkeleton != null && a.joinedSkeleton.equals(b.joinedSkeleton)
                && skeletonMayJoin(a, b) && wordsMayJoin(a, b, true)) {
            return TokenSimilarity.encode(TokenSimilarity.PHONETIC, AlignmentRule.WHOLE_NAME);
        }
        // One typo in the name as a whole (JNG BOM SU, KIM YONG CHO): the typo may have broken the
        // words apart differently, or turned a Korean syllable into another that the word-by-word
        // comparison keeps apart. Between Korean names only a slip of the keyboard counts.
        if (a.joinedTypo && b.joinedTypo && (a.contentWords >= 2 || b.contentWords >= 2) && wordsMayJoin(a, b, false)) {
            boolean slip = a.korean || b.korean ? KeyboardTypo.isSlip(a.joined, b.joined)
                    : KeyboardTypo.isOneEdit(a.joined, b.joined);
            if (slip) {
                return TokenSimilarity.encode(joinedTypoSimilarity(a.joined, b.joined), AlignmentRule.WHOLE_NAME_TYPO);
            }
        }
        return 0;
    }

    /** The similarity of two joined texts one typo apart (the index bounds the typo rule by it). */
    static double joinedTypoSimilarity(String a, String b) {
        return 1 - 1.0 / Math.max(a.length(), b.length());
    }

    /**
     * Whether equal whole-name skeletons may relate two names: the vowels the skeleton drops must not
     * differ much. From another script (Arabic, written without short vowels) one edit for each vowel
     * of the Latin spelling, and one more (Muhammad Ali / mhmd ʿly, not Camille Romain Jean / kmal
     * jrman). Between Latin spellings split into words differently (Abd al-Rahman / Abdulrahman) one edit in
     * four; split alike, where each word was compared already, one in six (Sajdeh Majid / Sajdeh
     * Majeed, but not Dina Issa / Dona Isa or Aisha Saleh / Assi Saleh).
     */
    private static boolean skeletonMayJoin(PreparedName a, PreparedName b) {
        int longer = Math.max(a.joined.length(), b.joined.length());
        int limit;
        if (a.transliterated != b.transliterated) {
            // The other script dropped the Latin side's short vowels, and may write one letter for another.
            limit = vowels(a.transliterated ? b.joined : a.joined) + 1;
        } else if (a.transliterated) {
            limit = longer / 2;
        } else {
            limit = Math.max(1, longer / (a.contentWords == b.contentWords ? SKELETON_EDITS_PER_ALIKE : SKELETON_EDITS_PER));
        }
        return EditDistance.optimalStringAlignment(a.joined, b.joined, limit) <= limit;
    }

    /**
     * Between two names of two words each, whether the words, taken in order, may be spellings of
     * one another: no pair is two different common names and, when {@code initials}, each pair begins
     * with the same sound ({@link TokenSimilarity#initialSound}). Vo Lien / ولی جان (wly jan) and Maria
     * Garcia / Mario Garcia share a whole-name skeleton, Zheng Lei / Zhang Lei are one typo apart, and
     * all are other names; a typo may strike a first letter (Im Kyong Ok for Kim Kyong Ok). Longer names are left to the skeleton alone:
     * a word respelt there (Al-Ahdal read as Abd al-) shifts the words against each other.
     */
    private static boolean wordsMayJoin(PreparedName a, PreparedName b, boolean initials) {
        if (a.contentWords != WORDS_CHECKED || b.contentWords != WORDS_CHECKED) {
            return true;
        }
        int j = 0;
        NameLexicon lexicon = NameLexicon.get();
        for (int i = 0; i < a.text.length; i++) {
            if (a.kind[i] != PreparedName.CONTENT) {
                continue;
            }
            while (b.kind[j] != PreparedName.CONTENT) {
                j++;
            }
            String x = a.text[i];
            String y = b.text[j++];
            if (initials && TokenSimilarity.initialSound(x) != TokenSimilarity.initialSound(y) || lexicon.distinctCommonNames(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static int vowels(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += "aeiou".indexOf(text.charAt(i)) >= 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * Whether {@code acronym} is written as an acronym whose letters are, in order, the beginnings
     * of the other name's words ({@link PreparedName#acronymWords}): one to {@link #ACRONYM_PREFIX}
     * letters of each word it uses, the first two words always used, later ones may be skipped
     * (KOMID: KOrea MIning Development, Trading Corporation left out; NDCO: North Drilling COmpany).
     * The first two words are what the index files such names under ({@link RetrievalKeys}). The
     * long form must be an organisation's ({@link PreparedName#organisationLike}): people's names
     * share their initials with thousands of acronyms (Aaron Brown, ABR).
     */
    static boolean abbreviates(PreparedName acronym, PreparedName name) {
        return acronym.acronym != null && name.acronymWords != null && name.organisationLike
                && abbreviates(acronym.acronym, 0, name.acronymWords, 0);
    }

    private static boolean abbreviates(String letters, int at, String[] words, int word) {
        if (at == letters.length()) {
            return word >= 2;
        }
        int last = word < 2 ? word : words.length - 1;
        for (int w = word; w <= last && w < words.length; w++) {
            String candidate = words[w];
            int most = Math.min(Math.min(candidate.length(), ACRONYM_PREFIX), letters.length() - at);
            for (int k = 1; k <= most && candidate.charAt(k - 1) == letters.charAt(at + k - 1); k++) {
                if (abbreviates(letters, at + k, words, w + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One alignment of two names and its score; the explanation is built only on request. */
    private static final class Alignment {
        final PreparedName a;
        final PreparedName b;
        final NameType type;
        final boolean whole;
        final boolean acronym;
        final double wholeSimilarity;
        final AlignmentRule wholeRule;
        final int[] pairA;
        final long[] pairValue;
        double numerator;
        double matchedWeight;
        double leftA;
        double leftB;
        double genericLeftA;
        double genericLeftB;
        double legalLeft;
        double familyLeft;
        boolean familyMissingA;
        boolean familyMissingB;
        /** Two common names paired and words left over ({@link #PARTIAL_PAIRS}). */
        boolean partial;
        double discount;
        double genericDiscount;
        boolean digitsMismatch;
        int identifierOutcome;
        int inversions;
        double score;

        Alignment(PreparedName a, PreparedName b, NameType type, boolean whole) {
            this(a, b, type, whole, 0);
        }

        /** One name an acronym of the other ({@link #abbreviates}): the two taken as one pair. */
        Alignment(PreparedName a, PreparedName b, NameType type) {
            this.a = a;
            this.b = b;
            this.type = type;
            this.whole = false;
            this.acronym = true;
            this.wholeSimilarity = ACRONYM_SIMILARITY;
            this.wholeRule = AlignmentRule.ACRONYM;
            this.pairA = new int[0];
            this.pairValue = new long[0];
            this.score = ACRONYM_SIMILARITY;
        }

        Alignment(PreparedName a, PreparedName b, NameType type, boolean whole, long wholeRelation) {
            this.a = a;
            this.b = b;
            this.type = type;
            this.whole = whole;
            this.acronym = false;
            this.wholeSimilarity = TokenSimilarity.similarityOf(wholeRelation);
            this.wholeRule = whole ? TokenSimilarity.ruleOf(wholeRelation) : null;
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
            // Whole-name alignments pair the words as one; a family name cannot go missing there.
            // Three words or more agreeing outweigh a family name missing (ACHEKZAI, Maulawi Adam Khan /
            // KHAN, Maulawi Adam: lists move words between the family name and the given names).
            int pairCount = 0;
            for (int i = 0; i < n; i++) {
                pairCount += pairA[i] >= 0 && PreparedName.isContentLike(a.kind[i]) ? 1 : 0;
            }
            // Whether every word paired is a common name on one side at least (John Smith, Jose Lopez).
            boolean commonPaired = pairCount > 0;
            for (int i = 0; i < n; i++) {
                if (pairA[i] >= 0 && PreparedName.isContentLike(a.kind[i])) {
                    commonPaired &= a.kind[i] == PreparedName.CONTENT
                            && (a.weight[i] < NameWeights.CONTENT || b.weight[pairA[i]] < NameWeights.CONTENT);
                }
            }
            // Two words of a person's name paired, both common names, and more words on one side: many
            // people are called John Smith or Roberto Vargas (Roberto Vargas / VARGAS GUTIERREZ, Roberto), so
            // the words left over count nearly in full, common or not, and the pair is one to review, not a
            // match. A rare word paired identifies more (Alexander Lukashenko / LUKASHENKO, Alexander
            // Grigoryevich).
            partial = type == NameType.PERSON && pairCount <= PARTIAL_PAIRS && commonPaired;
            familyMissingA = !whole && pairCount < FAMILY_OUTWEIGHED && familyMissing(a, pairA, null);
            familyMissingB = !whole && pairCount < FAMILY_OUTWEIGHED && familyMissing(b, null, usedB);
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
                    leftA += leftWeight(a, i);
                    familyLeft += familyMissingA && a.family[i] ? leftWeight(a, i) : 0;
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
                        leftB += leftWeight(b, j);
                        familyLeft += familyMissingB && b.family[j] ? leftWeight(b, j) : 0;
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
            discount = bothLeft || pairs < 2 ? 1 : partial ? PARTIAL_DISCOUNT : missing;
            genericDiscount = !bothLeft ? GENERIC_MISSING_DISCOUNT
                    : genericLeftA > 0 && genericLeftB > 0 ? GENERIC_CONFLICT_FACTOR : 1;
            double denominator = matchedWeight + discount * (leftA + leftB - familyLeft) + FAMILY_MISSING_FACTOR * familyLeft
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

        /** The weight an unpaired word counts with: a common name counts as a full word in a partial match. */
        private double leftWeight(PreparedName name, int token) {
            return partial && name.kind[token] == PreparedName.CONTENT && name.weight[token] == NameWeights.COMMON_NAME
                    ? NameWeights.CONTENT : name.weight[token];
        }

        private double unmatchedFactor(PreparedName name, int token, boolean familyMissing) {
            byte kind = name.kind[token];
            if (familyMissing && name.family[token] && kind != PreparedName.LEGAL && kind != PreparedName.GENERIC) {
                return FAMILY_MISSING_FACTOR;
            }
            return kind == PreparedName.LEGAL ? GENERIC_MISSING_DISCOUNT
                    : kind == PreparedName.GENERIC ? genericDiscount : discount;
        }

        /**
         * Whether a name wrote a family name before a comma and none of its words was paired (the
         * pairing given for the left name by {@code pairs}, for the right one by {@code used}).
         */
        private static boolean familyMissing(PreparedName name, int[] pairs, boolean[] used) {
            if (name.family == null) {
                return false;
            }
            for (int i = 0; i < name.family.length; i++) {
                if (name.family[i] && (pairs != null ? pairs[i] >= 0 : used[i])) {
                    return false;
                }
            }
            return true;
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
            if (acronym) {
                double w = a.totalWeight + b.totalWeight;
                lines.add(new TokenAlignment(0, a.original().strip(), 0, b.original().strip(), AlignmentRule.ACRONYM,
                        wholeSimilarity, w, w * wholeSimilarity));
                boolean match = score >= threshold;
                return new MatchResult(score, match, lines, explain(lines, match, threshold));
            }
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
                lines.add(new TokenAlignment(0, contentText(a), 0, contentText(b), wholeRule,
                        WHOLE_NAME_FACTOR * wholeSimilarity, contentWeight(a) + contentWeight(b),
                        (contentWeight(a) + contentWeight(b)) * WHOLE_NAME_FACTOR * wholeSimilarity));
            }
            for (int i = 0; i < a.text.length; i++) {
                if (pairA[i] < 0 && !(whole && a.kind[i] == PreparedName.CONTENT)) {
                    lines.add(new TokenAlignment(i, a.source[i], -1, "", AlignmentRule.UNMATCHED, 0,
                            unmatchedFactor(a, i, familyMissingA) * leftWeight(a, i), 0));
                }
            }
            for (int j = 0; j < b.text.length; j++) {
                if (!usedB[j] && !(whole && b.kind[j] == PreparedName.CONTENT)) {
                    lines.add(new TokenAlignment(-1, "", j, b.source[j], AlignmentRule.UNMATCHED, 0,
                            unmatchedFactor(b, j, familyMissingB) * leftWeight(b, j), 0));
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

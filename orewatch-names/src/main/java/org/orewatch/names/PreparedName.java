package org.orewatch.names;

import java.util.Arrays;

/**
 * A name normalised once and ready to be compared many times: tokens with their kinds and
 * weights, Korean syllable keys, phonetic skeletons and identifiers. Immutable and safe to share
 * between threads. Made by {@link NameMatcher#prepare}.
 */
public final class PreparedName {

    static final byte CONTENT = 0;
    static final byte GENERIC = 1;
    static final byte LEGAL = 2;
    static final byte INITIAL = 3;
    static final byte DIGITS = 4;

    static final byte LATIN = 0;
    static final byte HANGUL = 1;
    static final byte TRANSLITERATED = 2;

    final String original;
    final NameType type;
    /** Folded token text: lowercase a-z (Hangul tokens: their Revised Romanization), digits for numbers. */
    final String[] text;
    /** The token as written after case folding (Hangul, Cyrillic, with diacritics), for explanations. */
    final String[] source;
    final byte[] kind;
    final byte[] origin;
    final String[] concept;
    final float[] weight;
    final String[] skeleton;
    /** Korean syllables of all tokens laid end to end; token i owns [syllableFrom[i], +syllableCount[i]). */
    final long[] literal;
    final long[] tolerant;
    final int[] syllableFrom;
    final int[] syllableCount;
    final String[] coarseKey;
    final boolean korean;
    final RomanizationSystem consonantSystem;
    final RomanizationSystem vowelSystem;
    final String identifier;
    /** Content tokens joined without spaces, and the Korean syllables of the whole name (or null). */
    final String joined;
    final String joinedSkeleton;
    final long[] wholeLiteral;
    final long[] wholeTolerant;
    final String wholeCoarseKey;
    final float totalWeight;
    final String normalized;

    PreparedName(String original, NameType type, String[] text, String[] source, byte[] kind, byte[] origin,
            String[] concept, float[] weight, String[] skeleton, long[] literal, long[] tolerant, int[] syllableFrom,
            int[] syllableCount, String[] coarseKey, boolean korean, RomanizationSystem consonantSystem,
            RomanizationSystem vowelSystem, String identifier, String joined, long[] wholeLiteral,
            long[] wholeTolerant, String wholeCoarseKey) {
        this.original = original;
        this.type = type;
        this.text = text;
        this.source = source;
        this.kind = kind;
        this.origin = origin;
        this.concept = concept;
        this.weight = weight;
        this.skeleton = skeleton;
        this.literal = literal;
        this.tolerant = tolerant;
        this.syllableFrom = syllableFrom;
        this.syllableCount = syllableCount;
        this.coarseKey = coarseKey;
        this.korean = korean;
        this.consonantSystem = consonantSystem;
        this.vowelSystem = vowelSystem;
        this.identifier = identifier;
        this.joined = joined;
        this.joinedSkeleton = joined == null || joined.length() < 6 ? null
                : PhoneticSkeleton.of(joined, NameLexicon.get().folds());
        this.wholeLiteral = wholeLiteral;
        this.wholeTolerant = wholeTolerant;
        this.wholeCoarseKey = wholeCoarseKey;
        float total = 0;
        for (float w : weight) {
            total += w;
        }
        this.totalWeight = total;
        this.normalized = String.join(" ", text) + (identifier == null ? "" : " imo" + identifier);
    }

    /** The name as given. */
    public String original() {
        return original;
    }

    public NameType type() {
        return type;
    }

    /** The normalised tokens joined by spaces (the form two names must share to score 1.0). */
    public String normalized() {
        return normalized;
    }

    public int tokenCount() {
        return text.length;
    }

    boolean hasSyllables(int token) {
        return syllableCount[token] > 0;
    }

    static boolean isContentLike(byte kind) {
        return kind == CONTENT || kind == INITIAL;
    }

    @Override
    public String toString() {
        return original + " -> " + Arrays.toString(text);
    }
}

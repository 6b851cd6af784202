package org.orewatch.names;

/**
 * A Korean syllable as a set of possible sounds packed into one {@code long}, so that two
 * syllables are compatible when every field of their bitwise AND is non-empty.
 *
 * <pre>
 * bits  0-20  vowel: one bit per medial jamo (ㅏ ㅐ ㅑ ... ㅣ, Unicode order)
 * bits 21-30  onset class: K T P C S H M N L and Z (no consonant)
 * bits 31-33  laryngeal feature of the onset: plain, aspirated, tense
 * bits 34-41  coda sound: none, k, n, t, l, m, p, ng (the seven finals Korean pronounces)
 * </pre>
 *
 * A romanisation that cannot tell two jamo apart (stripped MR "o" for ㅗ or ㅓ, "ch" for ㅈ or
 * ㅊ) sets both bits, so one key covers every reading instead of guessing one.
 */
final class KoreanSound {

    static final int VOWEL_SHIFT = 0;
    static final int ONSET_SHIFT = 21;
    static final int LARYNGEAL_SHIFT = 31;
    static final int CODA_SHIFT = 34;

    static final long VOWEL_MASK = ((1L << 21) - 1) << VOWEL_SHIFT;
    static final long ONSET_MASK = ((1L << 10) - 1) << ONSET_SHIFT;
    static final long LARYNGEAL_MASK = ((1L << 3) - 1) << LARYNGEAL_SHIFT;
    static final long CODA_MASK = ((1L << 8) - 1) << CODA_SHIFT;

    // Onset classes.
    static final int K = 0;
    static final int T = 1;
    static final int P = 2;
    static final int C = 3;
    static final int S = 4;
    static final int H = 5;
    static final int M = 6;
    static final int N = 7;
    static final int L = 8;
    static final int Z = 9;

    static final int PLAIN = 0;
    static final int ASPIRATED = 1;
    static final int TENSE = 2;

    // Coda sounds.
    static final int CODA_NONE = 0;
    static final int CODA_K = 1;
    static final int CODA_N = 2;
    static final int CODA_T = 3;
    static final int CODA_L = 4;
    static final int CODA_M = 5;
    static final int CODA_P = 6;
    static final int CODA_NG = 7;

    /** Onset class and laryngeal feature of each of the 19 initial jamo, in Unicode order. */
    private static final int[][] ONSETS = {
        {K, PLAIN}, {K, TENSE}, {N, PLAIN}, {T, PLAIN}, {T, TENSE}, {L, PLAIN}, {M, PLAIN},
        {P, PLAIN}, {P, TENSE}, {S, PLAIN}, {S, TENSE}, {Z, PLAIN}, {C, PLAIN}, {C, TENSE},
        {C, ASPIRATED}, {K, ASPIRATED}, {T, ASPIRATED}, {P, ASPIRATED}, {H, PLAIN},
    };

    /** Pronounced coda sound of each of the 28 final jamo slots (0 = none), in Unicode order. */
    private static final int[] CODAS = {
        CODA_NONE, CODA_K, CODA_K, CODA_K, CODA_N, CODA_N, CODA_N, CODA_T, CODA_L, CODA_K,
        CODA_M, CODA_L, CODA_L, CODA_L, CODA_P, CODA_L, CODA_M, CODA_P, CODA_P, CODA_T,
        CODA_T, CODA_NG, CODA_T, CODA_T, CODA_K, CODA_T, CODA_P, CODA_T,
    };

    /**
     * The onset jamo a final jamo becomes when the next syllable starts with a vowel (-1: it stays,
     * as ㅇ does; a silent ㅎ leaves the onset empty).
     */
    private static final int[] LIAISON_ONSET = {
        -1, 0, 1, 9, 2, 12, 2, 3, 5, 0, 6, 7, 9, 16, 17, 5, 6, 7, 9, 9, 10, -1, 12, 14, 15, 16, 17, 11,
    };

    /** The coda left behind by liaison (a cluster keeps its first consonant). */
    private static final int[] LIAISON_REMAINING_CODA = {
        0, 0, 0, 1, 0, 4, 0, 0, 0, 8, 8, 8, 8, 8, 8, 0, 0, 0, 17, 0, 0, 21, 0, 0, 0, 0, 0, 0,
    };

    static final int VOWEL_COUNT = 21;
    static final int ONSET_COUNT = 19;
    static final int HANGUL_FIRST = 0xAC00;
    static final int HANGUL_LAST = 0xD7A3;

    /** Vowels that start with an i or y sound, before which South Korean drops an initial ㄹ or ㄴ. */
    static final long IY_VOWELS = vowelBit(2) | vowelBit(3) | vowelBit(6) | vowelBit(7) | vowelBit(12)
            | vowelBit(17) | vowelBit(20);

    private KoreanSound() {
    }

    static long vowelBit(int vowel) {
        return 1L << (VOWEL_SHIFT + vowel);
    }

    static long onsetClassBit(int onsetClass) {
        return 1L << (ONSET_SHIFT + onsetClass);
    }

    static long laryngealBit(int laryngeal) {
        return 1L << (LARYNGEAL_SHIFT + laryngeal);
    }

    static long codaBit(int coda) {
        return 1L << (CODA_SHIFT + coda);
    }

    /** Onset class and laryngeal bits of an initial jamo index (0-18). */
    static long onsetBits(int onsetJamo) {
        int[] onset = ONSETS[onsetJamo];
        return onsetClassBit(onset[0]) | laryngealBit(onset[1]);
    }

    static int codaSound(int finalJamo) {
        return CODAS[finalJamo];
    }

    static int liaisonOnset(int finalJamo) {
        return LIAISON_ONSET[finalJamo];
    }

    static int liaisonRemainingCoda(int finalJamo) {
        return LIAISON_REMAINING_CODA[finalJamo];
    }

    static boolean isHangulSyllable(int codePoint) {
        return codePoint >= HANGUL_FIRST && codePoint <= HANGUL_LAST;
    }

    /** True when every field of the two sound sets overlaps. */
    static boolean compatible(long a, long b) {
        long both = a & b;
        return (both & VOWEL_MASK) != 0 && (both & ONSET_MASK) != 0 && (both & LARYNGEAL_MASK) != 0
                && (both & CODA_MASK) != 0;
    }

    /** How many of the three parts (onset with its feature, vowel, coda) overlap. */
    static int agreeingParts(long a, long b) {
        long both = a & b;
        int parts = 0;
        if ((both & ONSET_MASK) != 0 && (both & LARYNGEAL_MASK) != 0) {
            parts++;
        }
        if ((both & VOWEL_MASK) != 0) {
            parts++;
        }
        if ((both & CODA_MASK) != 0) {
            parts++;
        }
        return parts;
    }

    static boolean hasOnset(long sound, int onsetClass) {
        return (sound & onsetClassBit(onsetClass)) != 0;
    }

    static boolean hasCoda(long sound, int coda) {
        return (sound & codaBit(coda)) != 0;
    }

    /** The sounds of one Hangul syllable block, read exactly from its jamo. */
    static long ofHangul(int onsetJamo, int vowelJamo, int finalJamo) {
        return onsetBits(onsetJamo) | vowelBit(vowelJamo) | codaBit(codaSound(finalJamo));
    }

    /** Jamo letters of the compatibility block (ㄱ U+3131 ...) to indexes; -1 when not one. */
    static int onsetJamoOf(char compatibilityJamo) {
        return switch (compatibilityJamo) {
            case 'ㄱ' -> 0;
            case 'ㄲ' -> 1;
            case 'ㄴ' -> 2;
            case 'ㄷ' -> 3;
            case 'ㄸ' -> 4;
            case 'ㄹ' -> 5;
            case 'ㅁ' -> 6;
            case 'ㅂ' -> 7;
            case 'ㅃ' -> 8;
            case 'ㅅ' -> 9;
            case 'ㅆ' -> 10;
            case 'ㅇ' -> 11;
            case 'ㅈ' -> 12;
            case 'ㅉ' -> 13;
            case 'ㅊ' -> 14;
            case 'ㅋ' -> 15;
            case 'ㅌ' -> 16;
            case 'ㅍ' -> 17;
            case 'ㅎ' -> 18;
            default -> -1;
        };
    }

    static int vowelJamoOf(char compatibilityJamo) {
        int index = compatibilityJamo - 'ㅏ';
        return index >= 0 && index < VOWEL_COUNT ? index : -1;
    }

    /** The coda sound a compatibility jamo stands for as a final (ㄱ k, ㄴ n ... ㅇ ng); -1 otherwise. */
    static int codaSoundOf(char compatibilityJamo) {
        return switch (compatibilityJamo) {
            case 'ㄱ' -> CODA_K;
            case 'ㄴ' -> CODA_N;
            case 'ㄷ' -> CODA_T;
            case 'ㄹ' -> CODA_L;
            case 'ㅁ' -> CODA_M;
            case 'ㅂ' -> CODA_P;
            case 'ㅇ' -> CODA_NG;
            default -> -1;
        };
    }
}

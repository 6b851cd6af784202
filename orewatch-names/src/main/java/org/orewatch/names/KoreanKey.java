package org.orewatch.names;

/**
 * The romanisation-neutral key of a Korean name: per syllable a {@link KoreanSound} set as read
 * (literal), a tolerant set that also admits the written sound changes and ad-hoc spellings, and
 * a coarse string under which every tolerant match of a token meets (the index key).
 *
 * <p>Tolerance covers what a different writer of the same name may have done:
 * <ul>
 *   <li>assimilation written or not: 압록 Amrok / Amnok, 관리소 kwan-li-so / kwalliso, 백마
 *       Paekma / Paengma (k, t, p before n, m, r become ng, n, m; n + r becomes l + l);</li>
 *   <li>initial ㄹ and ㄴ kept in the North and dropped in the South: Ryanggang / Yanggang,
 *       Ri / Yi / Lee, Rodong / Nodong;</li>
 *   <li>tensification: Amnokkang / Amnokgang (a coda k, t, p makes the next plain consonant tense);</li>
 *   <li>ad-hoc vowel and consonant spellings from the table's weak column (Lee, Woonsan, Sung).</li>
 * </ul>
 * A pair that agrees only tolerantly scores lower than a pair that agrees as read.
 */
final class KoreanKey {

    private static final long NASAL_OR_LIQUID_ONSET = KoreanSound.onsetClassBit(KoreanSound.N)
            | KoreanSound.onsetClassBit(KoreanSound.M) | KoreanSound.onsetClassBit(KoreanSound.L);
    private static final long NASAL_ONSET = KoreanSound.onsetClassBit(KoreanSound.N)
            | KoreanSound.onsetClassBit(KoreanSound.M);
    private static final long L_ONSET = KoreanSound.onsetClassBit(KoreanSound.L);
    private static final long N_ONSET = KoreanSound.onsetClassBit(KoreanSound.N);
    private static final long Z_ONSET = KoreanSound.onsetClassBit(KoreanSound.Z);
    private static final long PLAIN = KoreanSound.laryngealBit(KoreanSound.PLAIN);
    private static final long TENSE = KoreanSound.laryngealBit(KoreanSound.TENSE);
    private static final long ASPIRATED = KoreanSound.laryngealBit(KoreanSound.ASPIRATED);
    private static final long OBSTRUENT_ONSET = KoreanSound.onsetClassBit(KoreanSound.K)
            | KoreanSound.onsetClassBit(KoreanSound.T) | KoreanSound.onsetClassBit(KoreanSound.P)
            | KoreanSound.onsetClassBit(KoreanSound.C) | KoreanSound.onsetClassBit(KoreanSound.S);
    private static final long STOP_CODA = KoreanSound.codaBit(KoreanSound.CODA_K) | KoreanSound.codaBit(KoreanSound.CODA_T)
            | KoreanSound.codaBit(KoreanSound.CODA_P);

    /** Scores of one syllable pair. */
    static final double SAME = 1.0;
    static final double AS_READ = 0.97;
    static final double TOLERANT = 0.88;
    static final double TWO_PARTS = 0.3;

    private KoreanKey() {
    }

    /**
     * Tolerant sets for a run of Korean tokens laid end to end; {@code tokenStart[i]} marks the
     * first syllable of each token (where the initial-ㄹ rule applies).
     */
    static long[] tolerant(long[] literal, long[] weak, boolean[] tokenStart) {
        int n = literal.length;
        long[] tolerant = new long[n];
        for (int i = 0; i < n; i++) {
            tolerant[i] = literal[i] | weak[i];
        }
        for (int i = 0; i + 1 < n; i++) {
            if (tokenStart[i + 1]) {
                // Sound changes are written inside a word only; between words each keeps its form.
                continue;
            }
            long coda = literal[i];
            long onset = literal[i + 1];
            boolean nasalOrLiquidNext = (onset & NASAL_OR_LIQUID_ONSET) != 0;
            boolean nasalNext = (onset & NASAL_ONSET) != 0;
            // Assimilation as pronounced: the same name written with or without it.
            if (nasalOrLiquidNext && KoreanSound.hasCoda(coda, KoreanSound.CODA_K)) {
                tolerant[i] |= KoreanSound.codaBit(KoreanSound.CODA_NG);
            }
            if (nasalOrLiquidNext && KoreanSound.hasCoda(coda, KoreanSound.CODA_T)) {
                tolerant[i] |= KoreanSound.codaBit(KoreanSound.CODA_N);
            }
            if (nasalOrLiquidNext && KoreanSound.hasCoda(coda, KoreanSound.CODA_P)) {
                tolerant[i] |= KoreanSound.codaBit(KoreanSound.CODA_M);
            }
            if (nasalNext && KoreanSound.hasCoda(coda, KoreanSound.CODA_NG)) {
                tolerant[i] |= KoreanSound.codaBit(KoreanSound.CODA_K);
            }
            if (nasalNext && KoreanSound.hasCoda(coda, KoreanSound.CODA_N)) {
                tolerant[i] |= KoreanSound.codaBit(KoreanSound.CODA_T);
            }
            if (nasalNext && KoreanSound.hasCoda(coda, KoreanSound.CODA_M)) {
                tolerant[i] |= KoreanSound.codaBit(KoreanSound.CODA_P);
            }
            if ((onset & L_ONSET) != 0 && KoreanSound.hasCoda(coda, KoreanSound.CODA_N)) {
                tolerant[i] |= KoreanSound.codaBit(KoreanSound.CODA_L);
            }
            if ((onset & L_ONSET) != 0 && KoreanSound.hasCoda(coda, KoreanSound.CODA_L)) {
                tolerant[i] |= KoreanSound.codaBit(KoreanSound.CODA_N);
            }
            if ((onset & L_ONSET) != 0 && (coda & (KoreanSound.codaBit(KoreanSound.CODA_K)
                    | KoreanSound.codaBit(KoreanSound.CODA_NG) | KoreanSound.codaBit(KoreanSound.CODA_M)
                    | KoreanSound.codaBit(KoreanSound.CODA_P) | KoreanSound.codaBit(KoreanSound.CODA_T))) != 0) {
                tolerant[i + 1] |= N_ONSET | PLAIN;
            }
            if ((onset & N_ONSET) != 0 && (coda & (KoreanSound.codaBit(KoreanSound.CODA_L)
                    | KoreanSound.codaBit(KoreanSound.CODA_NG) | KoreanSound.codaBit(KoreanSound.CODA_M))) != 0) {
                tolerant[i + 1] |= L_ONSET | PLAIN;
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            // Tensification: after k, t, p a plain obstruent is said tense, so 압록강 is written
            // Amnokkang as often as Amnokgang; a tense onset may be a coda plus a plain onset.
            if (tokenStart[i + 1]) {
                continue;
            }
            long coda = literal[i];
            long onset = literal[i + 1];
            boolean obstruentNext = (onset & OBSTRUENT_ONSET) != 0;
            if (obstruentNext && (coda & STOP_CODA) != 0) {
                tolerant[i + 1] |= TENSE;
            }
            if (obstruentNext && (onset & TENSE) != 0 && onset == (onset & ~(PLAIN | ASPIRATED))
                    && KoreanSound.hasCoda(coda, KoreanSound.CODA_NONE)) {
                tolerant[i] |= STOP_CODA;
                tolerant[i + 1] |= PLAIN;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!tokenStart[i]) {
                continue;
            }
            long sound = literal[i];
            boolean iy = (sound & KoreanSound.IY_VOWELS) != 0;
            // Initial ㄹ/ㄴ: kept in the North (Ri, Ryanggang, Rodong), dropped in the South.
            if ((sound & L_ONSET) != 0) {
                tolerant[i] |= N_ONSET | (iy ? Z_ONSET : 0) | PLAIN;
            }
            if ((sound & N_ONSET) != 0) {
                tolerant[i] |= L_ONSET | (iy ? Z_ONSET : 0) | PLAIN;
            }
            if ((sound & Z_ONSET) != 0 && iy) {
                tolerant[i] |= L_ONSET | N_ONSET | PLAIN;
            }
        }
        return tolerant;
    }

    /** Score of one syllable pair: 1 same, 0.97 agree as read, 0.88 agree tolerantly, 0.3 two of three parts, else 0. */
    static double syllableScore(long literalA, long tolerantA, long literalB, long tolerantB) {
        if (literalA == literalB) {
            return SAME;
        }
        if (KoreanSound.compatible(literalA, literalB)) {
            return AS_READ;
        }
        if (KoreanSound.compatible(tolerantA, tolerantB)) {
            return TOLERANT;
        }
        return KoreanSound.agreeingParts(tolerantA, tolerantB) == 2 ? TWO_PARTS : 0;
    }

    /**
     * Mean syllable score of two equally long syllable sequences (ranges into larger arrays), or
     * -1 when the lengths differ. A result of at least {@link #TOLERANT} means every syllable agrees.
     */
    static double sequenceScore(long[] literalA, long[] tolerantA, int fromA, int lengthA,
            long[] literalB, long[] tolerantB, int fromB, int lengthB) {
        if (lengthA != lengthB || lengthA == 0) {
            return -1;
        }
        double sum = 0;
        double worst = 1;
        for (int i = 0; i < lengthA; i++) {
            double s = syllableScore(literalA[fromA + i], tolerantA[fromA + i], literalB[fromB + i], tolerantB[fromB + i]);
            sum += s;
            worst = Math.min(worst, s);
        }
        double mean = sum / lengthA;
        // One disagreeing syllable makes a different name (Kaechon / Kaesong): cap below agreement.
        return worst < TOLERANT ? Math.min(mean, TOLERANT - 0.01) * (0.5 + worst) / 1.5 : mean;
    }

    /** Coarse key of a syllable range: equal for every pair of tolerantly compatible sequences. */
    static String coarse(long[] literal, int from, int length, VowelGroups groups) {
        char[] key = new char[length * 3];
        for (int i = 0; i < length; i++) {
            long sound = literal[from + i];
            key[3 * i] = onsetGroup(sound);
            key[3 * i + 1] = groups.groupOf(sound);
            long next = i + 1 < length ? literal[from + i + 1] : 0;
            key[3 * i + 2] = codaGroup(sound, next);
        }
        return new String(key);
    }

    private static char onsetGroup(long sound) {
        int onsetClass = Long.numberOfTrailingZeros(sound & KoreanSound.ONSET_MASK) - KoreanSound.ONSET_SHIFT;
        return switch (onsetClass) {
            case KoreanSound.K -> 'k';
            case KoreanSound.T -> 't';
            case KoreanSound.S -> 's';
            case KoreanSound.C -> 'c';
            case KoreanSound.P -> 'p';
            case KoreanSound.H -> 'h';
            case KoreanSound.M -> 'm';
            default -> 'n';
        };
    }

    /**
     * Coda groups closed under the tolerant rules: k and ng (assimilation), t, n and l, p and m.
     * Before a consonant that may be tense (k, t, p, s, ch) a stop and no coda are one group, because
     * tensification links Amnok-kang and Amno-kkang only there.
     */
    private static char codaGroup(long sound, long next) {
        int coda = Long.numberOfTrailingZeros(sound & KoreanSound.CODA_MASK) - KoreanSound.CODA_SHIFT;
        boolean obstruentNext = (next & OBSTRUENT_ONSET) != 0;
        return switch (coda) {
            case KoreanSound.CODA_NONE -> '0';
            case KoreanSound.CODA_K -> obstruentNext ? '0' : 'k';
            case KoreanSound.CODA_NG -> 'k';
            case KoreanSound.CODA_T -> obstruentNext ? '0' : 'n';
            case KoreanSound.CODA_P -> obstruentNext ? '0' : 'p';
            case KoreanSound.CODA_M -> 'p';
            default -> 'n';
        };
    }

    /** Vowel classes joined by any spelling that can stand for more than one vowel. */
    static final class VowelGroups {
        private final char[] groupOfVowel = new char[KoreanSound.VOWEL_COUNT];

        VowelGroups(RomanizationTable table) {
            int[] parent = new int[KoreanSound.VOWEL_COUNT];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (RomanizationTable.Spelling spelling : table.vowels()) {
                long bits = spelling.strong[RomanizationSystem.MIXED.ordinal()] | spelling.weak;
                int first = -1;
                for (int v = 0; v < KoreanSound.VOWEL_COUNT; v++) {
                    if ((bits & KoreanSound.vowelBit(v)) == 0) {
                        continue;
                    }
                    if (first < 0) {
                        first = v;
                    } else {
                        parent[find(parent, v)] = find(parent, first);
                    }
                }
            }
            for (int v = 0; v < groupOfVowel.length; v++) {
                groupOfVowel[v] = (char) ('A' + find(parent, v));
            }
        }

        private static int find(int[] parent, int v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        }

        char groupOf(long sound) {
            int vowel = Long.numberOfTrailingZeros(sound & KoreanSound.VOWEL_MASK) - KoreanSound.VOWEL_SHIFT;
            return groupOfVowel[vowel];
        }
    }
}

package org.orewatch.names;

import java.util.List;

/**
 * Parses a Latin-script token into Korean syllables (onset + vowel + coda), the way a reader of
 * Korean would: "chongchongang" is chong-chon-gang, "pyongyang" pyong-yang, "sinuiju" si-nui-ju
 * (the liaison form of 신의주). A token that has no parse (smith, trading) is not Korean and is
 * left to the other rules.
 *
 * <p>The parse is a shortest-path search over the token: each syllable costs 100, so the reading
 * with fewest syllables wins, then small penalties choose among equal counts: a vowel-initial
 * syllable after a consonant (hang-ang loses to han-gang), a coda (maximal onset), an n-g split
 * before y (pyon-gyang loses to pyong-yang), and spellings the name's romanisation system
 * does not use (weak, ad-hoc readings are taken only when nothing else parses).
 */
final class RomanizedSyllables {

    /** Longest token parsed as Korean; longer words are never Korean names. */
    static final int MAX_LENGTH = 40;

    private static final int SYLLABLE_COST = 100;
    private static final int EMPTY_ONSET_COST = 10;
    private static final int CODA_COST = 1;
    private static final int WEAK_COST = 4;
    private static final int NG_SPLIT_COST = 3;
    private static final int INFINITE = Integer.MAX_VALUE / 2;

    /** A parsed token: per syllable its exact reading and the extra ad-hoc readings. */
    record Parse(long[] literal, long[] weak, String[] syllables) {
    }

    private final RomanizationTable table;

    RomanizedSyllables(RomanizationTable table) {
        this.table = table;
    }

    /**
     * Parses {@code token} (lowercase a-z, ŏ, ŭ, apostrophes, and '|' for a forced syllable
     * break) or returns null when it is not a Korean syllable string.
     */
    Parse parse(String token, RomanizationSystem consonants, RomanizationSystem vowels) {
        return parse(token, consonants, vowels, true);
    }

    /**
     * As {@link #parse(String, RomanizationSystem, RomanizationSystem)}; without {@code adHoc}, a
     * spelling that has a reading in the system keeps only that reading (u is not also ㅓ as in
     * the personal name Sung): such ad-hoc spellings are a habit of personal names.
     */
    Parse parse(String token, RomanizationSystem consonants, RomanizationSystem vowels, boolean adHoc) {
        int n = token.length();
        if (n == 0 || n > MAX_LENGTH || !plausible(token)) {
            return null;
        }
        int[] cost = new int[n + 1];
        int[] from = new int[n + 1];
        RomanizationTable.Spelling[] onsetAt = new RomanizationTable.Spelling[n + 1];
        RomanizationTable.Spelling[] vowelAt = new RomanizationTable.Spelling[n + 1];
        RomanizationTable.Spelling[] codaAt = new RomanizationTable.Spelling[n + 1];
        boolean[] syllableAt = new boolean[n + 1];
        java.util.Arrays.fill(cost, INFINITE);
        cost[0] = 0;
        RomanizationTable.Spelling[][] onsets = table.byFirstChar(RomanizationTable.Slot.ONSET, consonants);
        RomanizationTable.Spelling[][] vowelSpellings = table.byFirstChar(RomanizationTable.Slot.VOWEL, vowels);
        RomanizationTable.Spelling[][] codas = table.byFirstChar(RomanizationTable.Slot.CODA, consonants);
        for (int i = 0; i < n; i++) {
            if (cost[i] >= INFINITE) {
                continue;
            }
            if (token.charAt(i) == '|') {
                if (cost[i] < cost[i + 1]) {
                    cost[i + 1] = cost[i];
                    from[i + 1] = i;
                    syllableAt[i + 1] = false;
                }
                continue;
            }
            boolean afterBreak = i == 0 || token.charAt(i - 1) == '|';
            RomanizationTable.Spelling[] onsetCandidates = candidates(onsets, token, i);
            for (int o = -1; o < onsetCandidates.length; o++) {
                RomanizationTable.Spelling onset = o < 0 ? null : onsetCandidates[o];
                int j = i;
                int base = cost[i] + SYLLABLE_COST;
                if (onset != null) {
                    if (!token.startsWith(onset.text, i)) {
                        continue;
                    }
                    j += onset.text.length();
                    if (onset.weakOnly(consonants)) {
                        base += WEAK_COST;
                    }
                }
                for (RomanizationTable.Spelling vowel : candidates(vowelSpellings, token, j)) {
                    if (!token.startsWith(vowel.text, j)) {
                        continue;
                    }
                    int k = j + vowel.text.length();
                    int withVowel = base + (vowel.weakOnly(vowels) ? WEAK_COST : 0)
                            + (onset == null && !afterBreak && vowel.startsWithPureVowel() ? EMPTY_ONSET_COST : 0);
                    if (withVowel < cost[k]) {
                        record(cost, from, onsetAt, vowelAt, codaAt, syllableAt, i, k, withVowel, onset, vowel, null);
                    }
                    for (RomanizationTable.Spelling coda : candidates(codas, token, k)) {
                        if (!token.startsWith(coda.text, k)) {
                            continue;
                        }
                        int end = k + coda.text.length();
                        int total = withVowel + CODA_COST + (coda.weakOnly(consonants) ? WEAK_COST : 0);
                        if (coda.text.equals("n") && end + 1 < n && token.charAt(end) == 'g' && token.charAt(end + 1) == 'y') {
                            total += NG_SPLIT_COST;
                        }
                        if (total < cost[end]) {
                            record(cost, from, onsetAt, vowelAt, codaAt, syllableAt, i, end, total, onset, vowel, coda);
                        }
                    }
                }
            }
        }
        if (cost[n] >= INFINITE) {
            return null;
        }
        int count = 0;
        for (int at = n; at > 0; at = from[at]) {
            if (syllableAt[at]) {
                count++;
            }
        }
        long[] literal = new long[count];
        long[] weak = new long[count];
        String[] syllables = new String[count];
        int index = count;
        for (int at = n; at > 0; at = from[at]) {
            if (!syllableAt[at]) {
                continue;
            }
            index--;
            RomanizationTable.Spelling onset = onsetAt[at];
            RomanizationTable.Spelling vowel = vowelAt[at];
            RomanizationTable.Spelling coda = codaAt[at];
            long onsetBits = onset == null ? KoreanSound.onsetBits(11) : onset.reading(consonants);
            long codaBits = coda == null ? KoreanSound.codaBit(KoreanSound.CODA_NONE) : coda.reading(consonants);
            literal[index] = onsetBits | vowel.reading(vowels) | codaBits;
            weak[index] = adHoc ? (onset == null ? 0 : onset.weak) | vowel.weak : 0;
            syllables[index] = token.substring(from[at], at);
        }
        applyLiaison(literal);
        return new Parse(literal, weak, syllables);
    }

    private static final RomanizationTable.Spelling[] NONE = new RomanizationTable.Spelling[0];

    private static RomanizationTable.Spelling[] candidates(RomanizationTable.Spelling[][] index, String token, int at) {
        if (at >= token.length()) {
            return NONE;
        }
        int slot = RomanizationTable.firstCharSlot(token.charAt(at));
        RomanizationTable.Spelling[] found = slot < 0 ? null : index[slot];
        return found == null ? NONE : found;
    }

    private static void record(int[] cost, int[] from, RomanizationTable.Spelling[] onsetAt,
            RomanizationTable.Spelling[] vowelAt, RomanizationTable.Spelling[] codaAt, boolean[] syllableAt, int start,
            int end, int total, RomanizationTable.Spelling onset, RomanizationTable.Spelling vowel,
            RomanizationTable.Spelling coda) {
        cost[end] = total;
        from[end] = start;
        onsetAt[end] = onset;
        vowelAt[end] = vowel;
        codaAt[end] = coda;
        syllableAt[end] = true;
    }

    /** Rejects at once words with letters Korean romanisations never use (c without h, f, q, v, x, z). */
    private static boolean plausible(String token) {
        boolean vowel = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            switch (c) {
                case 'q', 'v', 'x', 'z' -> {
                    return false;
                }
                case 'c' -> {
                    if (i + 1 >= token.length() || token.charAt(i + 1) != 'h') {
                        return false;
                    }
                }
                case 'a', 'e', 'i', 'o', 'u', 'ŏ', 'ŭ' -> vowel = true;
                default -> {
                    if (!(c >= 'a' && c <= 'z') && c != '\'' && c != '|') {
                        return false;
                    }
                }
            }
        }
        return vowel;
    }

    /**
     * A coda before a vowel-initial syllable is pronounced as that syllable's onset (신의주 is
     * read si-nui-ju). A forced break (Sin'ŭiju) can leave such a pair; move the coda so that
     * every spelling of the name has one shape.
     */
    static void applyLiaison(long[] literal) {
        for (int i = 0; i + 1 < literal.length; i++) {
            long next = literal[i + 1];
            if ((next & KoreanSound.ONSET_MASK) != KoreanSound.onsetClassBit(KoreanSound.Z)) {
                continue;
            }
            long coda = literal[i] & KoreanSound.CODA_MASK;
            long moved = movedOnset(coda);
            if (moved == 0) {
                continue;
            }
            literal[i] = (literal[i] & ~KoreanSound.CODA_MASK) | KoreanSound.codaBit(KoreanSound.CODA_NONE);
            literal[i + 1] = (next & ~(KoreanSound.ONSET_MASK | KoreanSound.LARYNGEAL_MASK)) | moved;
        }
    }

    /** The onset a written coda becomes before a vowel: k may be ㄱ ㅋ ㄲ, t ㄷ ㅌ, p ㅂ ㅍ. */
    private static long movedOnset(long coda) {
        long plain = KoreanSound.laryngealBit(KoreanSound.PLAIN);
        long aspirated = KoreanSound.laryngealBit(KoreanSound.ASPIRATED);
        long tense = KoreanSound.laryngealBit(KoreanSound.TENSE);
        if (coda == KoreanSound.codaBit(KoreanSound.CODA_K)) {
            return KoreanSound.onsetClassBit(KoreanSound.K) | plain | aspirated | tense;
        }
        if (coda == KoreanSound.codaBit(KoreanSound.CODA_N)) {
            return KoreanSound.onsetClassBit(KoreanSound.N) | plain;
        }
        if (coda == KoreanSound.codaBit(KoreanSound.CODA_T)) {
            return KoreanSound.onsetClassBit(KoreanSound.T) | plain | aspirated;
        }
        if (coda == KoreanSound.codaBit(KoreanSound.CODA_L)) {
            return KoreanSound.onsetClassBit(KoreanSound.L) | plain;
        }
        if (coda == KoreanSound.codaBit(KoreanSound.CODA_M)) {
            return KoreanSound.onsetClassBit(KoreanSound.M) | plain;
        }
        if (coda == KoreanSound.codaBit(KoreanSound.CODA_P)) {
            return KoreanSound.onsetClassBit(KoreanSound.P) | plain | aspirated;
        }
        return 0;
    }
}

package org.orewatch.names;

/**
 * Reads Hangul syllable blocks into {@link KoreanSound} sets computed from the Unicode Hangul
 * algorithm (block = 0xAC00 + (onset * 21 + vowel) * 28 + final), and writes them in a plain
 * Revised Romanization for display and spelling comparison.
 */
final class HangulSyllables {

    private static final String[] RR_ONSETS = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
    };
    private static final String[] RR_VOWELS = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
        "yu", "eu", "ui", "i",
    };
    private static final String[] RR_FINALS = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
        "t", "ng", "t", "t", "k", "t", "p", "t",
    };

    private HangulSyllables() {
    }

    /** True when every character of the text is a Hangul syllable block. */
    static boolean isHangul(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!KoreanSound.isHangulSyllable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The sounds of each block, with liaison applied (신의주 is read 시늬주). */
    static long[] sounds(String hangul) {
        int n = hangul.length();
        int[] onset = new int[n];
        int[] vowel = new int[n];
        int[] coda = new int[n];
        for (int i = 0; i < n; i++) {
            int index = hangul.charAt(i) - KoreanSound.HANGUL_FIRST;
            onset[i] = index / 588;
            vowel[i] = (index % 588) / 28;
            coda[i] = index % 28;
        }
        for (int i = 0; i + 1 < n; i++) {
            if (onset[i + 1] == 11 && coda[i] != 0) {
                int moved = KoreanSound.liaisonOnset(coda[i]);
                if (moved >= 0) {
                    onset[i + 1] = moved;
                    coda[i] = KoreanSound.liaisonRemainingCoda(coda[i]);
                }
            }
        }
        long[] sounds = new long[n];
        for (int i = 0; i < n; i++) {
            sounds[i] = KoreanSound.ofHangul(onset[i], vowel[i], coda[i]);
        }
        return sounds;
    }

    /** Revised Romanization letter by letter, without sound changes (검덕 geomdeok, 단천 dancheon). */
    static String romanize(String hangul) {
        StringBuilder latin = new StringBuilder(hangul.length() * 3);
        for (int i = 0; i < hangul.length(); i++) {
            int index = hangul.charAt(i) - KoreanSound.HANGUL_FIRST;
            latin.append(RR_ONSETS[index / 588]).append(RR_VOWELS[(index % 588) / 28]).append(RR_FINALS[index % 28]);
        }
        return latin.toString();
    }

    /** Each block romanised on its own, for explanations (검덕 -> geom, deok). */
    static String[] syllables(String hangul) {
        String[] out = new String[hangul.length()];
        for (int i = 0; i < hangul.length(); i++) {
            out[i] = romanize(hangul.substring(i, i + 1));
        }
        return out;
    }
}

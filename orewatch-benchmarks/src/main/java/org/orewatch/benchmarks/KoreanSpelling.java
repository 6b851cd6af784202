package org.orewatch.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Spells Korean words in the romanisations a screener meets, for generating labelled pairs. It is
 * written apart from orewatch-names on purpose (its own tables, from the published rules), so that
 * the pairs it makes do not share the matcher's mistakes.
 *
 * <p>A word is a list of syllables, each an (onset, vowel, coda) triple numbered as in the Unicode
 * Hangul block. {@link #fromHangul} reads Hangul exactly. {@link #readLatin} reads a word written
 * in an unmarked romanisation (McCune-Reischauer without marks, the DPRK's own system without
 * marks, as on UN and OFAC lists and in the DPRK's admin-division names) and picks, at random,
 * one of the Korean readings that spelling allows: stripped MR {@code chol} may be 철, 촐, 졸
 * or 절, and each is a correct reading of what the list wrote. {@link #spell} then writes a word in:
 * <ul>
 *   <li>RR, the ROK's Revised Romanization (2000): g d b j initially, k t p finally, eo eu;</li>
 *   <li>MR, McCune-Reischauer (1939): k t p ch initially, g d b j between voiced sounds, aspiration
 *       by an apostrophe, ŏ ŭ, an apostrophe between n and g;</li>
 *   <li>MR_STRIPPED, MR without its marks (the sanctions lists' habit);</li>
 *   <li>DPRK, the North's 1992 system as its own ASCII texts write it: kh th ph for aspirates, ch
 *       for ㅊ, j for ㅈ, o u for ŏ ŭ;</li>
 *   <li>AD_HOC, the spellings South Koreans use for their own names: RR with eo as u in closed
 *       syllables (Cheol → Chul, Seong → Sung), u as oo (Su → Soo), Yeong as Young.</li>
 * </ul>
 * Assimilation across a syllable boundary (압록 Amnok, 백마 Paengma, 신라 Silla) is written when
 * asked, as RR and MR do; ad-hoc spellers often do not (Amrok, Paekma).
 */
final class KoreanSpelling {

    enum System { RR, MR, MR_STRIPPED, DPRK, AD_HOC }

    /** Onset indices (Unicode order). */
    static final int G = 0, GG = 1, N = 2, D = 3, DD = 4, R = 5, M = 6, B = 7, BB = 8, S = 9, SS = 10, NG = 11,
            J = 12, JJ = 13, CH = 14, K = 15, T = 16, P = 17, H = 18;
    /** Coda indices used here (Unicode order, the seven pronounced codas). */
    static final int C_NONE = 0, C_K = 1, C_N = 4, C_T = 19, C_L = 8, C_M = 16, C_P = 17, C_NG = 21;

    private static final String[] VOWEL_RR = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] VOWEL_MR = {"a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"};
    private static final int V_EO = 4, V_YEO = 6, V_O = 8, V_YO = 12, V_U = 13, V_WO = 14, V_EU = 18, V_UI = 19, V_I = 20;

    /** One syllable: onset 0-18, vowel 0-20, coda 0-27 (only the seven pronounced codas are produced). */
    record Syllable(int onset, int vowel, int coda) {

        char hangul() {
            return (char) (0xAC00 + (onset * 21 + vowel) * 28 + coda);
        }
    }

    private KoreanSpelling() {
    }

    static boolean isHangul(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0xAC00 || c > 0xD7A3) {
                return false;
            }
        }
        return true;
    }

    /** The syllables of a Hangul word, codas reduced to the seven sounds a coda can have. */
    static List<Syllable> fromHangul(String word) {
        List<Syllable> out = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            int code = word.charAt(i) - 0xAC00;
            int onset = code / 588;
            int vowel = code / 28 % 21;
            int coda = code % 28;
            out.add(new Syllable(onset, vowel, coda));
        }
        // Liaison: a coda before a vowel-initial syllable is said as that syllable's onset.
        for (int i = 0; i + 1 < out.size(); i++) {
            Syllable here = out.get(i);
            Syllable next = out.get(i + 1);
            int moved = next.onset() == NG ? codaAsOnset(here.coda()) : -1;
            if (moved >= 0) {
                out.set(i, new Syllable(here.onset(), here.vowel(), remainingCoda(here.coda())));
                out.set(i + 1, new Syllable(moved, next.vowel(), next.coda()));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Syllable s = out.get(i);
            out.set(i, new Syllable(s.onset(), s.vowel(), pronouncedCoda(s.coda())));
        }
        return out;
    }

    /** The onset a coda becomes before a vowel, or -1 when it stays (ㅇ, ㅎ silent). */
    private static int codaAsOnset(int coda) {
        return switch (coda) {
            case 1 -> G;
            case 2 -> GG;
            case 3, 12, 18, 19 -> S;
            case 4 -> N;
            case 5, 22 -> J;
            case 7 -> D;
            case 8 -> R;
            case 9 -> G;
            case 10, 16 -> M;
            case 11, 17 -> B;
            case 13, 25 -> T;
            case 14, 26 -> P;
            case 20 -> SS;
            case 23 -> CH;
            case 24 -> K;
            default -> -1;
        };
    }

    /** What stays as coda when liaison moves part of it (the first consonant of a cluster). */
    private static int remainingCoda(int coda) {
        return switch (coda) {
            case 3 -> 1;
            case 5, 6 -> 4;
            case 9, 10, 11, 12, 13, 14, 15 -> 8;
            case 18 -> 17;
            default -> 0;
        };
    }

    private static int pronouncedCoda(int coda) {
        return switch (coda) {
            case 0 -> C_NONE;
            case 1, 2, 3, 9, 24 -> C_K;
            case 4, 5, 6 -> C_N;
            case 8, 11, 12, 13, 15 -> C_L;
            case 10, 16 -> C_M;
            case 14, 17, 18, 26 -> C_P;
            case 21 -> C_NG;
            default -> C_T;
        };
    }

    // ------------------------------------------------------------------ reading unmarked Latin

    private static final String[] ONSETS = {"tch", "kk", "tt", "pp", "ss", "jj", "ch", "kh", "th", "ph", "k", "g", "n",
        "t", "d", "r", "l", "m", "p", "b", "s", "j", "h"};
    private static final String[] VOWELS = {"yae", "wae", "yeo", "ae", "ya", "eo", "ye", "oe", "yo", "wa", "wo", "we",
        "wi", "yu", "eu", "ui", "a", "e", "o", "u", "i"};
    private static final String[] CODAS = {"ng", "k", "g", "n", "t", "d", "l", "r", "m", "p", "b"};

    /** A parse of an unmarked Latin word: per syllable its onset, vowel and coda spellings. */
    record LatinSyllable(String onset, String vowel, String coda) {
    }

    /**
     * Splits an unmarked lowercase word into Korean syllables (fewest syllables; then no vowel-initial
     * syllable after a coda; then fewest codas), or null when it cannot be read as Korean.
     */
    static List<LatinSyllable> parseLatin(String word) {
        int n = word.length();
        int[] cost = new int[n + 1];
        LatinSyllable[] via = new LatinSyllable[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(cost, Integer.MAX_VALUE);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Integer.MAX_VALUE) {
                continue;
            }
            boolean afterCoda = i > 0 && !via[i].coda().isEmpty();
            for (String onset : withEmpty(ONSETS)) {
                if (!word.startsWith(onset, i)) {
                    continue;
                }
                int v = i + onset.length();
                for (String vowel : VOWELS) {
                    if (!word.startsWith(vowel, v)) {
                        continue;
                    }
                    int c = v + vowel.length();
                    for (String coda : withEmpty(CODAS)) {
                        if (!word.startsWith(coda, c)) {
                            continue;
                        }
                        int end = c + coda.length();
                        // A vowel-initial syllable after a coda is unlikely (chon-gang, not chong-ang), except ng
                        // before y, where the n-g split is the unlikely one (pyong-yang, not pyon-gyang).
                        boolean yAfterNg = afterCoda && via[i].coda().equals("ng") && vowel.startsWith("y");
                        boolean gyAfterN = afterCoda && via[i].coda().equals("n") && onset.equals("g") && vowel.startsWith("y");
                        int step = 1000 + (onset.isEmpty() && afterCoda && !yAfterNg ? 10 : 0) + (gyAfterN ? 10 : 0)
                                + (coda.isEmpty() ? 0 : 1);
                        if (cost[i] + step < cost[end]) {
                            cost[end] = cost[i] + step;
                            via[end] = new LatinSyllable(onset, vowel, coda);
                            from[end] = i;
                        }
                    }
                }
            }
        }
        if (n == 0 || cost[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<LatinSyllable> out = new ArrayList<>();
        for (int at = n; at > 0; at = from[at]) {
            out.add(0, via[at]);
        }
        return out;
    }

    private static String[] withEmpty(String[] spellings) {
        String[] out = java.util.Arrays.copyOf(spellings, spellings.length + 1);
        out[spellings.length] = "";
        return out;
    }

    /**
     * One Korean reading, picked at random among those the unmarked spelling allows. With
     * {@code dprkStyle} the consonants are read as the North's system writes them (ch ㅊ, j ㅈ,
     * k t p plain, kh th ph aspirated), leaving only the vowels o, yo, u ambiguous.
     */
    static List<Syllable> readLatin(List<LatinSyllable> parse, SplittableRandom random, boolean dprkStyle) {
        List<Syllable> out = new ArrayList<>(parse.size());
        for (int i = 0; i < parse.size(); i++) {
            LatinSyllable s = parse.get(i);
            int onset = dprkStyle ? dprkOnset(s.onset(), random) : onsetReading(s.onset(), random);
            out.add(new Syllable(onset, vowelReading(s.vowel(), random), codaReading(s.coda())));
        }
        return out;
    }

    private static int dprkOnset(String onset, SplittableRandom random) {
        return switch (onset) {
            case "k" -> G;
            case "t" -> D;
            case "p" -> B;
            case "ch" -> CH;
            default -> onsetReading(onset, random);
        };
    }

    private static int onsetReading(String onset, SplittableRandom random) {
        return switch (onset) {
            case "" -> NG;
            case "k" -> random.nextInt(4) == 0 ? K : G;
            case "g" -> G;
            case "kk" -> GG;
            case "kh" -> K;
            case "t" -> random.nextInt(4) == 0 ? T : D;
            case "d" -> D;
            case "tt" -> DD;
            case "th" -> T;
            case "p" -> random.nextInt(4) == 0 ? P : B;
            case "b" -> B;
            case "pp" -> BB;
            case "ph" -> P;
            case "ch" -> random.nextBoolean() ? CH : J;
            case "j" -> J;
            case "tch", "jj" -> JJ;
            case "s" -> S;
            case "ss" -> SS;
            case "h" -> H;
            case "m" -> M;
            case "n" -> N;
            case "r", "l" -> R;
            default -> throw new IllegalArgumentException(onset);
        };
    }

    private static int vowelReading(String vowel, SplittableRandom random) {
        return switch (vowel) {
            case "o" -> random.nextBoolean() ? V_O : V_EO;
            case "yo" -> random.nextInt(5) < 2 ? V_YO : V_YEO;
            case "u" -> random.nextInt(5) == 0 ? V_EU : V_U;
            case "eo" -> V_EO;
            case "yeo" -> V_YEO;
            case "eu" -> V_EU;
            default -> java.util.Arrays.asList(VOWEL_RR).indexOf(vowel);
        };
    }

    private static int codaReading(String coda) {
        return switch (coda) {
            case "" -> C_NONE;
            case "k", "g" -> C_K;
            case "n" -> C_N;
            case "t", "d" -> C_T;
            case "l", "r" -> C_L;
            case "m" -> C_M;
            case "p", "b" -> C_P;
            case "ng" -> C_NG;
            default -> throw new IllegalArgumentException(coda);
        };
    }

    /**
     * Whether two unmarked spellings could be the same syllable: every part has a reading in
     * common (chol and cheol could, chol and chun could not).
     */
    static boolean couldBeSame(LatinSyllable a, LatinSyllable b) {
        return overlaps(onsetReadings(a.onset()), onsetReadings(b.onset()))
                && overlaps(vowelReadings(a.vowel()), vowelReadings(b.vowel()))
                && codaReading(a.coda()) == codaReading(b.coda());
    }

    private static int[] onsetReadings(String onset) {
        return switch (onset) {
            case "k" -> new int[] {G, K};
            case "t" -> new int[] {D, T};
            case "p" -> new int[] {B, P};
            case "ch" -> new int[] {J, CH};
            // Initial ㄹ is dropped or written n in the South: Ri, Yi, Lee are one name.
            case "r", "l", "n", "" -> new int[] {R, N, NG};
            default -> new int[] {onsetReading(onset, new SplittableRandom(0))};
        };
    }

    private static int[] vowelReadings(String vowel) {
        return switch (vowel) {
            case "o", "eo" -> new int[] {V_O, V_EO};
            case "yo", "yeo" -> new int[] {V_YO, V_YEO};
            case "u", "eu" -> new int[] {V_U, V_EU};
            default -> new int[] {java.util.Arrays.asList(VOWEL_RR).indexOf(vowel)};
        };
    }

    private static boolean overlaps(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ writing

    /** Writes a word's syllables in a system; {@code assimilate} writes sound changes at syllable joins. */
    static String spell(List<Syllable> word, System system, boolean assimilate) {
        return String.join("", spellSyllables(word, system, assimilate, false));
    }

    /**
     * Each syllable's spelling, in context (MR voicing after a voiced sound) or, with
     * {@code isolated}, each as if it began a word (how lists write KIM YONG CHOL syllable by syllable).
     */
    static List<String> spellSyllables(List<Syllable> word, System system, boolean assimilate, boolean isolated) {
        List<Syllable> said = assimilate ? assimilated(word) : word;
        List<String> out = new ArrayList<>(said.size());
        for (int i = 0; i < said.size(); i++) {
            Syllable s = said.get(i);
            int previousCoda = i == 0 || isolated ? -1 : said.get(i - 1).coda();
            String onset = onset(s.onset(), previousCoda, system);
            StringBuilder syllable = new StringBuilder();
            if (system == System.MR && previousCoda == C_N && onset.startsWith("g")) {
                syllable.append('\'');
            }
            syllable.append(onset).append(vowel(s, i == said.size() - 1, system)).append(coda(s.coda()));
            out.add(syllable.toString());
        }
        return out;
    }

    /** Nasal and liquid assimilation as RR and MR write it: 압록 amnok, 백마 paengma, 신라 silla, 종로 jongno. */
    static List<Syllable> assimilated(List<Syllable> word) {
        List<Syllable> out = new ArrayList<>(word);
        for (int i = 0; i + 1 < out.size(); i++) {
            Syllable a = out.get(i);
            Syllable b = out.get(i + 1);
            int coda = a.coda();
            int onset = b.onset();
            if (onset == R && (coda == C_K || coda == C_P || coda == C_M || coda == C_NG || coda == C_T)) {
                onset = N;
            }
            if (onset == N || onset == M) {
                coda = coda == C_K ? C_NG : coda == C_T ? C_N : coda == C_P ? C_M : coda;
            }
            if (onset == R && coda == C_N || onset == N && coda == C_L) {
                coda = C_L;
                onset = R;
            }
            out.set(i, new Syllable(a.onset(), a.vowel(), coda));
            out.set(i + 1, new Syllable(onset, b.vowel(), b.coda()));
        }
        return out;
    }

    private static String onset(int onset, int previousCoda, System system) {
        boolean initial = previousCoda < 0;
        boolean voiced = !initial && previousCoda != C_K && previousCoda != C_T && previousCoda != C_P;
        boolean rr = system == System.RR || system == System.AD_HOC;
        return switch (onset) {
            case G -> rr || voiced ? "g" : "k";
            case D -> rr || voiced ? "d" : "t";
            case B -> rr || voiced ? "b" : "p";
            case J -> rr || voiced || system == System.DPRK ? "j" : "ch";
            case GG -> "kk";
            case DD -> "tt";
            case BB -> "pp";
            case SS -> "ss";
            case JJ -> rr ? "jj" : "tch";
            case CH -> system == System.MR ? "ch'" : "ch";
            case K -> system == System.MR ? "k'" : system == System.DPRK ? "kh" : "k";
            case T -> system == System.MR ? "t'" : system == System.DPRK ? "th" : "t";
            case P -> system == System.MR ? "p'" : system == System.DPRK ? "ph" : "p";
            case S -> "s";
            case H -> "h";
            case M -> "m";
            case N -> "n";
            case R -> previousCoda == C_L ? "l" : "r";
            default -> "";
        };
    }

    private static String vowel(Syllable s, boolean last, System system) {
        int v = s.vowel();
        return switch (system) {
            case RR -> VOWEL_RR[v];
            case MR -> VOWEL_MR[v];
            case MR_STRIPPED, DPRK -> VOWEL_MR[v].replace('ŏ', 'o').replace('ŭ', 'u');
            case AD_HOC -> adHocVowel(s);
        };
    }

    /** Seong → Sung, Cheol → Chul, Yeong → Young, Su → Soo, U → Woo (the South's own name spellings). */
    private static String adHocVowel(Syllable s) {
        int v = s.vowel();
        boolean closed = s.coda() != C_NONE;
        if (v == V_EO && closed) {
            return "u";
        }
        if (v == V_YEO && s.coda() == C_NG) {
            return "you";
        }
        if (v == V_U && !closed) {
            return s.onset() == NG ? "woo" : "oo";
        }
        if (v == V_EU && closed) {
            return "u";
        }
        return VOWEL_RR[v];
    }

    private static String coda(int coda) {
        return switch (coda) {
            case C_K -> "k";
            case C_N -> "n";
            case C_T -> "t";
            case C_L -> "l";
            case C_M -> "m";
            case C_P -> "p";
            case C_NG -> "ng";
            default -> "";
        };
    }

    /** The Hangul of a reading (only meaningful for a reading known to be right, as from Hangul). */
    static String hangul(List<Syllable> word) {
        StringBuilder out = new StringBuilder(word.size());
        for (Syllable s : word) {
            out.append(s.hangul());
        }
        return out.toString();
    }

    /** Capitalises the first letter (after an apostrophe-free start) for display. */
    static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}

package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Every row of korean-romanization.tsv read back through the parser, and the parser checked
 * against a slow letter-by-letter reference romaniser on random Hangul.
 */
class RomanizationTableTest {

    private final NameLexicon lexicon = NameLexicon.get();
    private final RomanizedSyllables parser = new RomanizedSyllables(lexicon.romanization());

    private static final RomanizationSystem[] COLUMNS = {RomanizationSystem.RR, RomanizationSystem.MR,
        RomanizationSystem.DPRK, RomanizationSystem.STRIPPED};

    @Test
    void everySpellingParsesToTheJamoItsRowLists() {
        for (RomanizationTable.Spelling spelling : lexicon.romanization().all()) {
            for (RomanizationSystem system : COLUMNS) {
                long expected = spelling.strong[system.ordinal()];
                if (expected == 0) {
                    continue;
                }
                String token = switch (spelling.slot) {
                    case ONSET -> spelling.text + "a";
                    case VOWEL -> "h" + spelling.text;
                    case CODA -> "ha" + spelling.text;
                };
                RomanizedSyllables.Parse parse = parser.parse(token, system, system, false);
                String context = "row " + spelling.line + " '" + spelling.text + "' in " + system + " as " + token;
                assertThat(parse).as(context).isNotNull();
                assertThat(parse.literal()).as(context).hasSize(1);
                long mask = switch (spelling.slot) {
                    case ONSET -> KoreanSound.ONSET_MASK | KoreanSound.LARYNGEAL_MASK;
                    case VOWEL -> KoreanSound.VOWEL_MASK;
                    case CODA -> KoreanSound.CODA_MASK;
                };
                assertThat(parse.literal()[0] & mask).as(context).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyAdHocSpellingIsReadWhenNothingElseFits() {
        for (RomanizationTable.Spelling spelling : lexicon.romanization().all()) {
            if (spelling.weak == 0) {
                continue;
            }
            String token = switch (spelling.slot) {
                case ONSET -> spelling.text + "a";
                case VOWEL -> "h" + spelling.text;
                case CODA -> "ha" + spelling.text;
            };
            RomanizedSyllables.Parse parse = parser.parse(token, RomanizationSystem.STRIPPED,
                    RomanizationSystem.STRIPPED, true);
            String context = "row " + spelling.line + " '" + spelling.text + "'";
            assertThat(parse).as(context).isNotNull();
            long readings = parse.literal()[0] | parse.weak()[0];
            assertThat(readings & spelling.weak).as(context).isEqualTo(spelling.weak);
        }
    }

    // A slow reference: Hangul to Latin letter by letter from the published tables, one hyphen
    // between syllables, no sound changes. Written independently of the data file on purpose.
    private static final String[][] ONSETS = {
        // RR, MR with marks, DPRK, MR stripped
        {"g", "k", "k", "k"}, {"kk", "kk", "kk", "kk"}, {"n", "n", "n", "n"}, {"d", "t", "t", "t"},
        {"tt", "tt", "tt", "tt"}, {"r", "r", "r", "r"}, {"m", "m", "m", "m"}, {"b", "p", "p", "p"},
        {"pp", "pp", "pp", "pp"}, {"s", "s", "s", "s"}, {"ss", "ss", "ss", "ss"}, {"", "", "", ""},
        {"j", "ch", "j", "ch"}, {"jj", "tch", "jj", "tch"}, {"ch", "ch'", "ch", "ch"}, {"k", "k'", "kh", "k"},
        {"t", "t'", "th", "t"}, {"p", "p'", "ph", "p"}, {"h", "h", "h", "h"},
    };
    private static final String[][] VOWELS = {
        {"a", "a", "a", "a"}, {"ae", "ae", "ae", "ae"}, {"ya", "ya", "ya", "ya"}, {"yae", "yae", "yae", "yae"},
        {"eo", "ŏ", "o", "o"}, {"e", "e", "e", "e"}, {"yeo", "yŏ", "yo", "yo"}, {"ye", "ye", "ye", "ye"},
        {"o", "o", "o", "o"}, {"wa", "wa", "wa", "wa"}, {"wae", "wae", "wae", "wae"}, {"oe", "oe", "oe", "oe"},
        {"yo", "yo", "yo", "yo"}, {"u", "u", "u", "u"}, {"wo", "wŏ", "wo", "wo"}, {"we", "we", "we", "we"},
        {"wi", "wi", "wi", "wi"}, {"yu", "yu", "yu", "yu"}, {"eu", "ŭ", "u", "u"}, {"ui", "ŭi", "ui", "ui"},
        {"i", "i", "i", "i"},
    };
    /** Finals of one consonant (clusters such as ㄼ are left out: their liaison splits them). */
    private static final int[] SIMPLE_FINALS = {0, 1, 2, 4, 7, 8, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27};
    private static final String T_FINALS = new String(new char[] {7, 19, 20, 22, 23, 25, 27});
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    @RepeatedTest(3)
    void parserAgreesWithALetterByLetterReferenceOnRandomHangul() {
        long seed = System.nanoTime();
        System.out.println("RomanizationTableTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        RomanizationSystem[] systems = {RomanizationSystem.RR, RomanizationSystem.MR, RomanizationSystem.DPRK,
            RomanizationSystem.STRIPPED};
        for (int n = 0; n < 2000; n++) {
            int length = 1 + random.nextInt(3);
            StringBuilder hangul = new StringBuilder();
            int previousFinal = 0;
            for (int i = 0; i < length; i++) {
                int onset = random.nextInt(KoreanSound.ONSET_COUNT);
                int vowel = random.nextInt(KoreanSound.VOWEL_COUNT);
                int fin = SIMPLE_FINALS[random.nextInt(SIMPLE_FINALS.length)];
                // A written t before a vowel may be any of ㄷ ㅅ ㅈ ㅊ ㅌ ㅎ: not a spelling names use.
                if (onset == 11 && T_FINALS.indexOf((char) previousFinal) >= 0) {
                    onset = 2;
                }
                hangul.append((char) (KoreanSound.HANGUL_FIRST + (onset * KoreanSound.VOWEL_COUNT + vowel) * 28 + fin));
                previousFinal = fin;
            }
            long[] expected = HangulSyllables.sounds(hangul.toString());
            int column = random.nextInt(4);
            StringBuilder latin = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int index = hangul.charAt(i) - KoreanSound.HANGUL_FIRST;
                latin.append(i > 0 ? "|" : "").append(ONSETS[index / 588][column]).append(VOWELS[(index % 588) / 28][column])
                        .append(FINALS[index % 28]);
            }
            String form = NameNormalizer.resolveApostrophes(latin);
            RomanizedSyllables.Parse parse = parser.parse(form, systems[column], systems[column], false);
            String context = "seed " + seed + ": " + hangul + " as " + latin + " (" + systems[column] + ")";
            assertThat(parse).as(context).isNotNull();
            assertThat(parse.literal()).as(context).hasSameSizeAs(expected);
            for (int i = 0; i < length; i++) {
                assertThat(KoreanSound.compatible(parse.literal()[i], expected[i])).as(context + ", syllable " + i).isTrue();
            }
        }
    }
}

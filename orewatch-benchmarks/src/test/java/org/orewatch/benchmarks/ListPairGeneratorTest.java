package org.orewatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListPairGeneratorTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            평양   | RR          | pyeongyang
            평양   | MR          | p'yŏngyang
            평양   | DPRK        | phyongyang
            평양   | MR_STRIPPED | pyongyang
            청진   | MR          | ch'ŏngjin
            청진   | RR          | cheongjin
            정주   | DPRK        | jongju
            정주   | MR          | chŏngju
            개천   | RR          | gaecheon
            북창   | MR_STRIPPED | pukchang
            신의주 | RR          | sinuiju
            한국   | MR          | han'guk
            압록   | RR          | amnok
            백마산 | MR          | paengmasan
            철수   | AD_HOC      | chulsoo
            """)
    void spellsHangulByThePublishedRules(String hangul, KoreanSpelling.System system, String expected) {
        assertThat(KoreanSpelling.spell(KoreanSpelling.fromHangul(hangul), system, true)).isEqualTo(expected);
    }

    @Test
    void writesSoundChangesOnlyWhenAsked() {
        assertThat(KoreanSpelling.spell(KoreanSpelling.fromHangul("압록"), KoreanSpelling.System.MR_STRIPPED, false))
                .isEqualTo("aprok");
    }

    @RepeatedTest(5)
    void aReadingOfAnUnmarkedSpellingIsWrittenBackAsThatSpelling() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (String word : List.of("kimyongchol", "chongchongang", "ryonbong", "tanchon", "hamhung", "kaesong", "sinuiju")) {
            List<KoreanSpelling.LatinSyllable> parse = KoreanSpelling.parseLatin(word);
            assertThat(parse).as(word).isNotNull();
            List<KoreanSpelling.Syllable> reading = KoreanSpelling.readLatin(parse, random, false);
            // Whatever Korean reading was picked, stripped MR gives each syllable back, in context (voiced
            // between voiced sounds) or as if it began a word (as lists write syllables apart).
            List<String> isolated = KoreanSpelling.spellSyllables(reading, KoreanSpelling.System.MR_STRIPPED, false, true);
            List<String> inContext = KoreanSpelling.spellSyllables(reading, KoreanSpelling.System.MR_STRIPPED, false, false);
            for (int i = 0; i < parse.size(); i++) {
                KoreanSpelling.LatinSyllable s = parse.get(i);
                assertThat(List.of(isolated.get(i), inContext.get(i))).as("seed " + seed + ", " + word + " syllable " + i)
                        .contains(s.onset() + s.vowel() + s.coda());
            }
        }
    }

    @Test
    void readsPlaceNamesInTheNorthsStyleWithoutGuessingConsonants() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20; i++) {
            List<KoreanSpelling.Syllable> reading = KoreanSpelling.readLatin(KoreanSpelling.parseLatin("sunchon"), random, true);
            assertThat(KoreanSpelling.spell(reading, KoreanSpelling.System.RR, false)).isIn("suncheon", "suncheun", "seuncheon",
                    "seunchon", "sunchon", "suncheun", "seuncheun");
        }
    }

    @Test
    void tellsSpellingsOfOneSyllableFromDifferentSyllables() {
        assertThat(ListPairGenerator.differentSyllable("chol", "cheol")).isFalse();
        assertThat(ListPairGenerator.differentSyllable("ri", "yi")).isFalse();
        assertThat(ListPairGenerator.differentSyllable("chol", "chil")).isFalse();
        assertThat(ListPairGenerator.differentSyllable("chol", "chun")).isTrue();
        assertThat(ListPairGenerator.differentSyllable("un", "il")).isTrue();
    }

    @Test
    void recognisesAcronymsMadeOfWordBeginnings() {
        assertThat(ListPairGenerator.abbreviates("KOMID", "KOREA MINING DEVELOPMENT TRADING CORPORATION")).isTrue();
        assertThat(ListPairGenerator.abbreviates("NIORDC", "NATIONAL IRANIAN OIL REFINING AND DISTRIBUTION COMPANY")).isTrue();
        assertThat(ListPairGenerator.abbreviates("KCST", "KOREAN COMMITTEE FOR SPACE TECHNOLOGY")).isTrue();
        assertThat(ListPairGenerator.abbreviates("FBKSH", "FRONT FOR ALBANIAN NATIONAL UNITY")).isFalse();
    }

    @Test
    void judgesAliasesAsSpellingsWithoutTheMatcher() {
        assertThat(ListPairGenerator.related("KULYK, Konstantin", "KULIK, Konstantin")).isTrue();
        assertThat(ListPairGenerator.related("BOULGHITI, Boubekeur", "AL-JAZARI, Yasir")).isFalse();
        assertThat(ListPairGenerator.related("OFFICE 39", "DIVISION 39")).isFalse();
        assertThat(ListPairGenerator.related("KOREAN TANGUN TRADING CORPORATION", "Kuryonggang Trading Corporation")).isFalse();
    }

    @Test
    void variantsChangeTheNameAsDescribed() {
        NameVariants variants = NameVariants.load();
        SplittableRandom random = new SplittableRandom(3);
        assertThat(NameVariants.swapOrder("SMITH, John Paul")).isEqualTo("John Paul SMITH");
        assertThat(NameVariants.dropMiddle("John Paul Smith", random)).isEqualTo("John Smith");
        assertThat(NameVariants.dropMiddle("John Smith", random)).isNull();
        assertThat(NameVariants.initial("SMITH, John", random)).isEqualTo("SMITH, J.");
        assertThat(variants.transliteration("Mohammed Ali", random)).isIn("Muhammad Ali", "Mohammad Ali", "Mohamed Ali",
                "Muhammed Ali", "Mohamad Ali");
        assertThat(variants.legalForm("ACME TRADING CO., LTD.", random)).doesNotEndWith("CO., LTD.");
        assertThat(variants.koreanSurname("Ri")).contains("Lee", "Yi");
    }
}

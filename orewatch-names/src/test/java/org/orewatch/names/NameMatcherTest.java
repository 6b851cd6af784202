package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final NameMatcher matcher = NameMatcher.defaults();

    private double score(String a, String b, NameType type) {
        return matcher.compare(a, b, type).score();
    }

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Komdok                | Kŏmdŏk                  | PLACE
            Komdok                | Geomdeok                | PLACE
            Komdok                | 검덕                     | PLACE
            TANCHON               | Dancheon                | PLACE
            Tanchon               | 단천                     | PLACE
            Tanchon               | Tan-chon                | PLACE
            RI Thae Chol          | RI T'ae-ch'ol           | PERSON
            RI Thae Chol          | Yi Tae-chol             | PERSON
            RI Thae Chol          | 리태철                   | PERSON
            RI Thae Chol          | Thae Chol Ri            | PERSON
            KIM Jong Un           | Kim Jong-un             | PERSON
            KIM Jong Un           | 김정은                   | PERSON
            Ryanggang             | Yanggang                | PLACE
            Ryongyang             | Yongyang                | PLACE
            Amnok                 | Amrok                   | PLACE
            Amnok                 | 압록                     | PLACE
            CHONG CHON GANG       | Chongchongang           | VESSEL
            Hamhung               | 함흥                     | PLACE
            Chongori              | Jeongeori               | PLACE
            Yodok                 | 요덕                     | PLACE
            Woonsan               | Unsan                   | PLACE
            Daeyoudong            | Taeyudong               | PLACE
            Sinuiju               | 신의주                   | PLACE
            Pyongyang             | P'yŏngyang              | PLACE
            THAEPHYONGSAN         | Taepyeongsan            | PLACE
            Paengmasan            | 백마산                   | PLACE
            CH'O'NGSONG           | Chongsong               | PLACE
            Geomdeok mine         | Komdok Mining Complex   | ORGANIZATION
            MV WISE HONEST        | Wise Honest IMO 8905490 | VESSEL
            Vladimir Putin        | Владимир Путин          | PERSON
            Xi Jinping            | 习近平                   | PERSON
            Muhammad Ali          | Mohamed Ali             | PERSON
            Sergei Ivanov         | Sergey Ivanov           | PERSON
            John Smith            | J. Smith                | PERSON
            Wladyslaw Szpilman    | Wladyslaw Jan Szpilman  | PERSON
            KIM YONG CHO          | KIM YONG CHOL           | PERSON
            JNG BOM SU            | JANG BOM SU             | PERSON
            CHOE CHUB YONG        | CHOE CHUN YONG          | PERSON
            JANG SONNG CHOL       | JANG SONG CHOL          | PERSON
            Kim Jong Un           | Kmi Jong Un             | PERSON
            ARGO I                | ARGO 1                  | VESSEL
            Korea Kumsan Shipipng Company | Korea Kumsan Shipping Company | ORGANIZATION
            Sajdeh Majid          | Sajdeh Majeed           | PERSON
            JASMINE               | JAAMINE                 | VESSEL
            Chongjin-si           | Chongjin City           | PLACE
            BAJER S.R.L.          | Bajer Sociedad de Responsabilidad Limitada | ORGANIZATION
            Comercializadora Amia, S.A. de C.V. | Comercializadora Amia | ORGANIZATION
            Chagang-do            | 자강도                   | PLACE
            Yodŏk Camp            | 요덕수용소                | PLACE
            Mehr Eqtesad Bank     | Mehr Eqtesad Bbank      | ORGANIZATION
            Heidar Karar Group    | Heidar Karar Grouo      | ORGANIZATION
            """)
    void sameNameInAnotherSpellingMatches(String a, String b, NameType type) {
        MatchResult result = matcher.compare(a, b, type);
        assertThat(result.match()).as(result.explanation()).isTrue();
        assertThat(matcher.compare(b, a, type).match()).isTrue();
    }

    @ParameterizedTest(name = "{0} != {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Kaechon               | Kaesong                 | PLACE
            Bukchang              | Bukcheong               | PLACE
            Jeongju               | Cheongju                | PLACE
            KIM Jong Un           | Kim Jong Il             | PERSON
            KIM Jong Un           | Kim Yong Chol           | PERSON
            Ri Thae Chol          | Pak Thae Chol           | PERSON
            John Smith            | Jane Smith              | PERSON
            HWANG GUM SAN 2       | Hwang Gum San 3         | VESSEL
            Korea Daesong Bank    | Korea Daesong General Trading Corporation | ORGANIZATION
            Komdok Mine           | Tanchon Mine            | ORGANIZATION
            Korea Mining Corp     | Korea Trading Corp      | ORGANIZATION
            Wise Honest IMO 8905490 | Wise Honest IMO 9000001 | VESSEL
            Aarti Das             | IRIE Tadashi            | PERSON
            Abena Osei            | Abu Anas                | PERSON
            Dina Issa             | Dona Isa                | PERSON
            ARGO I                | ARGO II                 | VESSEL
            Musan                 | Munsan                  | PLACE
            Suan                  | Sunan                   | PLACE
            Katrin                | Karin                   | VESSEL
            Maria                 | Mario                   | PERSON
            Amir Khan             | Omar Khan               | PERSON
            BUNYONI, Alain Guillaume | Alain Guillaume Mugabe | PERSON
            """)
    void differentNamesDoNotMatch(String a, String b, NameType type) {
        MatchResult result = matcher.compare(a, b, type);
        assertThat(result.match()).as(result.explanation()).isFalse();
    }

    @Test
    void onlyNamesIdenticalAfterNormalisationScoreOne() {
        assertThat(score("KIM, Jong Un", "Kim Jong-un", NameType.PERSON)).isEqualTo(1.0);
        assertThat(score("Korea Mining Corp.", "KOREA MINING CORPORATION", NameType.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("Komdok", "Geomdeok", NameType.PLACE)).isLessThan(1.0);
        assertThat(score("Komdok", "검덕", NameType.PLACE)).isLessThan(1.0);
        assertThat(score("Kim Jong Un", "Jong Un Kim", NameType.PERSON)).isLessThan(1.0);
    }

    @Test
    void scoresRankCloserSpellingsHigher() {
        double exact = score("Ri Thae Chol", "RI THAE CHOL", NameType.PERSON);
        double romanised = score("Ri Thae Chol", "Ri T'ae-ch'ol", NameType.PERSON);
        double southern = score("Ri Thae Chol", "Yi Tae-chol", NameType.PERSON);
        double missingGiven = score("Ri Thae Chol", "Ri", NameType.PERSON);
        assertThat(exact).isGreaterThan(romanised);
        assertThat(romanised).isGreaterThan(southern);
        assertThat(southern).isGreaterThan(missingGiven);
    }

    @Test
    void genericWordsCannotCarryAMatch() {
        MatchResult result = matcher.compare("Korea Kwangson Banking Corporation", "Korea Daesong Banking Corporation",
                NameType.ORGANIZATION);
        assertThat(result.match()).as(result.explanation()).isFalse();
        assertThat(score("Komdok Mining Complex", "Komdok", NameType.ORGANIZATION)).isGreaterThan(0.8);
    }

    @Test
    void explanationNamesEachPairTheRuleAndTheWeight() {
        MatchResult result = matcher.compare("Komdok Mining Complex", "Geomdeok Mine", NameType.ORGANIZATION);
        assertThat(result.alignments()).anySatisfy(line -> {
            assertThat(line.leftToken()).isEqualTo("komdok");
            assertThat(line.rightToken()).isEqualTo("geomdeok");
            assertThat(line.rule()).isEqualTo(AlignmentRule.ROMANISATION_KEY);
            assertThat(line.weight()).isEqualTo(2.0);
        });
        assertThat(result.alignments()).anySatisfy(line ->
                assertThat(line.rule()).isEqualTo(AlignmentRule.GENERIC_EQUIVALENT));
        assertThat(result.alignments()).anySatisfy(line -> {
            assertThat(line.leftToken()).isEqualTo("complex");
            assertThat(line.rule()).isEqualTo(AlignmentRule.UNMATCHED);
        });
        assertThat(result.explanation()).contains("komdok ~ geomdeok").contains("romanisation key");
    }

    @Test
    void identifiersDecideBetweenVessels() {
        MatchResult renamed = matcher.compare("Kum Ya IMO 8905490", "Lucky Star 7 IMO 8905490", NameType.VESSEL);
        assertThat(renamed.match()).as(renamed.explanation()).isTrue();
        assertThat(renamed.alignments()).anySatisfy(line -> assertThat(line.rule()).isEqualTo(AlignmentRule.IDENTIFIER));
    }

    @Test
    void scoresAreSymmetricAndInRange() {
        String[] names = {"Kim Jong Un", "김정은", "Komdok Mining Complex", "RI T'ae-ch'ol", "", "Korea", "J. Smith",
            "Wise Honest IMO 8905490", "Владимир Путин", "习近平"};
        for (String a : names) {
            for (String b : names) {
                double ab = score(a, b, NameType.OTHER);
                double ba = score(b, a, NameType.OTHER);
                assertThat(ab).as(a + " / " + b).isBetween(0.0, 1.0).isCloseTo(ba, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void aTypoAcrossTheWholeNameIsNamedInTheExplanation() {
        MatchResult result = matcher.compare("JNG BOM SU", "JANG BOM SU", NameType.PERSON);
        assertThat(result.explanation()).contains("whole name typo");
        assertThat(result.score()).isLessThan(1.0);
    }
}

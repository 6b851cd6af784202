package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One pair per tolerance rule of KoreanKey, and the pair it must not join. */
class KoreanKeyTest {

    private final NameMatcher matcher = NameMatcher.defaults();

    @ParameterizedTest(name = "{0}: {1} = {2}, {1} != {3}")
    @CsvSource(delimiter = '|', textBlock = """
            assimilation k before m       | Paengmasan | Paekmasan | Pangmasan
            assimilation p before r       | Amnok      | Amrok     | Amdok
            n + r written l + l           | Kwalliso   | Kwanliso  | Kwaliso
            initial r dropped in South    | Ryanggang  | Yanggang  | Ranggang
            initial r before o            | Rodong     | Nodong    | Dodong
            tensification                 | Amnokkang  | Amnokgang | Amnongang
            liaison                       | Sinuiju    | 신의주      | Sinujju
            MR breve and RR eo            | Kŏmdŏk     | Geomdeok  | Kamdak
            DPRK aspirates                | Thaephyong | T'aep'yŏng | Taebyeong
            stripped ch for both j and ch | Chongju    | Jeongju   | Chungju
            """)
    void eachToleranceJoinsTheSpellingsOfOneNameOnly(String rule, String name, String sameName, String otherName) {
        MatchResult same = matcher.compare(name, sameName, NameType.PLACE);
        MatchResult other = matcher.compare(name, otherName, NameType.PLACE);
        assertThat(same.match()).as(rule + ": " + same.explanation()).isTrue();
        assertThat(other.match()).as(rule + ": " + other.explanation()).isFalse();
    }
}

package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyboardTypoTest {

    @ParameterizedTest(name = "{0} / {1}: slip {2}")
    @CsvSource(delimiter = '|', textBlock = """
            chol     | cho      | true
            cho      | chol     | true
            chol     | chil     | true
            song     | somg     | true
            kim      | ikm      | true
            kim      | kimm     | true
            kaechon  | kaechong | true
            jong     | jang     | false
            pukchang | pukchong | false
            chol     | chol     | false
            chol     | cgil     | false
            kim      | mik      | false
            """)
    void slipsAreOneKeystrokeAway(String a, String b, boolean slip) {
        assertThat(KeyboardTypo.isSlip(a, b)).isEqualTo(slip);
    }

    @Test
    void neighbouringKeysFollowTheStaggeredRows() {
        assertThat(KeyboardTypo.near('n', 'm')).isTrue();
        assertThat(KeyboardTypo.near('g', 't')).isTrue();
        assertThat(KeyboardTypo.near('g', 'b')).isTrue();
        assertThat(KeyboardTypo.near('a', 'o')).isFalse();
        assertThat(KeyboardTypo.near('q', 'p')).isFalse();
        assertThat(KeyboardTypo.near('1', '1')).isTrue();
        assertThat(KeyboardTypo.near('1', '2')).isFalse();
    }

    @Test
    void oneEditIsAnyOneEdit() {
        assertThat(KeyboardTypo.isOneEdit("maria", "mario")).isTrue();
        assertThat(KeyboardTypo.isOneEdit("maria", "maria")).isFalse();
        assertThat(KeyboardTypo.isOneEdit("maria", "marco")).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            i       | 1
            iv      | 4
            ix      | 9
            xvi     | 16
            xxxix   | 39
            iiii    | 0
            vx      | 0
            mix     | 0
            ''      | 0
            """)
    void romanNumeralsUpToThirtyNine(String text, int value) {
        assertThat(RomanNumeral.value(text == null ? "" : text)).isEqualTo(value);
    }

    @Test
    void jaroWinklerFollowsWinkler() {
        assertThat(EditDistance.jaroWinkler("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
        assertThat(EditDistance.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, org.assertj.core.data.Offset.offset(0.001));
        assertThat(EditDistance.jaroWinkler("abc", "abc")).isEqualTo(1.0);
        assertThat(EditDistance.jaroWinkler("abc", "xyz")).isEqualTo(0.0);
        assertThat(EditDistance.jaroWinkler("", "")).isEqualTo(1.0);
    }

    @Test
    void aSlipCostsLessThanAnotherEdit() {
        assertThat(TokenSimilarity.editSimilarity("jasmine", "jaamine")).isCloseTo(1 - 1.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TokenSimilarity.editSimilarity("maria", "mario")).isCloseTo(1 - 1.5 / 5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TokenSimilarity.editSimilarity("jasmine", "jaamine", false)).isCloseTo(1 - 1.5 / 7, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSlipInAGenericWordIsTheGenericWord() {
        NameLexicon lexicon = NameLexicon.get();
        assertThat(lexicon.nearTerm("bbank", NameType.ORGANIZATION)).isNotNull();
        assertThat(lexicon.nearTerm("grouo", NameType.ORGANIZATION)).isNotNull();
        assertThat(lexicon.nearTerm("grouo", NameType.PERSON)).isNull();
        assertThat(lexicon.nearTerm("group", NameType.ORGANIZATION)).isNull();
        assertThat(lexicon.nearTerm("gruop", NameType.ORGANIZATION)).isNotNull();
        assertThat(lexicon.nearTerm("grape", NameType.ORGANIZATION)).isNull();
    }
}

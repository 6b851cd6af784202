package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that keep common names, short words and gendered forms from making false matches. */
class CommonNamesTest {

    private final NameLexicon lexicon = NameLexicon.get();
    private final NameMatcher matcher = NameMatcher.defaults();

    @Test
    void everyCommonNameWeighsLessInAPersonsName() {
        for (Map.Entry<String, Integer> name : lexicon.commonNames().entrySet()) {
            PreparedName prepared = matcher.prepare("Bartholomew " + name.getKey(), NameType.PERSON);
            assertThat(prepared.weight[prepared.weight.length - 1]).as("line " + name.getValue() + ": " + name.getKey())
                    .isEqualTo(NameWeights.COMMON_NAME);
            assertThat(prepared.weight[0]).isEqualTo(NameWeights.CONTENT);
        }
    }

    @Test
    void spellingsOfDifferentCommonNamesNeverRelate() {
        List<Map.Entry<String, Integer>> names = new ArrayList<>(lexicon.commonNames().entrySet());
        for (Map.Entry<String, Integer> a : names) {
            for (Map.Entry<String, Integer> b : names) {
                if (a.getValue().equals(b.getValue())) {
                    assertThat(lexicon.sameCommonName(a.getKey(), b.getKey())).isTrue();
                    continue;
                }
                PreparedName x = matcher.prepare("Bartholomew " + a.getKey(), NameType.PERSON);
                PreparedName y = matcher.prepare("Bartholomew " + b.getKey(), NameType.PERSON);
                assertThat(TokenSimilarity.compare(x, 1, y, 1, NameType.PERSON)).as(a.getKey() + " / " + b.getKey()).isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0} / {1}: review band")
    @CsvSource(delimiter = '|', textBlock = """
            Roberto Vargas | VARGAS GUTIERREZ, Roberto
            John Smith     | John Paul Smith
            Jose Lopez     | LOPEZ, Jose Francisco
            """)
    void twoCommonNamesWithAWordLeftOverAreForReview(String a, String b) {
        MatchResult result = matcher.compare(a, b, NameType.PERSON);
        assertThat(result.score()).as(result.explanation()).isBetween(0.70, 0.80);
        assertThat(result.match()).isFalse();
    }

    @Test
    void aRareWordPairedKeepsAMissingMiddleNameAMatch() {
        assertThat(matcher.compare("Alexander Lukashenko", "LUKASHENKO, Alexander Grigoryevich", NameType.PERSON).match()).isTrue();
        assertThat(matcher.compare("Wladyslaw Szpilman", "Wladyslaw Jan Szpilman", NameType.PERSON).match()).isTrue();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zheng Lei     | ZHANG, Lei
            Omar Hassan   | HUSSAIN, Omar
            Hamza Amin    | HAMZA, Amir
            Maria Garcia  | Mario Garcia
            """)
    void twoDifferentCommonNamesAreTwoPeople(String a, String b) {
        MatchResult result = matcher.compare(a, b, NameType.PERSON);
        assertThat(result.match()).as(result.explanation()).isFalse();
    }

    @Test
    void twoSpellingsOfOneCommonNameStillMatch() {
        assertThat(matcher.compare("Hassan Jafari", "JA'FARI, Hasan", NameType.PERSON).match()).isTrue();
        assertThat(matcher.compare("Mohammed Rahimi", "RAHIMI, Muhammad", NameType.PERSON).match()).isTrue();
    }

    @Test
    void shortWordsBeginningWithOtherSoundsShareASkeletonWeakly() {
        assertThat(TokenSimilarity.phoneticSimilarity("abeer", "jaber")).isEqualTo(TokenSimilarity.PHONETIC_FAR);
        assertThat(TokenSimilarity.phoneticSimilarity("usama", "osama")).isEqualTo(TokenSimilarity.PHONETIC);
        assertThat(TokenSimilarity.initialSound("zhang")).isEqualTo(TokenSimilarity.initialSound("jang"));
        assertThat(TokenSimilarity.initialSound("yevgeniy")).isEqualTo(TokenSimilarity.initialSound("evgeniy"));
        assertThat(matcher.compare("Abeer Amin", "JABER, Aiman", NameType.PERSON).match()).isFalse();
    }

    @Test
    void koreanKeysRelateOnlyKoreanPersonsNames() {
        assertThat(matcher.compare("Aisha Aziz", "ESSA, Salim Aziz", NameType.PERSON).match()).isFalse();
        assertThat(matcher.compare("Ton Thanh", "DON T", NameType.PERSON).match()).isFalse();
        assertThat(matcher.compare("Kang Chol Su", "Kang Chul Soo", NameType.PERSON).match()).isTrue();
        assertThat(matcher.compare("Woonsan", "Unsan", NameType.PLACE).match()).isTrue();
    }

    @Test
    void twoWordNamesJoinedWholeMustAgreeWordByWord() {
        assertThat(matcher.compare("Vo Lien", "ولی جان", NameType.PERSON).match()).isFalse();
        assertThat(matcher.compare("Sofia Moura", "سيفي عماري", NameType.PERSON).match()).isFalse();
        assertThat(matcher.compare("Abdulrahman Salim", "Abd al-Rahman Salim", NameType.PERSON).match()).isTrue();
    }

    @Test
    void masculineAndFeminineFormsAreTwoPeople() {
        assertThat(TokenSimilarity.genderedForms("samir", "samira")).isTrue();
        assertThat(TokenSimilarity.genderedForms("stepanov", "stepanova")).isTrue();
        assertThat(TokenSimilarity.genderedForms("lukashenko", "lukashenka")).isFalse();
        assertThat(TokenSimilarity.genderedForms("fatima", "fatimaa")).isFalse();
        assertThat(matcher.compare("Samira Hijazi", "HIJAZI, Samir", NameType.PERSON).match()).isFalse();
        assertThat(matcher.compare("Aleksandr Lukashenko", "Alexander Lukashenka", NameType.PERSON).match()).isTrue();
    }

    @Test
    void aWordWithDiacriticsIsNotAShortLegalForm() {
        PreparedName person = matcher.prepare("Carolina Sá", NameType.OTHER);
        assertThat(person.kind[1]).isEqualTo(PreparedName.CONTENT);
        PreparedName company = matcher.prepare("Acme SA", NameType.ORGANIZATION);
        assertThat(company.kind[1]).isEqualTo(PreparedName.LEGAL);
    }

    @Test
    void aTypeOnlyAssumedCorrectsNoTypoIntoAGenericWord() {
        assertThat(matcher.prepare("Ines Castro", NameType.VESSEL).kind[0]).isEqualTo(PreparedName.GENERIC);
        assertThat(matcher.prepareUntyped("Ines Castro", NameType.VESSEL).kind[0]).isEqualTo(PreparedName.CONTENT);
    }
}

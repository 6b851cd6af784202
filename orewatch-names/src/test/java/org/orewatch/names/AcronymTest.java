package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymTest {

    private final NameMatcher matcher = NameMatcher.defaults();

    @ParameterizedTest(name = "{0} abbreviates {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            KOMID   | Korea Mining Development Trading Corporation | true
            NDCO    | North Drilling Company                       | true
            T.D.G.  | Technology and Development Group Ltd         | true
            NIOEC   | National Iranian Oil Engineering and Construction Company | true
            KMDTC   | Korea Mining Development Trading Corporation | true
            MDTC    | Korea Mining Development Trading Corporation | false
            KOMID   | Korea Shipping Corporation                   | false
            Komid   | Korea Mining Development Trading Corporation | false
            TANCHON | Tanchon Commercial Bank                      | false
            KO      | Korea Ocean                                  | false
            """)
    void anAcronymTakesTheBeginningsOfTheFirstTwoWordsAndMaybeMore(String acronym, String name, boolean expected) {
        MatchResult result = matcher.compare(acronym, name, NameType.ORGANIZATION);
        assertThat(result.score() == NameMatcher.ACRONYM_SIMILARITY && result.explanation().contains("acronym"))
                .as(result.explanation()).isEqualTo(expected);
        assertThat(matcher.compare(name, acronym, NameType.ORGANIZATION).score()).isEqualTo(result.score());
    }

    @Test
    void personsAreNotAcronyms() {
        assertThat(matcher.compare("JMS", "John Michael Smith", NameType.PERSON).score()).isLessThan(NameMatcher.ACRONYM_SIMILARITY);
    }

    @ParameterizedTest(name = "{0} / {1} as {2}: acronym {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ANA   | Ana Almeida                                  | OTHER        | false
            ABR   | Aaron Brown                                  | OTHER        | false
            ANA   | Albanian National Army                       | ORGANIZATION | true
            ANA   | Albanian National Army                       | OTHER        | true
            ADF   | Adebayo Faye                                 | OTHER        | false
            KOMID | Korea Mining Development Trading Corporation | OTHER        | true
            ADF   | Allied Democratic Forces                     | VESSEL       | true
            """)
    void theLongFormMustBeAnOrganisationsByItsTypeOrItsWords(String acronym, String name, NameType type, boolean expected) {
        assertThat(matcher.compare(acronym, name, type).explanation().contains("acronym")).isEqualTo(expected);
        assertThat(matcher.compare(name, acronym, type).explanation().contains("acronym")).isEqualTo(expected);
    }

    @Test
    void aTypeOnlyAssumedDoesNotMakeAPersonsNameAnOrganisations() {
        PreparedName listed = matcher.prepare("ABR", NameType.ORGANIZATION);
        PreparedName assumed = matcher.prepareUntyped("Aaron Brown", NameType.ORGANIZATION);
        assertThat(matcher.compare(assumed, listed).explanation()).doesNotContain("acronym");
        assertThat(matcher.score(assumed, listed)).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        // Its own words still make it an organisation's long form (the legal form here).
        PreparedName company = matcher.prepareUntyped("Aaron Brown Ltd", NameType.ORGANIZATION);
        assertThat(matcher.compare(company, listed).explanation()).contains("acronym");
        // A declared type is evidence.
        assertThat(matcher.compare(matcher.prepare("Aaron Brown", NameType.ORGANIZATION), listed).explanation())
                .contains("acronym");
    }

    @Test
    void noAcronymWhenEitherSideIsAPerson() {
        PreparedName person = matcher.prepare("Ana Almeida", NameType.PERSON);
        assertThat(matcher.compare(person, matcher.prepare("ANA", NameType.ORGANIZATION)).explanation())
                .doesNotContain("acronym");
        assertThat(matcher.compare(matcher.prepare("ANA", NameType.PERSON),
                matcher.prepare("Albanian National Army", NameType.ORGANIZATION)).explanation()).doesNotContain("acronym");
    }

    @Test
    void theIndexFindsANameByItsAcronymAndTheOtherWayRound() {
        NameIndex index = new NameIndex(matcher);
        index.add(1, "Korea Mining Development Trading Corporation", NameType.ORGANIZATION);
        index.add(2, "Korea Shipping Corporation", NameType.ORGANIZATION);
        index.add(3, "NDCO", NameType.ORGANIZATION);
        List<NameHit> hits = index.search("KOMID", NameType.ORGANIZATION, 5);
        assertThat(hits).extracting(NameHit::id).containsExactly(1);
        assertThat(index.search("North Drilling Company", NameType.ORGANIZATION, 5)).extracting(NameHit::id).containsExactly(3);
    }
}

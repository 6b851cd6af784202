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

package org.orewatch.kb.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.load.KnowledgeBaseLoader;

/** Search over the repository's knowledge base, asked the way screeners and readers ask. */
class KbSearchTest {

    private static KnowledgeGraph graph;
    private static KbSearch search;

    @BeforeAll
    static void load() {
        graph = KnowledgeBaseLoader.load(Path.of(System.getProperty("orewatch.repo.root", "..")).resolve("kb")).requireValid();
        search = KbSearch.of(graph);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "Komdok, mine/geomdeok",
        "Kŏmdŏk, mine/geomdeok",
        "검덕, mine/geomdeok",
        "Tanchon, place/dancheon",
        "Ryongyang, mine/yongyang",
        "Hamhung, place/hamhung",
        "Chongori, kyohwaso/12",
        "Yodok, kwanliso/15",
        "Aoji, mine/aoji",
        "Office 39, institution/kwp-office-39",
        "Table 4, table/gulag-inc-4",
        "coal, resource/coal",
    })
    void findsTheReportsEntitiesInOtherRomanisations(String query, String expected) {
        List<KbSearch.Hit> hits = search.search(query, null, 3);

        assertThat(hits).extracting(KbSearch.Hit::id).as("top hits for %s", query).contains(expected);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "coal production 1998, resource/coal",
        "iron ore production 2014, resource/iron-ore",
        "hydroelectric share of energy, energy/hydroelectric",
        "magnesite reserves, resource/magnesite",
    })
    void findsTheEntityHoldingAFigureFromTheWordsOfItsStatement(String query, String expected) {
        assertThat(search.search(query, null, 3)).extracting(KbSearch.Hit::id).as("top hits for %s", query).contains(expected);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "footnote 32 | institution/pyongyang-defense-command",
        "fn. 67 | kwanliso/22",
        "art. 57 | law/peoples-security-control-law/art-57",
        "par. 1078 | concept/enslavement",
        "77% | country/kp",
        "36% | country/kp",
        "who operates camp 18 | kwanliso/18",
    })
    void locatorsSharesAndQuestionsFindTheirEntity(String query, String expected) {
        assertThat(search.search(query, null, 3)).extracting(KbSearch.Hit::id).as("top hits for %s", query).contains(expected);
    }

    @Test
    void aFootnoteNumberIsNotAnyNumber() {
        assertThat(KbSearch.WordIndex.words("footnote 24")).containsExactly("fn24");
        assertThat(KbSearch.WordIndex.words("fn. 24 and 24 cases")).contains("fn24", "24").doesNotContain("fn");
        assertThat(KbSearch.WordIndex.words("77% of exports")).contains("77pct").doesNotContain("77");
        assertThat(KbSearch.WordIndex.stem("operates")).isEqualTo(KbSearch.WordIndex.stem("operated"));
        assertThat(KbSearch.WordIndex.stem("mines")).isEqualTo(KbSearch.WordIndex.stem("mine"));
    }

    @Test
    void aTypeFilterKeepsOnlyThatTypeAndItsSubtypes() {
        List<KbSearch.Hit> hits = search.search("Yodok", "penal-facility", 10);

        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(graph.schema().isA(hit.type(), "penal-facility")).isTrue());
        assertThat(hits.get(0).id()).isEqualTo("kwanliso/15");
    }

    @Test
    void scoresAreInTheUnitIntervalAndRanked() {
        List<KbSearch.Hit> hits = search.search("Musan mine iron ore", null, 20);

        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(hit -> assertThat(hit.score()).isBetween(0.0, 1.0));
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
    }

    @Test
    void resolverPrefersIdsThenExactNamesThenSearch() {
        EntityResolver resolver = EntityResolver.of(graph, search);

        assertThat(resolver.resolve("mine/musan").id()).isEqualTo("mine/musan");
        assertThat(resolver.resolve("coal").id()).isEqualTo("resource/coal");
        assertThat(resolver.resolve("KOMDOK").id()).isEqualTo("mine/geomdeok");
    }
}

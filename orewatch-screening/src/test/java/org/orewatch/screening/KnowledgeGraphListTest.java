package org.orewatch.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.load.KnowledgeBaseLoader;
import org.orewatch.lists.ListEntry;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;

/** The repository's knowledge graph screened as a list, its hits carrying their evidence. */
class KnowledgeGraphListTest {

    private static KnowledgeGraph graph;
    private static ScreenedList list;

    @BeforeAll
    static void load() {
        graph = KnowledgeBaseLoader.load(Path.of(System.getProperty("orewatch.repo.root", "..")).resolve("kb")).requireValid();
        list = KnowledgeGraphList.of(graph, "f".repeat(64), Instant.parse("2026-03-01T00:00:00Z"));
    }

    private static ListEntry entry(String id) {
        return list.entries().stream().filter(entry -> entry.key().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void organisationsMinesAndCampsAreEntriesButNotSourcesPlacesOrPersons() {
        assertThat(list.version().listName()).isEqualTo("orewatch-kb");
        assertThat(list.version().id()).isZero();
        assertThat(list.version().sha256()).isEqualTo("f".repeat(64));
        assertThat(list.entries()).extracting(ListEntry::key).contains("mine/geomdeok", "kwanliso/15");
        assertThat(list.entries()).extracting(ListEntry::key).noneMatch(key -> key.startsWith("source/") || key.startsWith("place/")
                || key.startsWith("person/"));
        assertThat(list.entries()).allSatisfy(entry -> assertThat(list.evidence()).containsKey(entry.key()));
        assertThat(entry("mine/geomdeok").countries()).extracting(country -> country.code()).containsExactly("KP");
    }

    @Test
    void aCampCarriesItsForcedLabourEvidenceWithCitations() {
        KbEvidence camp = list.evidence().get("kwanliso/18");
        assertThat(camp.forcedLabour()).isTrue();
        assertThat(camp.flags()).anySatisfy(flag -> assertThat(flag).contains("kwan-li-so"));
        assertThat(camp.flags()).anySatisfy(flag -> assertThat(flag).startsWith("site of"));
        assertThat(camp.iloIndicators()).isNotEmpty();
        assertThat(camp.items()).anySatisfy(item -> {
            assertThat(item.text()).startsWith("testimony: ");
            assertThat(item.citations()).anySatisfy(citation -> assertThat(citation).contains("Gulag, Inc."));
        });
    }

    @Test
    void screeningAnotherRomanisationFindsTheMineWithItsEvidence() {
        Screener screener = Screener.over(NameMatcher.defaults(), List.of(list), ScreeningPolicy.defaults());
        Candidate hit = screener.screen(ScreeningQuery.of("Komdok Mine", NameType.ORGANIZATION)).best().orElseThrow();
        assertThat(hit.entry().key()).isEqualTo("mine/geomdeok");
        assertThat(hit.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(hit.version().listName()).isEqualTo("orewatch-kb");
        assertThat(hit.evidence()).isNotNull();
        assertThat(hit.evidence().entityId()).isEqualTo("mine/geomdeok");
        assertThat(hit.evidence().type()).isEqualTo("Mine");
    }
}

package org.orewatch.lists.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.BirthDate;
import org.orewatch.lists.EntryCountry;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.NameKind;

class FtmJsonLinesReaderTest {

    @TempDir
    Path folder;

    private ListSnapshot fixture() {
        return FtmJsonLinesReader.read(Fixtures.copy("opensanctions-small.ftm.jsonl", folder, "opensanctions-small.ftm.jsonl"));
    }

    private static ListEntry entry(ListSnapshot snapshot, String key) {
        return snapshot.entries().stream().filter(entry -> entry.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void readsScreenableEntitiesAndSkipsTheRest() {
        ListSnapshot snapshot = fixture();
        assertThat(snapshot.listName()).isEqualTo("ftm:opensanctions-small");
        assertThat(snapshot.published()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(snapshot.entries()).extracting(ListEntry::key).containsExactly("os-kp-person-1", "os-kp-vessel-1", "os-kp-company-1");
    }

    @Test
    void readsNamesByKindDatesCountriesAndIdentifiersIncludingPassportEntities() {
        ListEntry person = entry(fixture(), "os-kp-person-1");
        assertThat(person.schema()).isEqualTo("Person");
        assertThat(person.names()).containsExactly(new EntryName("Ri Chol Man", NameKind.PRIMARY),
                new EntryName("Ri Ch'ol-man", NameKind.ALIAS), new EntryName("Lee Cheol Man", NameKind.ALIAS),
                new EntryName("Chol", NameKind.WEAK_ALIAS));
        assertThat(person.birthDates()).containsExactly(BirthDate.exact(new PartialDate(1958, 7, 14)));
        assertThat(person.countries()).extracting(EntryCountry::code, EntryCountry::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KP", EntryCountry.NATIONALITY));
        assertThat(person.identifiers()).containsExactlyInAnyOrder(Identifier.of(IdentifierScheme.PASSPORT, "563120045"),
                new Identifier(IdentifierScheme.PASSPORT, "PS 918273", "KP", null));
    }

    @Test
    void vesselsKeepTheirImoNumberFlagAndFormerNames() {
        ListEntry vessel = entry(fixture(), "os-kp-vessel-1");
        assertThat(vessel.identifiers()).containsExactly(Identifier.of(IdentifierScheme.IMO, "8912345"));
        assertThat(vessel.countries()).extracting(EntryCountry::role).containsExactly(EntryCountry.FLAG);
        assertThat(vessel.names()).contains(new EntryName("MORNING STAR", NameKind.FORMER));
    }

    @Test
    void sanctionEntitiesGiveProgrammesAndTheFirstListingDate() {
        ListEntry company = entry(fixture(), "os-kp-company-1");
        assertThat(company.programs()).containsExactly("UNSCR 2270", "US-DPRK3");
        assertThat(company.listedOn()).isEqualTo(LocalDate.of(2016, 3, 2));
        assertThat(company.addresses()).containsExactly("Sosong District, Pyongyang");
        assertThat(company.remarks()).contains("Fictional test entity.", "Datasets: test_sanctions");
    }

    @Test
    void aTruncatedLastLineIsRefusedWithItsLineNumber() throws IOException {
        String text = Fixtures.text("opensanctions-small.ftm.jsonl");
        Path file = folder.resolve("cut.jsonl");
        Files.writeString(file, text.substring(0, text.indexOf("\"Company\"") + 40));
        assertThatThrownBy(() -> FtmJsonLinesReader.read(file))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
                    assertThat(failure.position()).get().extracting(p -> p.line()).isEqualTo(3);
                    assertThat(failure.getMessage()).contains("truncated");
                });
    }

    @Test
    void entitiesNeedAnIdASchemaAndAName() throws IOException {
        Path file = folder.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A B\"]}}\n{\"schema\": \"Person\"}\n");
        assertThatThrownBy(() -> FtmJsonLinesReader.read(file)).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.position()).get().satisfies(position -> {
                    assertThat(position.line()).isEqualTo(2);
                    assertThat(position.field()).isEqualTo("id");
                }));
        Files.writeString(file, "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"birthDate\": [\"1960\"]}}\n");
        assertThatThrownBy(() -> FtmJsonLinesReader.read(file)).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.position()).get().extracting(p -> p.field()).isEqualTo("properties.name"));
        Files.writeString(file, "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"], \"birthDate\": [\"sixties\"]}}\n");
        assertThatThrownBy(() -> FtmJsonLinesReader.read(file)).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }

    @Test
    void aFileWithNothingToScreenIsRefused() throws IOException {
        Path file = folder.resolve("addresses.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"schema\": \"Address\", \"properties\": {\"full\": [\"X\"]}}\n");
        assertThatThrownBy(() -> FtmJsonLinesReader.read(file)).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT));
    }
}

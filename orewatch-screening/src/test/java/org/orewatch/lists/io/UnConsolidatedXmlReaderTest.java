package org.orewatch.lists.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.NameKind;
import org.orewatch.lists.SharedFiles;

class UnConsolidatedXmlReaderTest {

    @TempDir
    Path folder;

    private ListSnapshot fixture() {
        return UnConsolidatedXmlReader.read(Fixtures.copy("un-small.xml", folder, "un-small.xml"));
    }

    private static ListEntry entry(ListSnapshot snapshot, String key) {
        return snapshot.entries().stream().filter(entry -> entry.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void readsIndividualsWithAliasesQualityDatesNationalityAddressesAndDocuments() {
        ListSnapshot snapshot = fixture();
        assertThat(snapshot.format()).isEqualTo(ListFormat.UN_XML);
        assertThat(snapshot.listName()).isEqualTo("un-sc-consolidated");
        assertThat(snapshot.published()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(snapshot.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("un-small.xml");
            assertThat(file.sha256()).hasSize(64);
            assertThat(file.bytes()).isEqualTo(folder.resolve("un-small.xml").toFile().length());
        });
        assertThat(snapshot.entries()).extracting(ListEntry::key).containsExactly("KPi.901", "TAi.901", "KPe.901");

        ListEntry pak = entry(snapshot, "KPi.901");
        assertThat(pak.schema()).isEqualTo("Person");
        assertThat(pak.name()).isEqualTo("PAK SONG-IL");
        assertThat(pak.names()).containsExactly(new EntryName("PAK SONG-IL", NameKind.PRIMARY),
                new EntryName("Pak Song Il", NameKind.ALIAS), new EntryName("Songil", NameKind.WEAK_ALIAS));
        assertThat(pak.birthDates()).containsExactly(BirthDate.exact(new PartialDate(1961, 4, 17)));
        assertThat(pak.birthPlaces()).containsExactly("Hamhung, Democratic People's Republic of Korea");
        assertThat(pak.countries()).extracting(EntryCountry::code, EntryCountry::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KP", EntryCountry.NATIONALITY),
                org.assertj.core.groups.Tuple.tuple("KP", EntryCountry.RESIDENCE),
                org.assertj.core.groups.Tuple.tuple("KP", EntryCountry.BIRTH));
        assertThat(pak.identifiers()).containsExactly(Identifier.of(IdentifierScheme.UN_REFERENCE, "KPi.901"),
                new Identifier(IdentifierScheme.PASSPORT, "PD 472310011", "KP", "Passport; Expires 2020-06-01"));
        assertThat(pak.addresses()).containsExactly("Pyongyang, Democratic People's Republic of Korea");
        assertThat(pak.programs()).containsExactly("DPRK");
        assertThat(pak.listedOn()).isEqualTo(LocalDate.of(2016, 3, 2));
        assertThat(pak.remarks()).isEqualTo("Designation: Representative Fictional test entry. Representative of a trading company in a third country.");
    }

    @Test
    void readsRangesApproximateYearsTitlesAndOriginalScript() {
        ListEntry ahmad = entry(fixture(), "TAi.901");
        assertThat(ahmad.name()).isEqualTo("AHMAD KARIM NOORI");
        assertThat(ahmad.birthDates()).containsExactly(
                new BirthDate(PartialDate.ofYear(1955), PartialDate.ofYear(1958), false),
                BirthDate.circa(PartialDate.ofYear(1960)));
        assertThat(ahmad.names()).contains(new EntryName("احمد کریم نوری", NameKind.ORIGINAL_SCRIPT),
                new EntryName("Karim Sahib", NameKind.WEAK_ALIAS));
        assertThat(ahmad.addresses()).isEmpty();
        assertThat(ahmad.remarks()).startsWith("Title: Maulavi");
    }

    @Test
    void readsEntitiesWithQuotedAliasesFormerNamesAndImoNumbersFromComments() {
        ListEntry company = entry(fixture(), "KPe.901");
        assertThat(company.schema()).isEqualTo("LegalEntity");
        assertThat(company.names()).containsExactly(new EntryName("SONGNAM MARITIME TRANSPORT COMPANY", NameKind.PRIMARY),
                new EntryName("SMTC", NameKind.ALIAS), new EntryName("SONGNAM SHIPPING", NameKind.FORMER));
        assertThat(company.identifiers()).contains(Identifier.of(IdentifierScheme.IMO, "5901234"));
        assertThat(company.addresses()).containsExactly("Tonghung-dong, Chung-guyok, Pyongyang, Democratic People's Republic of Korea");
    }

    @Test
    void theHashIsOfTheWholeFileAndChangesWithIt() throws IOException {
        String first = fixture().sha256();
        Path other = folder.resolve("other.xml");
        Files.writeString(other, Fixtures.text("un-small.xml") + "\n<!-- trailing comment -->\n", StandardCharsets.UTF_8);
        assertThat(UnConsolidatedXmlReader.read(other).sha256()).isNotEqualTo(first);
    }

    @Test
    void aTruncatedFileIsRefusedWithItsLine() throws IOException {
        String text = Fixtures.text("un-small.xml");
        Path truncated = folder.resolve("truncated.xml");
        Files.writeString(truncated, text.substring(0, text.indexOf("<ENTITIES>") + 40), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UnConsolidatedXmlReader.read(truncated))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
                    assertThat(failure.position()).get().satisfies(position -> {
                        assertThat(position.file()).isEqualTo(truncated.toString());
                        assertThat(position.line()).isGreaterThan(90);
                    });
                    assertThat(failure.getMessage()).contains("truncated");
                });
    }

    @Test
    void aFileCutBetweenEntriesIsRefusedToo() throws IOException {
        String text = Fixtures.text("un-small.xml");
        Path truncated = folder.resolve("cut.xml");
        Files.writeString(truncated, text.substring(0, text.indexOf("</INDIVIDUALS>")), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UnConsolidatedXmlReader.read(truncated))
                .isInstanceOfSatisfying(OrewatchException.class, failure ->
                        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT));
    }

    @Test
    void aBadDateNamesItsLineAndElement() throws IOException {
        Path bad = folder.resolve("bad-date.xml");
        Files.writeString(bad, Fixtures.text("un-small.xml").replace("<DATE>1961-04-17</DATE>", "<DATE>17/04/1961</DATE>"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UnConsolidatedXmlReader.read(bad))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_VALUE);
                    assertThat(failure.position()).get().satisfies(position -> {
                        assertThat(position.line()).isEqualTo(40);
                        assertThat(position.field()).isEqualTo("DATE");
                    });
                });
    }

    @Test
    void anEntryWithoutANameIsRefused() throws IOException {
        Path bad = folder.resolve("no-name.xml");
        Files.writeString(bad, Fixtures.text("un-small.xml").replace("<FIRST_NAME>AHMAD</FIRST_NAME>", "<FIRST_NAME/>")
                .replace("<SECOND_NAME>KARIM</SECOND_NAME>", "").replace("<THIRD_NAME>NOORI</THIRD_NAME>", ""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UnConsolidatedXmlReader.read(bad))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
                    assertThat(failure.position()).get().extracting(p -> p.field()).isEqualTo("FIRST_NAME");
                });
    }

    @Test
    void externalEntitiesAndDoctypesAreRefusedWithoutReadingTheEntity() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String attack = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&xxe;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n";
        Path file = folder.resolve("xxe.xml");
        Files.writeString(file, attack);
        assertThatThrownBy(() -> UnConsolidatedXmlReader.read(file))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
                    assertThat(failure.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
                    assertThat(failure.position()).get().extracting(p -> p.line()).isEqualTo(2);
                });
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() throws IOException {
        StringBuilder attack = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int level = 1; level <= 9; level++) {
            attack.append("<!ENTITY lol").append(level).append(" \"");
            attack.append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10)).append("\">");
        }
        attack.append("]>\n<CONSOLIDATED_LIST>&lol9;</CONSOLIDATED_LIST>\n");
        Path file = folder.resolve("lol.xml");
        Files.writeString(file, attack.toString());
        assertThatThrownBy(() -> UnConsolidatedXmlReader.read(file))
                .isInstanceOfSatisfying(OrewatchException.class,
                        failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT));
    }

    @Test
    void anotherXmlDocumentIsNotAUnList() throws IOException {
        Path file = folder.resolve("other.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<sdnList><sdnEntry/></sdnList>\n");
        assertThatThrownBy(() -> UnConsolidatedXmlReader.read(file))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
                    assertThat(failure.getMessage()).contains("CONSOLIDATED_LIST");
                });
    }

    @Test
    void readsTheRealConsolidatedList() {
        ListSnapshot snapshot = UnConsolidatedXmlReader.read(SharedFiles.unConsolidatedList());
        assertThat(snapshot.published()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(snapshot.entries().size()).isEqualTo(1003);
        assertThat(snapshot.entries().stream().filter(ListEntry::isPerson).count()).isEqualTo(730);
        assertThat(snapshot.entries().stream().filter(entry -> entry.programs().contains("DPRK")).count()).isEqualTo(155);
        ListEntry komid = entry(snapshot, "KPe.001");
        assertThat(komid.name()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(komid.names()).extracting(EntryName::text).contains("KOMID", "CHANGGWANG SINYONG CORPORATION");
        ListEntry yun = entry(snapshot, "KPi.001");
        assertThat(yun.birthDates()).containsExactly(BirthDate.exact(new PartialDate(1944, 10, 13)));
        assertThat(yun.countries()).extracting(EntryCountry::code).contains("KP");
        assertThat(snapshot.entries()).flatExtracting(ListEntry::identifiers)
                .filteredOn(identifier -> identifier.scheme().equals(IdentifierScheme.IMO)).hasSizeGreaterThanOrEqualTo(15);
        long between = snapshot.entries().stream().flatMap(entry -> entry.birthDates().stream()).filter(BirthDate::isRange).count();
        assertThat(between).isEqualTo(31);
        assertThat(snapshot.entries()).flatExtracting(ListEntry::countries)
                .filteredOn(country -> country.code() == null).extracting(EntryCountry::text).isEmpty();
    }
}

package org.orewatch.lists.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.orewatch.lists.SharedFiles;

class OfacLegacyCsvReaderTest {

    @TempDir
    Path folder;

    private Path sdn() {
        return Fixtures.copy("sdn-small.csv", folder, "sdn.csv");
    }

    private static ListEntry entry(ListSnapshot snapshot, String key) {
        return snapshot.entries().stream().filter(entry -> entry.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void readsSdnAloneWhenAltAndAddAreAbsent() {
        ListSnapshot snapshot = OfacLegacyCsvReader.read(sdn());
        assertThat(snapshot.listName()).isEqualTo("us-ofac-sdn");
        assertThat(snapshot.published()).isNull();
        assertThat(snapshot.files()).extracting(file -> file.name()).containsExactly("sdn.csv");
        assertThat(snapshot.entries()).extracting(ListEntry::key, ListEntry::schema).containsExactly(
                tuple("7001", "Person"), tuple("7002", "LegalEntity"), tuple("7003", "Vessel"), tuple("7004", "Person"));

        ListEntry kang = entry(snapshot, "7001");
        assertThat(kang.name()).isEqualTo("KANG, Myong Chol");
        assertThat(kang.programs()).containsExactly("DPRK2", "NPWMD");
        assertThat(kang.birthDates()).containsExactly(BirthDate.exact(new PartialDate(1965, 3, 4)),
                BirthDate.exact(PartialDate.ofYear(1966)));
        assertThat(kang.birthPlaces()).containsExactly("Sinuiju, North Korea");
        assertThat(kang.countries()).extracting(EntryCountry::code, EntryCountry::role)
                .containsExactly(tuple("KP", EntryCountry.BIRTH), tuple("KP", EntryCountry.NATIONALITY));
        assertThat(kang.identifiers()).containsExactly(Identifier.of(IdentifierScheme.OFAC_ID, "7001"),
                new Identifier(IdentifierScheme.PASSPORT, "745120331", "KP", null));
        assertThat(kang.names()).containsExactly(new EntryName("KANG, Myong Chol", NameKind.PRIMARY),
                new EntryName("KANG, Myo'ng-ch'o'l", NameKind.ALIAS));
        assertThat(kang.remarks()).contains("Fictional test entry");
    }

    @Test
    void mergesAliasesAndAddressesFromTheFilesBesideIt() {
        Path sdn = sdn();
        Fixtures.copy("alt-small.csv", folder, "alt.csv");
        Fixtures.copy("add-small.csv", folder, "add.csv");
        ListSnapshot snapshot = OfacLegacyCsvReader.read(folder);
        assertThat(snapshot.files()).extracting(file -> file.name()).containsExactly("sdn.csv", "alt.csv", "add.csv");
        assertThat(snapshot.sha256()).isNotEqualTo(OfacLegacyCsvReader.read(sdn, null, null).sha256());

        ListEntry company = entry(snapshot, "7002");
        // "TMEC" is in the remarks and in alt.csv: kept once.
        assertThat(company.names()).containsExactly(new EntryName("TAEDONG MINERAL EXPORT CORPORATION", NameKind.PRIMARY),
                new EntryName("TMEC", NameKind.ALIAS), new EntryName("TAEDONG TRADING", NameKind.FORMER),
                new EntryName("TAEDONG MINING TRADE", NameKind.FORMER));
        assertThat(company.addresses()).containsExactly("Pothonggang District, Pyongyang, Korea, North (Head office)");
        assertThat(company.countries()).extracting(EntryCountry::code).containsExactly("KP");
        assertThat(entry(snapshot, "7001").names()).extracting(EntryName::text).contains("KANG, Myong-chol");
        assertThat(entry(snapshot, "7001").addresses()).containsExactly("Pyongyang, Korea, North");
    }

    @Test
    void readsVesselDetailsAndTheImoNumberFromTheRemarks() {
        ListEntry vessel = entry(OfacLegacyCsvReader.read(sdn()), "7003");
        assertThat(vessel.identifiers()).contains(Identifier.of(IdentifierScheme.IMO, "9012345"),
                Identifier.of(IdentifierScheme.MMSI, "445123000"), Identifier.of("call_sign", "HMYR7"));
        assertThat(vessel.countries()).extracting(EntryCountry::code, EntryCountry::role).containsExactly(tuple("KP", EntryCountry.FLAG));
        assertThat(vessel.remarks()).contains("Vessel type: Bulk Carrier", "Tonnage: 4,102", "Owner: Taedong Mineral Export Corporation");
    }

    @Test
    void readsApproximateAndRangeBirthDatesAndCitizenship() {
        ListEntry hamid = entry(OfacLegacyCsvReader.read(sdn()), "7004");
        assertThat(hamid.birthDates()).containsExactly(BirthDate.circa(PartialDate.ofYear(1971)),
                new BirthDate(PartialDate.ofYear(1970), PartialDate.ofYear(1972), false));
        assertThat(hamid.countries()).extracting(EntryCountry::code, EntryCountry::role).containsExactly(tuple("JO", EntryCountry.CITIZENSHIP));
    }

    @Test
    void birthDateForms() {
        assertThat(OfacLegacyCsvReader.birthDate("Jan 1960")).contains(BirthDate.exact(new PartialDate(1960, 1, 0)));
        assertThat(OfacLegacyCsvReader.birthDate("01 Jan 1960 to 31 Dec 1962")).contains(
                new BirthDate(new PartialDate(1960, 1, 1), new PartialDate(1962, 12, 31), false));
        assertThat(OfacLegacyCsvReader.birthDate("circa 01 Feb 1950")).contains(BirthDate.circa(new PartialDate(1950, 2, 1)));
        assertThat(OfacLegacyCsvReader.birthDate("31 Feb 1950")).isEmpty();
        assertThat(OfacLegacyCsvReader.birthDate("sometime")).isEmpty();
        assertThat(OfacLegacyCsvReader.birthDate("1962 to 1960")).isEmpty();
    }

    @Test
    void aFileCutInsideAQuotedFieldIsRefusedWithItsLine() throws IOException {
        String text = Files.readString(sdn(), java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.writeString(folder.resolve("sdn.csv"), text.substring(0, text.indexOf("Vessel Registration")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> OfacLegacyCsvReader.read(folder.resolve("sdn.csv")))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
                    assertThat(failure.position()).get().satisfies(position -> {
                        assertThat(position.line()).isEqualTo(3);
                        assertThat(position.field()).isEqualTo("column 12");
                    });
                    assertThat(failure.getMessage()).contains("truncated");
                });
    }

    @Test
    void aRowWithTooFewColumnsNamesItsLine() throws IOException {
        Files.writeString(folder.resolve("sdn.csv"), "8001,\"GOOD CO\",-0- ,\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "8002,\"CUT CO\",-0- ,\"DPRK\"\r\n");
        assertThatThrownBy(() -> OfacLegacyCsvReader.read(folder.resolve("sdn.csv")))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
                    assertThat(failure.getMessage()).contains(":2 ").contains("expected 12 columns, found 4");
                });
    }

    @Test
    void anAliasForAnUnknownEntityMeansTheFilesDoNotBelongTogether() throws IOException {
        sdn();
        Files.writeString(folder.resolve("alt.csv"), "7001,1,\"aka\",\"X\",-0- \r\n9999,2,\"aka\",\"Y\",-0- \r\n");
        assertThatThrownBy(() -> OfacLegacyCsvReader.read(folder))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
                    assertThat(failure.position()).get().satisfies(position -> {
                        assertThat(position.file()).endsWith("alt.csv");
                        assertThat(position.line()).isEqualTo(2);
                        assertThat(position.field()).isEqualTo("ent_num");
                    });
                });
    }

    @Test
    void aNonNumericEntityNumberAndAMissingNameAreRefused() throws IOException {
        Files.writeString(folder.resolve("sdn.csv"), "ent_num,SDN_Name,a,b,c,d,e,f,g,h,i,j\r\n");
        assertThatThrownBy(() -> OfacLegacyCsvReader.read(folder.resolve("sdn.csv")))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_VALUE));
        Files.writeString(folder.resolve("sdn.csv"), "8001,-0- ,-0- ,\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        assertThatThrownBy(() -> OfacLegacyCsvReader.read(folder.resolve("sdn.csv")))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> assertThat(failure.position()).get()
                        .extracting(p -> p.field()).isEqualTo("SDN_Name"));
    }

    @Test
    void aFolderWithoutSdnCsvIsNotFound() {
        assertThatThrownBy(() -> OfacLegacyCsvReader.read(folder))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> assertThat(failure.code()).isEqualTo(ErrorCode.FILE_NOT_FOUND));
    }

    @Test
    void remarkItemsSplitOnSemicolons() {
        assertThat(OfacLegacyCsvReader.remarkItems("DOB 1940; a.k.a. 'X, Y'; Linked To: Z.")).containsExactly("DOB 1940",
                "a.k.a. 'X, Y'", "Linked To: Z");
    }

    @Test
    void readsTheRealSdnFilesOfJuly2021() {
        ListSnapshot snapshot = OfacLegacyCsvReader.read(SharedFiles.ofacFolder());
        assertThat(snapshot.files()).hasSize(3);
        assertThat(snapshot.entries().size()).isEqualTo(8976);
        assertThat(snapshot.entries().stream().filter(entry -> entry.schema().equals("Vessel")).count()).isEqualTo(406);
        ListEntry chongChonGang = entry(snapshot, "17069");
        assertThat(chongChonGang.identifiers()).contains(Identifier.of(IdentifierScheme.IMO, "7937317"));
        ListEntry komid = entry(snapshot, "9345");
        assertThat(komid.programs()).containsExactly("NPWMD", "DPRK2");
        assertThat(komid.names()).extracting(EntryName::text).contains("KOMID");
        long aliases = snapshot.entries().stream().mapToLong(entry -> entry.names().size() - 1).sum();
        assertThat(aliases).isGreaterThan(11_000);
        List<String> unknownCountries = snapshot.entries().stream().flatMap(entry -> entry.countries().stream())
                .filter(country -> country.code() == null).map(EntryCountry::text).distinct().sorted().toList();
        assertThat(unknownCountries).containsExactlyInAnyOrder("None Identified", "Region: Kafia Kingi", "undetermined");
    }
}

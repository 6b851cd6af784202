package org.orewatch.lists.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.BirthDate;
import org.orewatch.lists.EntryCountry;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.NameKind;

class EntryJsonTest {

    @TempDir
    Path folder;

    @Test
    void everyFixtureEntryReadsBackEqual() {
        List<ListEntry> entries = new ArrayList<>();
        entries.addAll(UnConsolidatedXmlReader.read(Fixtures.copy("un-small.xml", folder, "un.xml")).entries());
        entries.addAll(OfacLegacyCsvReader.read(Fixtures.copy("sdn-small.csv", folder, "sdn.csv")).entries());
        entries.addAll(FtmJsonLinesReader.read(Fixtures.copy("opensanctions-small.ftm.jsonl", folder, "os.jsonl")).entries());
        for (ListEntry entry : entries) {
            assertThat(EntryJson.read(EntryJson.write(entry))).isEqualTo(entry);
        }
    }

    @RepeatedTest(20)
    void randomEntriesReadBackEqualAndHashByContent() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        ListEntry entry = randomEntry(random);
        String description = "seed " + seed;
        assertThat(EntryJson.read(EntryJson.write(entry))).as(description).isEqualTo(entry);
        assertThat(EntryJson.contentHash(EntryJson.read(EntryJson.write(entry)))).as(description).isEqualTo(EntryJson.contentHash(entry));
        ListEntry other = new ListEntry(entry.key(), entry.schema(), entry.name() + "x", entry.names(), entry.birthDates(),
                entry.birthPlaces(), entry.countries(), entry.identifiers(), entry.addresses(), entry.programs(), entry.listedOn(),
                entry.remarks());
        assertThat(EntryJson.contentHash(other)).as(description).isNotEqualTo(EntryJson.contentHash(entry));
    }

    static ListEntry randomEntry(SplittableRandom random) {
        List<EntryName> names = new ArrayList<>();
        String name = word(random) + " " + word(random);
        names.add(new EntryName(name, NameKind.PRIMARY));
        for (int i = random.nextInt(4); i > 0; i--) {
            names.add(new EntryName(word(random) + " \"" + word(random) + "\" 한국 " + i, NameKind.values()[random.nextInt(NameKind.values().length)]));
        }
        List<BirthDate> births = new ArrayList<>();
        if (random.nextBoolean()) {
            PartialDate from = new PartialDate(1900 + random.nextInt(100), random.nextInt(13), 0);
            births.add(new BirthDate(from, random.nextBoolean() ? from : PartialDate.ofYear(from.year() + 1 + random.nextInt(3)),
                    random.nextBoolean()));
        }
        List<EntryCountry> countries = random.nextBoolean() ? List.of(new EntryCountry("KP", "Korea, North", EntryCountry.NATIONALITY))
                : List.of(new EntryCountry(null, "Region: " + word(random), EntryCountry.RESIDENCE));
        List<Identifier> identifiers = random.nextBoolean() ? List.of(new Identifier("passport", "P" + random.nextInt(1_000_000), null, null))
                : List.of(new Identifier("imo", String.valueOf(9_000_000 + random.nextInt(999_999)), "KP", "note; with ' quote"));
        return new ListEntry("k" + random.nextInt(10_000), random.nextBoolean() ? "Person" : "LegalEntity", name, names, births,
                random.nextBoolean() ? List.of() : List.of(word(random)), countries, identifiers, List.of(word(random) + ", " + word(random)),
                List.of("DPRK"), random.nextBoolean() ? null : LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1),
                random.nextBoolean() ? null : "remark \\ with \n newline");
    }

    private static String word(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        for (int i = 2 + random.nextInt(6); i > 0; i--) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}

package org.orewatch.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.orewatch.lists.SourceFile;

/** Lists of made-up entries for store tests: entry i is the same in every snapshot unless changed. */
final class SyntheticLists {

    private SyntheticLists() {
    }

    static ListEntry entry(int i, String suffix) {
        boolean person = i % 3 != 0;
        String name = (person ? "PERSON " : "COMPANY ") + i + suffix;
        return new ListEntry("T" + i, person ? "Person" : "LegalEntity", name,
                List.of(new EntryName(name, NameKind.PRIMARY), new EntryName("ALIAS " + i + suffix, NameKind.ALIAS)),
                person ? List.of(BirthDate.exact(new PartialDate(1950 + i % 40, 1 + i % 12, 1 + i % 28))) : List.of(),
                List.of(), List.of(new EntryCountry("KP", "Korea, North", EntryCountry.NATIONALITY)),
                List.of(Identifier.of(IdentifierScheme.UN_REFERENCE, "T." + i)), List.of("Pyongyang"), List.of("TEST"),
                LocalDate.of(2020, 1, 1), "entry " + i + suffix);
    }

    /** Entries 0 .. count-1; {@code suffix} appended to the names of entries in [changedFrom, changedTo). */
    static ListSnapshot snapshot(String list, int count, String hash, int changedFrom, int changedTo, String suffix) {
        List<ListEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(entry(i, i >= changedFrom && i < changedTo ? suffix : ""));
        }
        return new ListSnapshot(list, ListFormat.UN_XML, LocalDate.of(2026, 2, 27),
                List.of(new SourceFile(list + ".xml", hash.repeat(64 / hash.length()), 1000L * count)), entries);
    }

    static ListSnapshot snapshot(String list, int count, String hash) {
        return snapshot(list, count, hash, 0, 0, "");
    }
}

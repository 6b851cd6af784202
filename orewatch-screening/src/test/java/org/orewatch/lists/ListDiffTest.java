package org.orewatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListDiffTest {

    private static ListEntry entry(String key, String name, List<EntryName> names, List<String> programs) {
        return new ListEntry(key, "Person", name, names, List.of(), List.of(), List.of(), List.of(), List.of(), programs,
                LocalDate.of(2016, 3, 2), null);
    }

    @Test
    void findsAddedRemovedAndChangedEntriesFieldByField() {
        ListEntry kept = entry("KPi.1", "RI CHOL", List.of(new EntryName("RI CHOL", NameKind.PRIMARY)), List.of("DPRK"));
        ListEntry dropped = entry("KPi.2", "KIM YONG", List.of(new EntryName("KIM YONG", NameKind.PRIMARY)), List.of("DPRK"));
        ListEntry before = entry("KPi.3", "PAK SONG", List.of(new EntryName("PAK SONG", NameKind.PRIMARY),
                new EntryName("Pak Song-il", NameKind.ALIAS)), List.of("DPRK"));
        ListEntry after = entry("KPi.3", "PAK SONG IL", List.of(new EntryName("PAK SONG IL", NameKind.PRIMARY),
                new EntryName("Pak Song-il", NameKind.ALIAS), new EntryName("Pak Songil", NameKind.WEAK_ALIAS)), List.of("DPRK", "NPWMD"));
        ListEntry fresh = entry("KPi.4", "JON IL", List.of(new EntryName("JON IL", NameKind.PRIMARY)), List.of("DPRK"));

        ListDiff diff = ListDiff.between(List.of(kept, dropped, before), List.of(kept, after, fresh));

        assertThat(diff.added()).containsExactly(fresh);
        assertThat(diff.removed()).containsExactly(dropped);
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo("KPi.3");
            assertThat(change.name()).isEqualTo("PAK SONG IL");
            assertThat(change.fields()).containsExactly(
                    new ListDiff.FieldChange("name", List.of("PAK SONG"), List.of("PAK SONG IL")),
                    new ListDiff.FieldChange("names", List.of("PAK SONG (primary)"),
                            List.of("PAK SONG IL (primary)", "Pak Songil (weak_alias)")),
                    new ListDiff.FieldChange("programs", List.of(), List.of("NPWMD")));
        });
    }

    @Test
    void identicalVersionsHaveAnEmptyDiff() {
        ListEntry one = entry("1", "A", List.of(new EntryName("A", NameKind.PRIMARY)), List.of());
        ListDiff diff = ListDiff.between(List.of(one), List.of(one));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.unchanged()).isEqualTo(1);
    }

    @Test
    void aReorderingIsReportedNotHidden() {
        ListEntry before = entry("1", "A", List.of(new EntryName("A", NameKind.PRIMARY)), List.of("X", "Y"));
        ListEntry after = entry("1", "A", List.of(new EntryName("A", NameKind.PRIMARY)), List.of("Y", "X"));
        assertThat(ListDiff.between(List.of(before), List.of(after)).changed()).singleElement()
                .satisfies(change -> assertThat(change.fields()).extracting(ListDiff.FieldChange::field).containsExactly("programs (order)"));
    }
}

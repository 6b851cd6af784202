package org.orewatch.screening;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListVersion;

/**
 * A list version with its entries, as screening sees it; for the knowledge graph, also the
 * forced-labour evidence of each entry, by entry key.
 */
public record ScreenedList(ListVersion version, List<ListEntry> entries, Map<String, KbEvidence> evidence) {

    public ScreenedList {
        Objects.requireNonNull(version, "version");
        entries = List.copyOf(entries);
        evidence = Map.copyOf(evidence);
    }

    public static ScreenedList of(ListVersion version, List<ListEntry> entries) {
        return new ScreenedList(version, entries, Map.of());
    }
}

package org.orewatch.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored version of a list: what an auditor needs to say which list said what. Which list,
 * from which format and files (with their SHA-256), published when (null when the files do not
 * say), imported when, how many entries and names, and whether it is the list's current version.
 *
 * @param id the version's number, unique across all lists and increasing with each import; the
 *     knowledge graph, screened as it is rather than stored, has id 0
 */
public record ListVersion(long id, String listName, ListFormat format, List<SourceFile> files, String sha256,
        LocalDate published, Instant importedAt, int entries, int names, int persons, int organizations, int vessels,
        boolean current) {

    public ListVersion {
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
    }

    /** "sdn.csv, alt.csv, add.csv". */
    public String source() {
        return String.join(", ", files.stream().map(SourceFile::name).toList());
    }

    /** "un-sc-consolidated v3 (2026-02-27)". */
    public String label() {
        return listName + " v" + id + (published == null ? "" : " (" + published + ")");
    }
}

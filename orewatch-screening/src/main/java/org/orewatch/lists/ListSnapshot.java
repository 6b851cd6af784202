package org.orewatch.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A list as read from its files, before it is stored as a version: which list, from what
 * format and files, published when (null when the files do not say), and its entries.
 */
public record ListSnapshot(String listName, ListFormat format, LocalDate published, List<SourceFile> files,
        List<ListEntry> entries) {

    public ListSnapshot {
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        entries = List.copyOf(entries);
    }

    public ListSnapshot withListName(String name) {
        return new ListSnapshot(name, format, published, files, entries);
    }

    public ListSnapshot withPublished(LocalDate date) {
        return new ListSnapshot(listName, format, date, files, entries);
    }

    /** The file's SHA-256 for a single file; for several, the SHA-256 of their hashes in order. */
    public String sha256() {
        if (files.size() == 1) {
            return files.get(0).sha256();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFile file : files) {
                digest.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** "sdn.csv, alt.csv, add.csv". */
    public String sourceDescription() {
        return String.join(", ", files.stream().map(SourceFile::name).toList());
    }
}

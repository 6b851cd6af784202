package org.orewatch.lists;

/** A file a list version was read from: its name, SHA-256 and size, so an auditor can match it to a download. */
public record SourceFile(String name, String sha256, long bytes) {
}

package org.orewatch.lists;

import java.util.Objects;

/** One written form of a listed entry's name and what kind of form it is. */
public record EntryName(String text, NameKind kind) {

    public EntryName {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}

package org.orewatch.kb;

import java.util.Map;
import java.util.Optional;
import org.orewatch.core.SourcePosition;

/**
 * Where a fact comes from: a source entity and a locator inside it (chapter, table, row, footnote
 * ...), optionally {@code via} the work the source took it from. Locator keys keep the order in
 * which they were written.
 */
public record Citation(String source, String via, Map<String, String> locator, SourcePosition position) {

    /** The locator keys a citation may use, in the order they are printed. */
    public static final java.util.List<String> LOCATOR_KEYS = java.util.List.of(
            "chapter", "section", "table", "chart", "graph", "image", "row", "column",
            "footnote", "page", "paragraph", "article", "note");

    public Citation {
        locator = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(locator));
    }

    public Optional<String> viaSource() {
        return Optional.ofNullable(via);
    }

    public Optional<String> locate(String key) {
        return Optional.ofNullable(locator.get(key));
    }
}

package org.orewatch.kb.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.orewatch.kb.Citation;
import org.orewatch.kb.KnowledgeGraph;

/** Renders a citation the way a reader would write it in a case file. */
public final class CitationText {

    private CitationText() {
    }

    /** "Gulag, Inc. (HRNK 2016), table 4, row Copper, column 1990, via USGS Minerals Yearbook". */
    public static String format(KnowledgeGraph graph, Citation citation) {
        List<String> parts = new ArrayList<>();
        parts.add(graph.nameOf(citation.source()));
        for (Map.Entry<String, String> entry : citation.locator().entrySet()) {
            parts.add(locator(entry.getKey(), entry.getValue()));
        }
        String text = String.join(", ", parts);
        return citation.via() == null ? text : text + ", via " + graph.nameOf(citation.via());
    }

    private static String locator(String key, String value) {
        return switch (key) {
            case "note" -> value;
            case "paragraph" -> "par. " + value;
            case "page" -> "p. " + value;
            case "footnote" -> "footnote " + value;
            case "article" -> "art. " + value;
            case "section" -> value.matches("[0-9A-Za-z.]+") ? "section " + value : value.replace('-', ' ');
            default -> key + " " + value;
        };
    }
}

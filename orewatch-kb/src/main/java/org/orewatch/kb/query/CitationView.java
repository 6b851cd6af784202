package org.orewatch.kb.query;

import java.util.Map;
import org.orewatch.kb.Citation;
import org.orewatch.kb.KnowledgeGraph;

/** A citation with its source's name and the formatted reference. */
public record CitationView(String source, String sourceName, String via, String viaName, Map<String, String> locator,
        String text) {

    public static CitationView of(KnowledgeGraph graph, Citation citation) {
        return new CitationView(citation.source(), graph.nameOf(citation.source()), citation.via(),
                citation.via() == null ? null : graph.nameOf(citation.via()), citation.locator(),
                CitationText.format(graph, citation));
    }
}

package org.orewatch.kb.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;

/**
 * Turns what a user typed ("mine/musan", "Aoji", "Kŏmdŏk") into one entity: an exact id first,
 * then a name or variant that matches exactly once ignoring case, spacing and diacritics, then
 * the one entity whose display name it is, then the best search hit.
 */
public final class EntityResolver {

    /** Below this a search hit is a guess, not an answer: the user is shown candidates instead. */
    static final double MINIMUM_SCORE = 0.5;

    private final KnowledgeGraph graph;
    private final Map<String, List<Entity>> byExactName = new HashMap<>();
    /** Built on first use: an exact id or name, the common case, needs no search index. */
    private final Supplier<KbSearch> search;
    private KbSearch built;

    private EntityResolver(KnowledgeGraph graph, Supplier<KbSearch> search) {
        this.graph = graph;
        this.search = search;
        for (Entity entity : graph.entities()) {
            for (String name : entity.allNames()) {
                List<Entity> entities = byExactName.computeIfAbsent(fold(name), k -> new ArrayList<>());
                if (!entities.contains(entity)) {
                    entities.add(entity);
                }
            }
        }
    }

    public static EntityResolver of(KnowledgeGraph graph) {
        return new EntityResolver(graph, () -> KbSearch.of(graph));
    }

    public static EntityResolver of(KnowledgeGraph graph, KbSearch search) {
        return new EntityResolver(graph, () -> search);
    }

    private synchronized KbSearch search() {
        if (built == null) {
            built = search.get();
        }
        return built;
    }

    /** What a query resolved to, and the other entities it could have meant (empty when it was unambiguous). */
    public record Resolution(Entity entity, List<KbSearch.Hit> alternatives) {
    }

    public Entity resolve(String idOrName) {
        return resolveWithAlternatives(idOrName).entity();
    }

    public Resolution resolveWithAlternatives(String idOrName) {
        String query = idOrName.trim();
        if (query.isEmpty()) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "give an entity id or name");
        }
        var byId = graph.entity(query);
        if (byId.isPresent()) {
            return new Resolution(byId.get(), List.of());
        }
        List<Entity> exact = byExactName.getOrDefault(fold(query), List.of());
        if (exact.size() == 1) {
            return new Resolution(exact.get(0), List.of());
        }
        List<Entity> byDisplayName = exact.stream().filter(entity -> fold(entity.name()).equals(fold(query))).toList();
        List<KbSearch.Hit> hits = search().search(query, null, 6);
        if (byDisplayName.size() == 1) {
            Entity chosen = byDisplayName.get(0);
            return new Resolution(chosen, hits.stream().filter(hit -> !hit.id().equals(chosen.id())).limit(5).toList());
        }
        if (!hits.isEmpty() && hits.get(0).score() >= MINIMUM_SCORE) {
            Entity chosen = graph.entity(hits.get(0).id()).orElseThrow();
            return new Resolution(chosen, hits.subList(1, hits.size()));
        }
        String suggestions = hits.isEmpty() ? "" : "; closest: " + String.join(", ",
                hits.stream().limit(3).map(hit -> hit.id() + " (" + hit.name() + ")").toList());
        throw new OrewatchException(ErrorCode.NOT_FOUND, "nothing in the knowledge base is called '" + query + "'"
                + suggestions + "; try 'orewatch kb search " + query + "'");
    }

    /** Lower case, no diacritics, words of letters and digits separated by single spaces. */
    static String spaced(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                folded.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && !space) {
                folded.append(' ');
                space = true;
            }
        }
        return folded.toString().trim();
    }

    /** Lower case, no diacritics, letters and digits only: "Kŏmdŏk Mine" and "KOMDOK-MINE" fold alike. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                folded.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}

package org.orewatch.kb.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Schema;
import org.orewatch.kb.Statement;
import org.orewatch.names.NameHit;
import org.orewatch.names.NameIndex;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;

/**
 * Ranked search over the knowledge graph. Three kinds of evidence:
 * <ul>
 *   <li>names: every name and variant of every entity in a {@link NameIndex}, so a query in
 *       another romanisation or script finds the entity (Komdok finds Geomdeok);</li>
 *   <li>name words: the query's words found among the words of a long name ("Table 4" in
 *       "Table 4: Estimated Production Levels ..."), which a whole-name match scores low;</li>
 *   <li>text: the words of descriptions and of statements (subject, property, value,
 *       qualifiers, notes), so "coal production 1998" finds the entity that holds that figure.</li>
 * </ul>
 * An entity scores the best of the three, name words and text discounted, so a full name match
 * ranks above a partial one and both above a passing mention.
 */
public final class KbSearch {

    /** One result: the entity, its score in [0, 1], and what matched. */
    public record Hit(String id, String name, String type, double score, String matched, String matchKind) {
    }

    /** Partial name matches and text matches rank below equally good whole-name matches. */
    private static final double NAME_WORDS_WEIGHT = 0.95;
    private static final double TEXT_WEIGHT = 0.85;
    private static final int NAME_CANDIDATES = 64;

    private final KnowledgeGraph graph;
    private final List<Entity> entities;
    private final NameIndex names;
    private final Map<Integer, String> nameOf = new HashMap<>();
    private final WordIndex nameWords;
    private final WordIndex text;

    private KbSearch(KnowledgeGraph graph) {
        this.graph = graph;
        this.entities = List.copyOf(graph.entities());
        this.names = new NameIndex(NameMatcher.defaults());
        int nameId = 0;
        for (int entityIndex = 0; entityIndex < entities.size(); entityIndex++) {
            Entity entity = entities.get(entityIndex);
            NameType type = nameType(graph.schema(), entity.type());
            for (String name : entity.allNames()) {
                // Ids encode the entity in the high bits and the variant in the low bits.
                int id = entityIndex << 8 | Math.min(nameId++ & 0xff, 0xff);
                nameOf.put(id, name);
                names.add(id, name, type);
            }
            nameId = 0;
        }
        this.nameWords = WordIndex.ofNames(entities);
        this.text = WordIndex.ofStatements(graph, entities);
    }

    public static KbSearch of(KnowledgeGraph graph) {
        return new KbSearch(graph);
    }

    /** How the names module should treat an entity's names: as a person's, an organisation's, a place's. */
    static NameType nameType(Schema schema, String type) {
        if (schema.isA(type, "person")) {
            return NameType.PERSON;
        }
        if (schema.isA(type, "organization")) {
            return NameType.ORGANIZATION;
        }
        if (schema.isA(type, "place")) {
            return NameType.PLACE;
        }
        return NameType.OTHER;
    }

    /**
     * The best {@code limit} entities for {@code query}, optionally only of {@code type} (or its
     * subtypes), best first; ties broken by id so results are stable.
     */
    public List<Hit> search(String query, String type, int limit) {
        Map<Integer, Hit> best = new LinkedHashMap<>();
        for (NameHit hit : names.search(query, null, NAME_CANDIDATES)) {
            int entityIndex = hit.id() >>> 8;
            Entity entity = entities.get(entityIndex);
            if (type != null && !graph.schema().isA(entity.type(), type)) {
                continue;
            }
            consider(best, entityIndex, new Hit(entity.id(), entity.name(), entity.type(), hit.result().score(),
                    hit.name(), "name"));
        }
        addWordHits(best, nameWords.search(query, NAME_CANDIDATES), type, NAME_WORDS_WEIGHT, "name");
        addWordHits(best, text.search(query, NAME_CANDIDATES), type, TEXT_WEIGHT, "text");
        List<Hit> ranked = new ArrayList<>(best.values());
        // Equal scores: the entity whose display name is the query itself first ("coal" is the
        // resource Coal before "Coal (energy)"), then the shorter name, then the id.
        String folded = EntityResolver.fold(query);
        ranked.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(hit -> !EntityResolver.fold(hit.name()).equals(folded))
                .thenComparingInt(hit -> hit.name().length())
                .thenComparing(Hit::id));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private void addWordHits(Map<Integer, Hit> best, List<WordIndex.TextHit> hits, String type, double weight, String kind) {
        for (WordIndex.TextHit hit : hits) {
            Entity entity = entities.get(hit.entityIndex());
            if (type == null || graph.schema().isA(entity.type(), type)) {
                consider(best, hit.entityIndex(), new Hit(entity.id(), entity.name(), entity.type(),
                        hit.score() * weight, hit.matched(), kind));
            }
        }
    }

    private static void consider(Map<Integer, Hit> best, int entityIndex, Hit hit) {
        Hit current = best.get(entityIndex);
        if (current == null || hit.score() > current.score()) {
            best.put(entityIndex, hit);
        }
    }

    /** Words of short documents (names, or descriptions and statements) with inverse document frequency weights. */
    static final class WordIndex {

        record TextHit(int entityIndex, double score, String matched) {
        }

        private record Document(int entityIndex, String text, Set<String> words) {
        }

        private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
                "is", "it", "of", "on", "or", "the", "to", "was", "were", "with", "what", "which", "who", "how",
                "many", "much", "did", "does", "do", "its", "their", "there");

        private final List<Document> documents = new ArrayList<>();
        private final Map<String, List<Integer>> postings = new HashMap<>();

        static WordIndex ofNames(List<Entity> entities) {
            WordIndex index = new WordIndex();
            for (int entityIndex = 0; entityIndex < entities.size(); entityIndex++) {
                for (String name : entities.get(entityIndex).allNames()) {
                    index.add(entityIndex, name);
                }
            }
            return index;
        }

        static WordIndex ofStatements(KnowledgeGraph graph, List<Entity> entities) {
            WordIndex index = new WordIndex();
            index.addStatements(graph, entities);
            return index;
        }

        private void addStatements(KnowledgeGraph graph, List<Entity> entities) {
            for (int entityIndex = 0; entityIndex < entities.size(); entityIndex++) {
                Entity entity = entities.get(entityIndex);
                if (entity.description() != null) {
                    add(entityIndex, entity.name() + ": " + entity.description());
                }
                for (Statement statement : entity.statements()) {
                    // The subject's name belongs to the statement: "coal production 1998" must match
                    // Coal's "production: 18,600 kt (1998)".
                    StringBuilder line = new StringBuilder(entity.name()).append(" — ")
                            .append(StatementView.of(graph, statement, false).display());
                    if (statement.note() != null) {
                        line.append(" (").append(statement.note()).append(')');
                    }
                    // Footnotes, tables and paragraphs are searchable ("footnote 37", "par. 1078").
                    for (var citation : statement.citations()) {
                        citation.locator().forEach((key, locator) -> {
                            switch (key) {
                                case "footnote" -> line.append(" footnote fn ").append(locator);
                                case "paragraph" -> line.append(" paragraph par ").append(locator);
                                case "article" -> line.append(" article art ").append(locator);
                                case "table" -> line.append(" table ").append(locator);
                                default -> { }
                            }
                        });
                    }
                    add(entityIndex, line.toString());
                }
            }
        }

        private void add(int entityIndex, String text) {
            Set<String> words = words(text);
            if (words.isEmpty()) {
                return;
            }
            int documentIndex = documents.size();
            documents.add(new Document(entityIndex, text, words));
            for (String word : words) {
                postings.computeIfAbsent(word, k -> new ArrayList<>()).add(documentIndex);
            }
        }

        static Set<String> words(String text) {
            Set<String> words = new HashSet<>();
            for (String token : EntityResolver.spaced(text).split(" ")) {
                if (token.isEmpty() || STOP_WORDS.contains(token)) {
                    continue;
                }
                words.add(stem(token));
            }
            return words;
        }

        /** A light plural stemmer: "mines" and "mine", "reserves" and "reserve" meet. */
        private static String stem(String word) {
            if (word.length() > 4 && word.endsWith("ies")) {
                return word.substring(0, word.length() - 3) + "y";
            }
            if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
                return word.substring(0, word.length() - 1);
            }
            return word;
        }

        List<TextHit> search(String query, int limit) {
            Set<String> queryWords = words(query);
            if (queryWords.isEmpty()) {
                return List.of();
            }
            double total = 0;
            Map<String, Double> weight = new HashMap<>();
            for (String word : queryWords) {
                double idf = Math.log(1.0 + documents.size() / (1.0 + postings.getOrDefault(word, List.of()).size()));
                weight.put(word, idf);
                total += idf;
            }
            Map<Integer, Double> scores = new HashMap<>();
            for (String word : queryWords) {
                for (int document : postings.getOrDefault(word, List.of())) {
                    scores.merge(document, weight.get(word), Double::sum);
                }
            }
            final double norm = total;
            Map<Integer, TextHit> bestByEntity = new HashMap<>();
            scores.forEach((documentIndex, score) -> {
                Document document = documents.get(documentIndex);
                // Share of the query's weight that the statement covers, lightly favouring short statements.
                double coverage = score / norm;
                double brevity = 1.0 / (1.0 + document.words().size() / 40.0);
                double value = coverage * (0.9 + 0.1 * brevity);
                TextHit current = bestByEntity.get(document.entityIndex());
                if (current == null || value > current.score()) {
                    bestByEntity.put(document.entityIndex(), new TextHit(document.entityIndex(), value, document.text()));
                }
            });
            List<TextHit> ranked = new ArrayList<>(bestByEntity.values());
            ranked.sort(Comparator.comparingDouble(TextHit::score).reversed().thenComparingInt(TextHit::entityIndex));
            return ranked.subList(0, Math.min(limit, ranked.size()));
        }
    }
}

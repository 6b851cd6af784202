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
    private final WordIndex words;

    private KbSearch(KnowledgeGraph graph) {
        this.graph = graph;
        this.entities = List.copyOf(graph.entities());
        this.names = new NameIndex(NameMatcher.defaults());
        List<Integer> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<NameType> types = new ArrayList<>();
        int nameId = 0;
        for (int entityIndex = 0; entityIndex < entities.size(); entityIndex++) {
            Entity entity = entities.get(entityIndex);
            NameType type = nameType(graph.schema(), entity.type());
            for (String name : entity.allNames()) {
                // Ids encode the entity in the high bits and the variant in the low bits.
                int id = entityIndex << 8 | Math.min(nameId++ & 0xff, 0xff);
                nameOf.put(id, name);
                ids.add(id);
                texts.add(name);
                types.add(type);
            }
            nameId = 0;
        }
        names.addAll(ids.stream().mapToInt(Integer::intValue).toArray(), texts.toArray(String[]::new),
                types.toArray(NameType[]::new));
        this.words = new WordIndex(graph, entities);
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
        for (WordIndex.TextHit hit : words.search(query)) {
            Entity entity = entities.get(hit.entityIndex());
            if (type == null || graph.schema().isA(entity.type(), type)) {
                consider(best, hit.entityIndex(), new Hit(entity.id(), entity.name(), entity.type(), hit.score(),
                        hit.matched(), hit.kind()));
            }
        }
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

    private static void consider(Map<Integer, Hit> best, int entityIndex, Hit hit) {
        Hit current = best.get(entityIndex);
        if (current == null || hit.score() > current.score()) {
            best.put(entityIndex, hit);
        }
    }

    /**
     * The words of every entity's names (weight {@link #NAME_WORDS_WEIGHT}) and of its description,
     * statements and citations (weight {@link #TEXT_WEIGHT}), with inverse document frequencies.
     * An entity scores the better of two coverages of the query's weight: by its best single
     * name or statement (a focused match: "coal production 1998" in one statement), and by all its
     * documents together, slightly discounted (a question spread over a name and a statement:
     * "who operates camp 18").
     */
    static final class WordIndex {

        record TextHit(int entityIndex, double score, String matched, String kind) {
        }

        private record Document(int entityIndex, String text, Set<String> words, double weight, String kind) {
        }

        private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("(\\d)\\s*%");

        /** Spread matches count a little less than one document covering the whole query. */
        private static final double SPREAD_WEIGHT = 0.9;

        private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
                "is", "it", "of", "on", "or", "the", "to", "was", "were", "with", "what", "which", "who", "whom",
                "how", "many", "much", "did", "does", "do", "its", "their", "there", "where", "when", "why", "are",
                "be", "been", "has", "have", "had", "this", "that", "these", "those");

        /** Words that, followed by a number, name a locator: "fn 24", "footnote 24" and "note 24" are all "fn24". */
        private static final Map<String, String> LOCATOR_WORDS = Map.ofEntries(
                Map.entry("footnote", "fn"), Map.entry("fn", "fn"), Map.entry("note", "fn"),
                Map.entry("paragraph", "par"), Map.entry("par", "par"), Map.entry("para", "par"),
                Map.entry("article", "art"), Map.entry("art", "art"), Map.entry("articles", "art"),
                Map.entry("table", "table"), Map.entry("graph", "graph"), Map.entry("chart", "chart"),
                Map.entry("image", "image"));

        private final List<Document> documents = new ArrayList<>();
        private final Map<String, List<Integer>> postings = new HashMap<>();

        WordIndex(KnowledgeGraph graph, List<Entity> entities) {
            for (int entityIndex = 0; entityIndex < entities.size(); entityIndex++) {
                Entity entity = entities.get(entityIndex);
                for (String name : entity.allNames()) {
                    add(entityIndex, name, NAME_WORDS_WEIGHT, "name");
                }
                StringBuilder about = new StringBuilder(entity.name());
                if (entity.description() != null) {
                    about.append(": ").append(entity.description());
                }
                // Where the entity itself, or one of its names, is cited: "footnote 32" finds it.
                entity.citations().forEach(citation -> appendLocators(about, citation));
                entity.names().forEach(name -> name.citations().forEach(citation -> appendLocators(about, citation)));
                add(entityIndex, about.toString(), TEXT_WEIGHT, "text");
                for (Statement statement : entity.statements()) {
                    // The subject's name belongs to the statement: "coal production 1998" must match
                    // Coal's "production: 18,600 kt (1998)".
                    StringBuilder line = new StringBuilder(entity.name()).append(" — ")
                            .append(StatementView.of(graph, statement, false).display());
                    if (statement.note() != null) {
                        line.append(" (").append(statement.note()).append(')');
                    }
                    statement.citations().forEach(citation -> appendLocators(line, citation));
                    add(entityIndex, line.toString(), TEXT_WEIGHT, "text");
                }
            }
        }

        /** Footnotes, tables, paragraphs and articles are searchable ("footnote 37", "par. 1078", "art. 57"). */
        private static void appendLocators(StringBuilder line, org.orewatch.kb.Citation citation) {
            citation.locator().forEach((key, locator) -> {
                if (List.of("footnote", "paragraph", "article", "table").contains(key)) {
                    line.append(" [").append(key).append(' ').append(locator).append(']');
                }
            });
        }

        private void add(int entityIndex, String text, double weight, String kind) {
            Set<String> words = words(text);
            if (words.isEmpty()) {
                return;
            }
            int documentIndex = documents.size();
            documents.add(new Document(entityIndex, text, words, weight, kind));
            for (String word : words) {
                postings.computeIfAbsent(word, k -> new ArrayList<>()).add(documentIndex);
            }
        }

        /**
         * Lower-case words without diacritics or stop words, lightly stemmed; a locator word and the
         * number after it become one word ("fn 24" is "fn24"), so that footnote 24 is not any 24.
         */
        static Set<String> words(String text) {
            Set<String> words = new HashSet<>();
            // "77%" is a share, not any 77: it becomes the word "77pct" on both sides.
            String[] tokens = EntityResolver.spaced(PERCENT.matcher(text).replaceAll("$1pct ")).split(" ");
            for (int i = 0; i < tokens.length; i++) {
                String token = tokens[i];
                String locator = LOCATOR_WORDS.get(token);
                if (locator != null && i + 1 < tokens.length && tokens[i + 1].matches("\\d+[a-z]?")) {
                    words.add(locator + tokens[++i]);
                    continue;
                }
                if (token.isEmpty() || STOP_WORDS.contains(token)) {
                    continue;
                }
                words.add(stem(token));
            }
            return words;
        }

        /**
         * A light English stemmer for the words of questions and statements: "mines" and "mine",
         * "operates", "operated" and "operating" meet. Short words and numbers are left alone.
         */
        static String stem(String word) {
            if (word.length() <= 3 || !Character.isLetter(word.charAt(0))) {
                return word;
            }
            if (word.length() > 4 && word.endsWith("ies")) {
                return word.substring(0, word.length() - 3) + "y";
            }
            for (String suffix : new String[] {"ing", "ed", "es", "s", "e"}) {
                if (word.endsWith(suffix) && word.length() - suffix.length() >= 4 && !word.endsWith("ss")) {
                    return word.substring(0, word.length() - suffix.length());
                }
            }
            return word;
        }

        List<TextHit> search(String query) {
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
            Map<Integer, Double> byDocument = new HashMap<>();
            // entity -> word -> the best weight of a document of that entity containing the word
            Map<Integer, Map<String, Double>> byEntity = new HashMap<>();
            for (String word : queryWords) {
                for (int documentIndex : postings.getOrDefault(word, List.of())) {
                    byDocument.merge(documentIndex, weight.get(word), Double::sum);
                    Document document = documents.get(documentIndex);
                    byEntity.computeIfAbsent(document.entityIndex(), k -> new HashMap<>())
                            .merge(word, document.weight(), Math::max);
                }
            }
            Map<Integer, TextHit> best = new HashMap<>();
            for (Map.Entry<Integer, Double> entry : byDocument.entrySet()) {
                Document document = documents.get(entry.getKey());
                double coverage = entry.getValue() / total;
                // Lightly favour short documents: the statement about the figure, not a long description.
                double brevity = 1.0 / (1.0 + document.words().size() / 40.0);
                double score = document.weight() * coverage * (0.9 + 0.1 * brevity);
                keep(best, new TextHit(document.entityIndex(), score, document.text(), document.kind()));
            }
            for (Map.Entry<Integer, Map<String, Double>> entry : byEntity.entrySet()) {
                double covered = 0;
                for (Map.Entry<String, Double> word : entry.getValue().entrySet()) {
                    covered += weight.get(word.getKey()) * word.getValue();
                }
                TextHit focused = best.get(entry.getKey());
                double spread = SPREAD_WEIGHT * covered / total;
                if (focused == null || spread > focused.score()) {
                    String matched = focused == null ? "" : focused.matched();
                    best.put(entry.getKey(), new TextHit(entry.getKey(), spread, matched, "text"));
                }
            }
            List<TextHit> ranked = new ArrayList<>(best.values());
            ranked.sort(Comparator.comparingDouble(TextHit::score).reversed().thenComparingInt(TextHit::entityIndex));
            return ranked.subList(0, Math.min(NAME_CANDIDATES * 4, ranked.size()));
        }

        private static void keep(Map<Integer, TextHit> best, TextHit hit) {
            TextHit current = best.get(hit.entityIndex());
            if (current == null || hit.score() > current.score()) {
                best.put(hit.entityIndex(), hit);
            }
        }
    }
}

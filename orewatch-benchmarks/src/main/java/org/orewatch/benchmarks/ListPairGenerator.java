package org.orewatch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.Name;
import org.orewatch.kb.load.KnowledgeBaseLoader;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.NameKind;
import org.orewatch.lists.io.OfacLegacyCsvReader;
import org.orewatch.lists.io.UnConsolidatedXmlReader;

/**
 * Generates the list-derived labelled pairs ({@code names-lists-tuning.csv} and
 * {@code names-lists-heldout.csv}, see {@code names-lists.md}): a quality set the matcher's author
 * did not write, taken from the real lists and made harder with the perturbations screeners meet.
 *
 * <p>Positives: an entry's primary name against its own aliases and its name in the original
 * script (UN, OFAC); the same person on the UN and the OFAC list, linked by a passport or national
 * id (never by name); typos; another word order, a dropped middle name, an initial, another
 * transliteration; another legal form; Korean names respelt in another romanisation
 * ({@link KoreanSpelling}); DPRK counties (Open Admin Data) and the knowledge graph's places
 * written from their Hangul. Negatives: two entries of one list (different by the list's own
 * account) sharing a distinctive word, close in spelling, or drawn at random; a Korean given-name
 * syllable or a place-name syllable replaced by a different syllable.
 *
 * <p>Entries are split in two halves by a seeded hash of their key before any pair is made, so
 * no entry gives pairs to both: the tuning half may be looked at while the matcher is changed, the
 * held-out half only to report. The output is deterministic for a seed and the same input files.
 *
 * <pre>
 * java -cp orewatch-benchmarks/target/benchmarks.jar org.orewatch.benchmarks.ListPairGenerator \
 *     --un ../shared/data/sanctions/un/consolidated-2026-02-27.xml --ofac ../shared/data/sanctions/ofac-2021-07 \
 *     --counties ../shared/data/geo/kp-admin-divisions/all-county.json --kb kb --seed 20261129 \
 *     --out orewatch-benchmarks/src/main/resources/org/orewatch/benchmarks
 * </pre>
 */
public final class ListPairGenerator {

    /** Pairs of one category kept per half at most. */
    private static final int CAP = 120;
    private static final int ALIASES_PER_ENTRY = 2;

    /** One labelled pair. */
    record Labelled(String name1, String name2, String type, String category, boolean expected, String note) {
    }

    /** An entry reduced to what the pairs need. {@code group} decides the half (linked entries share it). */
    record Subject(String key, String type, boolean dprk, String primary, List<String> aliases, List<String> scripts,
            String source) {
    }

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Set<String> ORGANISATION_STOP = Set.of("the", "of", "and", "for", "de", "la", "del", "los",
            "company", "co", "corporation", "corp", "limited", "ltd", "llc", "inc", "sa", "trading", "general", "group",
            "international", "korea", "korean", "bank", "shipping", "industrial", "industry", "development", "import",
            "export", "services", "investment", "holding", "holdings", "enterprise", "enterprises", "jsc", "oao", "ooo",
            "establishment", "commercial", "technology", "energy", "petroleum", "oil", "gas", "trade", "construction",
            "engineering", "fze", "fzco", "plc", "gmbh", "pjsc", "ojsc", "cjsc", "zao", "sociedad", "anonima", "cv");
    /** Latin words on DPRK lists that are not Korean, though some parse as Korean syllables. */
    private static final Set<String> NOT_KOREAN = Set.of("korea", "korean", "general", "trading", "corporation", "company",
            "bank", "co", "ltd", "limited", "corp", "shipping", "international", "development", "of", "the", "and",
            "credit", "pine", "green", "leader", "ocean", "maritime", "management", "east", "sea", "mirae", "crew",
            "academy", "natural", "sciences", "defense", "national", "science", "second", "united", "export", "import",
            "machinery", "joint", "venture", "operation", "chemical", "chemicals", "finance", "industry", "department",
            "ministry", "atomic", "energy", "bureau", "office", "division", "central", "committee", "commission",
            "economic", "technology", "technical", "trade", "center", "centre", "insurance", "foreign", "global",
            "trust", "art", "studio", "overseas", "project", "group", "companies", "military", "workers", "party",
            "organization", "guidance", "propaganda", "agitation", "strategic", "rocket", "force", "forces", "command",
            "people", "peoples", "army", "marine", "first", "oil", "jv", "won", "kingly", "care", "pte",
            "world", "freight", "gain", "pro", "space", "aerospace", "administration", "banking", "associated",
            "equipment", "complex", "munitions", "supplies", "machine", "electronics", "hong", "kong", "kish",
            "reconnaissance", "unit", "kpa", "hesong", "tosong", "mansudae", "singwang", "ilsim", "koryo", "haeyang",
            "vessel", "ship", "cargo", "star", "glory", "honest", "wise", "rich", "light", "lucky");

    private final NameVariants variants = NameVariants.load();
    private final long seed;

    private ListPairGenerator(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--un", "--ofac", "--counties", "--kb", "--out")) {
            if (!options.containsKey(required)) {
                System.err.println("usage: ListPairGenerator --un FILE --ofac DIR --counties FILE --kb DIR --out DIR [--seed N]");
                System.exit(2);
            }
        }
        long seed = Long.parseLong(options.getOrDefault("--seed", "20261129"));
        ListPairGenerator generator = new ListPairGenerator(seed);
        List<Subject> subjects = new ArrayList<>();
        Map<String, String> group = new HashMap<>();
        List<String[]> links = generator.lists(Path.of(options.get("--un")), Path.of(options.get("--ofac")), subjects, group);
        List<Subject> places = generator.places(Path.of(options.get("--counties")), Path.of(options.get("--kb")));
        Map<String, Subject> byKey = new HashMap<>();
        subjects.forEach(s -> byKey.put(s.key(), s));
        Path out = Path.of(options.get("--out"));
        String[] names = {"names-lists-tuning.csv", "names-lists-heldout.csv"};
        for (int half = 0; half < 2; half++) {
            List<Labelled> pairs = generator.generate(half, subjects, places, links, byKey, group);
            write(out.resolve(names[half]), pairs);
            Map<String, int[]> counts = new TreeMap<>();
            for (Labelled p : pairs) {
                counts.computeIfAbsent(p.category(), c -> new int[2])[p.expected() ? 0 : 1]++;
            }
            System.out.println(names[half] + ": " + pairs.size() + " pairs");
            counts.forEach((c, n) -> System.out.printf(Locale.ROOT, "  %-32s %4d positive %4d negative%n", c, n[0], n[1]));
        }
    }

    // ------------------------------------------------------------------ sources

    /** Reads both lists into subjects; returns UN-OFAC links by passport or national id. */
    static List<String[]> lists(Path un, Path ofac, List<Subject> subjects, Map<String, String> group) {
        List<ListEntry> unEntries = UnConsolidatedXmlReader.read(un).entries();
        List<ListEntry> ofacEntries = OfacLegacyCsvReader.read(ofac).entries();
        Map<String, ListEntry> ofacByDocument = new HashMap<>();
        for (ListEntry e : ofacEntries) {
            for (Identifier id : e.identifiers()) {
                if (isDocument(id)) {
                    ofacByDocument.putIfAbsent(id.normalized(), e);
                }
            }
        }
        List<String[]> links = new ArrayList<>();
        for (ListEntry e : unEntries) {
            Subject s = subject("un:" + e.key(), e, northKorean(e), "UN");
            if (s != null) {
                subjects.add(s);
            }
            for (Identifier id : e.identifiers()) {
                ListEntry other = isDocument(id) ? ofacByDocument.get(id.normalized()) : null;
                if (other != null && e.isPerson() && other.isPerson() && s != null) {
                    group.put("ofac:" + other.key(), s.key());
                    links.add(new String[] {s.key(), "ofac:" + other.key()});
                    break;
                }
            }
        }
        for (ListEntry e : ofacEntries) {
            Subject s = subject("ofac:" + e.key(), e, northKorean(e), "OFAC");
            if (s != null) {
                subjects.add(s);
            }
        }
        return links;
    }

    /**
     * A North Korean name: the entry is tied to the DPRK (nationality, address, flag), or listed
     * under a DPRK programme with no country at all. A Chinese company under a DPRK programme is not.
     */
    private static boolean northKorean(ListEntry e) {
        boolean kp = e.countries().stream().anyMatch(c -> "KP".equals(c.code()));
        boolean program = e.programs().stream().anyMatch(p -> p.startsWith("DPRK"));
        return kp || program && e.countries().isEmpty();
    }

    private static boolean isDocument(Identifier id) {
        return (id.scheme().equals(IdentifierScheme.PASSPORT) || id.scheme().equals(IdentifierScheme.NATIONAL_ID))
                && id.normalized().length() >= 6;
    }

    private static Subject subject(String key, ListEntry e, boolean dprk, String source) {
        String type = switch (e.schema()) {
            case "Person" -> "person";
            case "Vessel" -> "vessel";
            case "Airplane" -> null;
            default -> "organization";
        };
        if (type == null) {
            return null;
        }
        List<String> aliases = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (EntryName n : e.names()) {
            if (n.kind() == NameKind.ALIAS && !n.text().equals(e.name())) {
                aliases.add(oneLine(n.text()));
            } else if (n.kind() == NameKind.ORIGINAL_SCRIPT) {
                scripts.add(oneLine(n.text()));
            }
        }
        return new Subject(key, type, dprk, oneLine(e.name()), aliases, scripts, source);
    }

    /** Line breaks and runs of spaces inside a list's name (the UN wraps long ones) as one space. */
    private static String oneLine(String name) {
        return name.replaceAll("\\s+", " ").trim();
    }

    /** DPRK counties (Open Admin Data, written in the North's style) and the knowledge graph's places with Hangul. */
    private List<Subject> places(Path counties, Path kb) throws IOException {
        List<Subject> out = new ArrayList<>();
        JsonNode root = new ObjectMapper().readTree(counties.toFile());
        for (JsonNode county : root) {
            String name = county.path("name").path("en").asText();
            out.add(new Subject("county:" + county.path("id").asText(), "place", true, name, List.of(), List.of(),
                    "Open Admin Data"));
        }
        KnowledgeGraph graph = KnowledgeBaseLoader.load(kb).requireValid();
        Set<String> placeTypes = Set.of("county", "province", "locality", "mine", "kwanliso", "kyohwaso", "region");
        for (Entity entity : graph.entities()) {
            if (!placeTypes.contains(entity.type())) {
                continue;
            }
            List<String> hangul = new ArrayList<>();
            List<String> latin = new ArrayList<>();
            for (Name n : entity.names()) {
                if (n.kind().equals("hangul") && KoreanSpelling.isHangul(n.text())) {
                    hangul.add(n.text());
                } else if (List.of("mr", "mr-ascii", "rr", "dprk", "report").contains(n.kind())) {
                    latin.add(n.text());
                }
            }
            if (!hangul.isEmpty() && !latin.isEmpty()) {
                // Hangul forms stand in the scripts slot; Latin forms as aliases.
                out.add(new Subject("kb:" + entity.id(), "place", true, latin.get(0), latin, hangul, "knowledge graph"));
            }
        }
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }

    // ------------------------------------------------------------------ generation

    private int half(String key) {
        return new SplittableRandom(seed ^ key.hashCode() * 0x9E3779B97F4A7C15L).nextInt(2);
    }

    private List<Labelled> generate(int half, List<Subject> all, List<Subject> allPlaces, List<String[]> links,
            Map<String, Subject> byKey, Map<String, String> group) {
        SplittableRandom random = new SplittableRandom(seed * 31 + half);
        List<Subject> subjects = new ArrayList<>();
        for (Subject s : all) {
            if (half(group.getOrDefault(s.key(), s.key())) == half) {
                subjects.add(s);
            }
        }
        List<Subject> places = allPlaces.stream().filter(p -> half(p.key()) == half).toList();
        Map<String, List<Labelled>> byCategory = new LinkedHashMap<>();
        aliases(subjects, random, byCategory);
        for (String[] link : links) {
            if (half(link[0]) == half) {
                crossList(byKey.get(link[0]), byKey.get(link[1]), random, byCategory);
            }
        }
        for (Subject s : subjects) {
            perturbations(s, random, byCategory);
        }
        negatives(subjects, random, byCategory);
        places(places, random, byCategory);
        List<Labelled> out = new ArrayList<>();
        for (List<Labelled> pairs : byCategory.values()) {
            List<Labelled> kept = new ArrayList<>(pairs);
            Collections.shuffle(kept, new java.util.Random(random.nextLong()));
            out.addAll(kept.subList(0, Math.min(CAP, kept.size())));
        }
        out.sort((a, b) -> a.category().compareTo(b.category()));
        return out;
    }

    private static String suite(Subject s) {
        return s.dprk() ? "kp" : "gen";
    }

    private static void add(Map<String, List<Labelled>> byCategory, Subject s, String what, String a, String b,
            boolean expected, String note) {
        if (a == null || b == null || folded(a).equals(folded(b))) {
            return;
        }
        String category = suite(s) + "-" + s.type() + "-" + what;
        byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(new Labelled(a, b, s.type(), category, expected,
                note));
    }

    private void aliases(List<Subject> subjects, SplittableRandom random, Map<String, List<Labelled>> byCategory) {
        for (Subject s : subjects) {
            List<String> aliases = new ArrayList<>(s.aliases());
            Collections.shuffle(aliases, new java.util.Random(random.nextLong()));
            for (String alias : aliases.subList(0, Math.min(ALIASES_PER_ENTRY, aliases.size()))) {
                String what;
                if (!s.type().equals("person") && isAcronym(alias)) {
                    // Two letters abbreviate too many names to be told apart by the letters alone.
                    what = alias.replace(".", "").trim().length() >= 3 && abbreviates(alias, s.primary()) ? "acronym"
                            : "acronym-other";
                } else {
                    what = related(s.primary(), alias) ? "alias" : "alias-other";
                }
                add(byCategory, s, what, s.primary(), alias, true, s.source() + " alias");
            }
            for (String script : s.scripts().subList(0, Math.min(ALIASES_PER_ENTRY, s.scripts().size()))) {
                add(byCategory, s, "script", s.primary(), script, true, s.source() + " original script");
            }
        }
    }

    private void crossList(Subject un, Subject ofac, SplittableRandom random, Map<String, List<Labelled>> byCategory) {
        add(byCategory, un, related(un.primary(), ofac.primary()) ? "crosslist" : "crosslist-other", un.primary(),
                ofac.primary(), true, "UN and OFAC entries with one passport");
        if (!ofac.aliases().isEmpty()) {
            String alias = ofac.aliases().get(random.nextInt(ofac.aliases().size()));
            add(byCategory, un, related(un.primary(), alias) ? "crosslist" : "crosslist-other", un.primary(), alias, true,
                    "UN name and OFAC alias, one passport");
        }
    }

    /**
     * Whether the letters of an acronym are, in order, the beginnings of words of the name, each
     * word used giving at least its first letter (NIORDC, KOMID = KOrea MIning Development, MODLEX).
     */
    static boolean abbreviates(String acronym, String name) {
        String letters = acronym.replace(".", "").toLowerCase(Locale.ROOT);
        return abbreviates(letters, 0, tokens(name), 0);
    }

    private static boolean abbreviates(String letters, int at, List<String> words, int word) {
        if (at == letters.length()) {
            return true;
        }
        for (int w = word; w < words.size(); w++) {
            String candidate = words.get(w);
            for (int k = 1; k <= candidate.length() && at + k <= letters.length(); k++) {
                if (!candidate.regionMatches(0, letters, at, k)) {
                    break;
                }
                if (abbreviates(letters, at + k, words, w + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAcronym(String alias) {
        String trimmed = alias.trim();
        return trimmed.matches("[A-Z]{2,7}") || trimmed.matches("([A-Z]\\.){2,7}");
    }

    /**
     * Whether an alias is a spelling of the primary name rather than another name, judged without
     * the matcher: half the words of the shorter name have a Jaro-Winkler partner of 0.85 or more
     * in the other (after any script is transliterated), or the names run together agree at 0.9.
     */
    static boolean related(String a, String b) {
        List<String> wa = distinctive(tokens(a));
        List<String> wb = distinctive(tokens(b));
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        int close = 0;
        for (String x : shorter) {
            double best = 0;
            for (String y : longer) {
                best = Math.max(best, JARO_WINKLER.apply(x, y));
            }
            close += best >= 0.85 ? 1 : 0;
        }
        return 2 * close >= shorter.size() || JARO_WINKLER.apply(String.join("", wa), String.join("", wb)) >= 0.9;
    }

    /** Words other than generic ones and numbers (Office 39 and Division 39 share only a number). */
    private static List<String> distinctive(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!ORGANISATION_STOP.contains(w) && !w.matches("[0-9]+")) {
                out.add(w);
            }
        }
        return out.isEmpty() ? words : out;
    }

    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : TO_ASCII.transliterate(name).split("[^a-z0-9]+")) {
            if (t.length() >= 2) {
                out.add(t);
            }
        }
        return out;
    }

    /** Lower case ASCII words, sorted: names equal under this are homonyms, not a negative. */
    static String folded(String name) {
        List<String> t = new ArrayList<>();
        for (String w : TO_ASCII.transliterate(name).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                t.add(w);
            }
        }
        Collections.sort(t);
        return String.join(" ", t);
    }

    private void perturbations(Subject s, SplittableRandom random, Map<String, List<Labelled>> byCategory) {
        String name = s.primary();
        add(byCategory, s, "typo", name, NameVariants.typo(name, random), true, "one typo");
        switch (s.type()) {
            case "person" -> {
                if (s.dprk()) {
                    // Another order, hyphenation or romanisation of a Korean name: see koreanPerson.
                    add(byCategory, s, "romanisation", name, koreanPerson(name, random), true, "respelt");
                    return;
                }
                String variant = null;
                String note = null;
                for (int attempt = 0; attempt < 4 && variant == null; attempt++) {
                    switch (random.nextInt(5)) {
                        case 0 -> { variant = NameVariants.swapOrder(name); note = "word order"; }
                        case 1 -> { variant = NameVariants.dropMiddle(name, random); note = "middle name dropped"; }
                        case 2 -> { variant = NameVariants.initial(name, random); note = "initial"; }
                        default -> { variant = variants.transliteration(name, random); note = "transliteration"; }
                    }
                }
                add(byCategory, s, "variant", name, variant, true, note);
            }
            case "organization" -> {
                String variant = random.nextInt(3) == 0 ? variants.abbreviation(name, random) : null;
                add(byCategory, s, "variant", name, variant != null ? variant : variants.legalForm(name, random), true,
                        variant != null ? "abbreviation" : "legal form");
                if (s.dprk()) {
                    add(byCategory, s, "romanisation", name, koreanWords(name, random, false), true, "respelt");
                }
            }
            case "vessel" -> {
                add(byCategory, s, "variant", name, NameVariants.vessel(name, random), true, "vessel noise");
                if (s.dprk()) {
                    add(byCategory, s, "romanisation", name, koreanWords(name, random, true), true, "respelt");
                }
            }
            default -> {
            }
        }
    }

    // ------------------------------------------------------------------ negatives

    private void negatives(List<Subject> subjects, SplittableRandom random, Map<String, List<Labelled>> byCategory) {
        Map<String, List<Subject>> byKind = new TreeMap<>();
        for (Subject s : subjects) {
            // Negatives come from one list: the UN and OFAC may list one person under two entries.
            byKind.computeIfAbsent(suite(s) + "-" + s.type() + "-" + s.source(), k -> new ArrayList<>()).add(s);
        }
        for (List<Subject> kind : byKind.values()) {
            Map<String, List<Subject>> byWord = new HashMap<>();
            for (Subject s : kind) {
                for (String w : new HashSet<>(tokens(s.primary()))) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(s);
                }
            }
            for (Subject s : kind) {
                // A shared distinctive word: a family name, a company's own name.
                List<String> words = new ArrayList<>(new HashSet<>(tokens(s.primary())));
                Collections.sort(words);
                Collections.shuffle(words, new java.util.Random(random.nextLong()));
                for (String w : words) {
                    List<Subject> sharing = byWord.get(w);
                    if (w.length() < 3 || ORGANISATION_STOP.contains(w) || sharing.size() < 2 || sharing.size() > 40) {
                        continue;
                    }
                    Subject other = sharing.get(random.nextInt(sharing.size()));
                    if (other != s) {
                        negative(s, other, "negative", random, byCategory);
                        break;
                    }
                }
                Subject other = kind.get(random.nextInt(kind.size()));
                if (other != s) {
                    negative(s, other, "negative-random", random, byCategory);
                }
            }
            // Close spellings: for a sample of entries, the closest other entry by Jaro-Winkler.
            List<Subject> sample = new ArrayList<>(kind);
            Collections.shuffle(sample, new java.util.Random(random.nextLong()));
            for (Subject s : sample.subList(0, Math.min(3 * CAP, sample.size()))) {
                String fs = folded(s.primary());
                Subject best = null;
                double bestScore = 0.88;
                for (Subject o : kind) {
                    String fo = folded(o.primary());
                    if (o != s && !fo.equals(fs)) {
                        double score = JARO_WINKLER.apply(fs, fo);
                        if (score > bestScore) {
                            bestScore = score;
                            best = o;
                        }
                    }
                }
                if (best != null) {
                    negative(s, best, "negative-near", random, byCategory);
                }
            }
            if (kind.get(0).dprk() && kind.get(0).type().equals("person")) {
                syllableNegatives(kind, random, byCategory);
            }
        }
    }

    private void negative(Subject s, Subject other, String what, SplittableRandom random,
            Map<String, List<Labelled>> byCategory) {
        String a = s.primary();
        String b = other.primary();
        Set<String> ta = new HashSet<>(List.of(folded(a).split(" ")));
        Set<String> tb = new HashSet<>(List.of(folded(b).split(" ")));
        if (ta.equals(tb)) {
            return;
        }
        if (ta.containsAll(tb) || tb.containsAll(ta)) {
            what = "negative-subset";
        }
        if (s.dprk() && random.nextBoolean()) {
            String respelt = s.type().equals("person") ? koreanPerson(b, random) : koreanWords(b, random, false);
            b = respelt != null ? respelt : b;
        }
        add(byCategory, s, what, a, b, false, s.source() + " " + s.key() + " / " + other.source() + " " + other.key());
    }

    /** A listed North Korean with one given-name syllable replaced by another listed person's, a different syllable. */
    private void syllableNegatives(List<Subject> persons, SplittableRandom random, Map<String, List<Labelled>> byCategory) {
        List<String> syllables = new ArrayList<>();
        for (Subject s : persons) {
            List<String> given = koreanGiven(s.primary());
            if (given != null) {
                syllables.addAll(given);
            }
        }
        if (syllables.isEmpty()) {
            return;
        }
        for (Subject s : persons) {
            List<String> given = koreanGiven(s.primary());
            if (given == null || given.isEmpty()) {
                continue;
            }
            int at = random.nextInt(given.size());
            String old = given.get(at);
            for (int attempt = 0; attempt < 20; attempt++) {
                String replacement = syllables.get(random.nextInt(syllables.size()));
                if (differentSyllable(old, replacement)) {
                    String changed = replaceWord(s.primary(), old, replacement);
                    String respelt = random.nextBoolean() ? koreanPerson(changed, random) : null;
                    add(byCategory, s, "negative-syllable", s.primary(), respelt != null ? respelt : changed, false,
                            old + " -> " + replacement);
                    break;
                }
            }
        }
    }

    /** Two unmarked syllables that no romanisation could make one, and at least two letters apart. */
    static boolean differentSyllable(String a, String b) {
        List<KoreanSpelling.LatinSyllable> pa = KoreanSpelling.parseLatin(a.toLowerCase(Locale.ROOT));
        List<KoreanSpelling.LatinSyllable> pb = KoreanSpelling.parseLatin(b.toLowerCase(Locale.ROOT));
        if (pa == null || pb == null || pa.size() != 1 || pb.size() != 1) {
            return false;
        }
        return !KoreanSpelling.couldBeSame(pa.get(0), pb.get(0))
                && LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT)) >= 2;
    }

    private static String replaceWord(String name, String old, String replacement) {
        String[] parts = name.split("(?<=[\\s,-])|(?=[\\s,-])");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].equals(old)) {
                parts[i] = old.equals(old.toUpperCase(Locale.ROOT)) ? replacement.toUpperCase(Locale.ROOT)
                        : KoreanSpelling.capitalised(replacement.toLowerCase(Locale.ROOT));
                break;
            }
        }
        return String.join("", parts);
    }

    // ------------------------------------------------------------------ Korean names

    /** The given-name syllables of a listed North Korean (UN "KIM YONG CHOL", OFAC "KIM, Yong Chol"), or null. */
    static List<String> koreanGiven(String name) {
        String[] parts = personParts(name);
        if (parts == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String w : parts[1].split("[\\s-]+")) {
            if (!w.isEmpty()) {
                List<KoreanSpelling.LatinSyllable> parse = KoreanSpelling.parseLatin(w.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""));
                if (parse == null || parse.size() != 1) {
                    return null;
                }
                out.add(w);
            }
        }
        return out;
    }

    /** {family, given} of a North Korean name as listed, or null when it has no given name. */
    private static String[] personParts(String name) {
        int comma = name.indexOf(',');
        String family;
        String given;
        if (comma > 0) {
            family = name.substring(0, comma).trim();
            given = name.substring(comma + 1).trim();
        } else {
            String[] w = name.trim().split("\\s+", 2);
            if (w.length < 2) {
                return null;
            }
            family = w[0];
            given = w[1];
        }
        if (family.contains(" ") || given.isEmpty()) {
            return null;
        }
        return new String[] {family, given};
    }

    private static KoreanSpelling.System system(SplittableRandom random, boolean person) {
        int r = random.nextInt(20);
        if (r < 7) {
            return KoreanSpelling.System.RR;
        }
        if (r < 11) {
            return KoreanSpelling.System.MR;
        }
        if (r < 14) {
            return KoreanSpelling.System.DPRK;
        }
        if (r < 17 && person) {
            return KoreanSpelling.System.AD_HOC;
        }
        return KoreanSpelling.System.MR_STRIPPED;
    }

    /** A listed North Korean's name in another romanisation, order, hyphenation and case; null when it cannot be read. */
    String koreanPerson(String name, SplittableRandom random) {
        String[] parts = personParts(name);
        if (parts == null) {
            return null;
        }
        KoreanSpelling.System system = system(random, true);
        List<KoreanSpelling.Syllable> reading = new ArrayList<>();
        for (String w : parts[1].split("[\\s-]+")) {
            List<KoreanSpelling.LatinSyllable> parse = KoreanSpelling.parseLatin(cleanLatin(w));
            if (parse == null) {
                return null;
            }
            reading.addAll(KoreanSpelling.readLatin(parse, random, false));
        }
        boolean isolated = random.nextBoolean();
        List<String> syllables = KoreanSpelling.spellSyllables(reading, system, false, isolated);
        String family;
        List<String> customary = variants.koreanSurname(cleanLatin(parts[0]));
        if (customary != null) {
            family = customary.get(random.nextInt(customary.size()));
        } else {
            List<KoreanSpelling.LatinSyllable> parse = KoreanSpelling.parseLatin(cleanLatin(parts[0]));
            if (parse == null) {
                return null;
            }
            family = KoreanSpelling.spell(KoreanSpelling.readLatin(parse, random, false), system, false);
        }
        String given;
        switch (random.nextInt(3)) {
            case 0 -> given = String.join("-", syllables);
            case 1 -> given = String.join(" ", syllables.stream().map(KoreanSpelling::capitalised).toList());
            default -> given = String.join("", syllables);
        }
        given = KoreanSpelling.capitalised(given.replace("-'", "-"));
        family = KoreanSpelling.capitalised(family.toLowerCase(Locale.ROOT));
        int casing = random.nextInt(10);
        if (casing < 3) {
            family = family.toUpperCase(Locale.ROOT);
        } else if (casing < 5) {
            family = family.toUpperCase(Locale.ROOT);
            given = given.toUpperCase(Locale.ROOT);
        }
        int order = random.nextInt(10);
        return order < 6 ? family + " " + given : order < 8 ? family + ", " + given : given + " " + family;
    }

    /** The Korean words of an organisation, vessel or place name respelt; English words kept. Null when nothing changed. */
    String koreanWords(String name, SplittableRandom random, boolean splitSyllables) {
        return koreanWords(name, random, splitSyllables, false);
    }

    /** As above; {@code dprkStyle} reads the word as the North's own system wrote it (ch is ㅊ, j is ㅈ, kh is ㅋ). */
    String koreanWords(String name, SplittableRandom random, boolean splitSyllables, boolean dprkStyle) {
        KoreanSpelling.System system = system(random, false);
        boolean assimilate = random.nextBoolean();
        String[] parts = name.split("(?<=[\\s,()-])|(?=[\\s,()-])");
        // Only names whose every other word reads as Korean (Dong Feng, Wee Tiong are Chinese).
        for (String part : parts) {
            String w = cleanLatin(part);
            if (w.length() >= 2 && w.matches("[a-z]+") && !NOT_KOREAN.contains(w) && KoreanSpelling.parseLatin(w) == null) {
                return null;
            }
        }
        // A name that writes aspirates as kh, th, ph follows the North's system, where ch is ㅊ and j is ㅈ.
        boolean north = dprkStyle || java.util.regex.Pattern.compile("(kh|th|ph)[aeiouwy]").matcher(cleanLatin(name)).find();
        boolean changed = false;
        for (int i = 0; i < parts.length; i++) {
            String w = cleanLatin(parts[i]);
            if (w.length() < 2 || NOT_KOREAN.contains(w) || !w.matches("[a-z]+") || !koreanLooking(w)) {
                continue;
            }
            List<KoreanSpelling.LatinSyllable> parse = KoreanSpelling.parseLatin(w);
            List<KoreanSpelling.Syllable> reading = KoreanSpelling.readLatin(parse, random, north);
            String respelt;
            if (splitSyllables && parse.size() > 1 && random.nextInt(3) == 0) {
                respelt = String.join(" ", KoreanSpelling.spellSyllables(reading, system, false, true).stream()
                        .map(KoreanSpelling::capitalised).toList());
            } else {
                respelt = KoreanSpelling.capitalised(KoreanSpelling.spell(reading, system, assimilate));
            }
            parts[i] = parts[i].equals(parts[i].toUpperCase(Locale.ROOT)) && random.nextBoolean()
                    ? respelt.toUpperCase(Locale.ROOT) : respelt;
            changed = true;
        }
        return changed ? String.join("", parts) : null;
    }

    /** Spellings common in romanised Korean; a word with none (Patriot, Labor, Eko) is left alone. */
    private static final List<String> KOREAN_MARKERS = List.of("ng", "ch", "yo", "yu", "ya", "ae", "oe", "ui", "kw", "hw",
            "ph", "th", "kh", "ry", "ky", "py", "hy", "eo", "eu", "wo", "wa", "gy", "ny", "my");

    static boolean koreanLooking(String word) {
        List<KoreanSpelling.LatinSyllable> parse = KoreanSpelling.parseLatin(word);
        if (parse == null) {
            return false;
        }
        for (KoreanSpelling.LatinSyllable s : parse) {
            if (List.of("e", "ye", "we", "wae", "yae").contains(s.vowel())) {
                return false;
            }
        }
        return KOREAN_MARKERS.stream().anyMatch(word::contains);
    }

    private static String cleanLatin(String word) {
        return word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    }

    // ------------------------------------------------------------------ places

    private void places(List<Subject> places, SplittableRandom random, Map<String, List<Labelled>> byCategory) {
        List<String> syllables = new ArrayList<>();
        for (Subject p : places) {
            for (String w : placeStem(p.primary()).split(" ")) {
                List<KoreanSpelling.LatinSyllable> parse = KoreanSpelling.parseLatin(cleanLatin(w));
                if (parse != null) {
                    for (KoreanSpelling.LatinSyllable s : parse) {
                        syllables.add(s.onset() + s.vowel() + s.coda());
                    }
                }
            }
        }
        for (Subject p : places) {
            if (p.key().startsWith("county:")) {
                String respelt = koreanWords(placeStem(p.primary()), random, false, true);
                add(byCategory, p, "romanisation", p.primary(), respelt == null ? null : respelt + placeSuffix(p.primary(), random),
                        true, "county respelt");
                add(byCategory, p, "typo", p.primary(), NameVariants.typo(p.primary(), random), true, "one typo");
                placeSyllableNegative(p, syllables, random, byCategory);
            } else {
                for (String hangul : p.scripts()) {
                    KoreanSpelling.System s1 = system(random, false);
                    String form = placeFromHangul(hangul, s1, random);
                    add(byCategory, p, "hangul", hangul, form, true, "knowledge graph Hangul, " + s1);
                    String own = p.aliases().get(random.nextInt(p.aliases().size()));
                    add(byCategory, p, "romanisation", own, form, true, "knowledge graph name and " + s1 + " from Hangul");
                }
            }
        }
        // Different places whose names look alike (Pukchang / Pukchong, Kaechon / Kaesong), each respelt or not;
        // only within one source (a county and a knowledge-graph place may be one place spelt two ways), and
        // knowledge-graph places only when no Hangul form is shared.
        for (Subject p : places) {
            String fp = folded(placeStem(p.primary()));
            Subject best = null;
            double bestScore = 0.8;
            for (Subject o : places) {
                String fo = folded(placeStem(o.primary()));
                boolean distinct = o.source().equals(p.source()) && Collections.disjoint(o.scripts(), p.scripts());
                if (o != p && distinct && !fo.equals(fp) && !fo.contains(fp) && !fp.contains(fo)) {
                    double score = JARO_WINKLER.apply(fp, fo);
                    if (score > bestScore) {
                        bestScore = score;
                        best = o;
                    }
                }
            }
            if (best != null) {
                boolean county = p.key().startsWith("county:");
                String a = random.nextBoolean() ? p.primary()
                        : orElse(koreanWords(placeStem(p.primary()), random, false, county), p.primary());
                String b = random.nextBoolean() ? best.primary()
                        : orElse(koreanWords(placeStem(best.primary()), random, false, county), best.primary());
                add(byCategory, p, "negative-near", a, b, false, p.key() + " / " + best.key());
            }
        }
    }

    /** One syllable of a county's name replaced by another county-name syllable that no romanisation could confuse with it. */
    private void placeSyllableNegative(Subject p, List<String> syllables, SplittableRandom random,
            Map<String, List<Labelled>> byCategory) {
        String stem = placeStem(p.primary());
        if (stem.contains(" ")) {
            return;
        }
        List<KoreanSpelling.LatinSyllable> parse = KoreanSpelling.parseLatin(cleanLatin(stem));
        if (parse == null || parse.size() < 2) {
            return;
        }
        int at = random.nextInt(parse.size());
        KoreanSpelling.LatinSyllable old = parse.get(at);
        String oldText = old.onset() + old.vowel() + old.coda();
        for (int attempt = 0; attempt < 20; attempt++) {
            String replacement = syllables.get(random.nextInt(syllables.size()));
            if (differentSyllable(oldText, replacement)) {
                StringBuilder changed = new StringBuilder();
                for (int i = 0; i < parse.size(); i++) {
                    KoreanSpelling.LatinSyllable s = parse.get(i);
                    changed.append(i == at ? replacement : s.onset() + s.vowel() + s.coda());
                }
                String fake = KoreanSpelling.capitalised(changed.toString());
                String shown = random.nextBoolean() ? orElse(koreanWords(fake, random, false, true), fake) : fake;
                add(byCategory, p, "negative-syllable", p.primary(), shown, false, oldText + " -> " + replacement);
                return;
            }
        }
    }

    /** Generic endings of Hangul place names, with the English a writer may put instead. */
    private static final String[][] HANGUL_ENDINGS = {{"련합기업소", "Complex"}, {"연합기업소", "Complex"},
        {"관리소", "Camp"}, {"수용소", "Camp"}, {"교화소", "Prison"}, {"탄광", "Coal Mine"}, {"광산", "Mine"},
        {"군", "County"}, {"시", "City"}, {"도", "Province"}, {"리", ""}, {"구", "District"}, {"산맥", "Mountains"}};

    /** A Hangul place name written in a system, its generic ending split off and romanised or translated. */
    private static String placeFromHangul(String hangul, KoreanSpelling.System system, SplittableRandom random) {
        String stem = hangul;
        String ending = null;
        for (String[] e : HANGUL_ENDINGS) {
            if (hangul.length() > e[0].length() + 1 && hangul.endsWith(e[0])) {
                stem = hangul.substring(0, hangul.length() - e[0].length());
                ending = random.nextBoolean() || e[1].isEmpty()
                        ? (e[0].length() == 1 ? "-" : " ") + KoreanSpelling.spell(KoreanSpelling.fromHangul(e[0]), system, false)
                        : " " + e[1];
                break;
            }
        }
        String form = KoreanSpelling.capitalised(KoreanSpelling.spell(KoreanSpelling.fromHangul(stem), system,
                random.nextBoolean()));
        return ending == null ? form : form + (ending.startsWith(" ") && !ending.startsWith(" " + Character.toUpperCase(
                ending.charAt(1))) ? " " + KoreanSpelling.capitalised(ending.substring(1)) : ending);
    }

    private static String placeStem(String name) {
        return name.replaceAll("\\s+(City|Dist\\.|County)$", "").trim();
    }

    private static String placeSuffix(String name, SplittableRandom random) {
        boolean city = name.endsWith(" City");
        int r = random.nextInt(10);
        if (r < 6) {
            return "";
        }
        if (city) {
            return r < 8 ? " City" : "-si";
        }
        return r < 8 ? " County" : r < 9 ? "-gun" : "-kun";
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    // ------------------------------------------------------------------ output

    private static void write(Path file, List<Labelled> pairs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("name1,name2,type,category,expected,note\n");
            for (Labelled p : pairs) {
                out.write(String.join(",", csv(p.name1()), csv(p.name2()), p.type(), p.category(),
                        Boolean.toString(p.expected()), csv(p.note())) + "\n");
            }
        }
    }

    private static String csv(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}

package org.orewatch.benchmarks;

import java.io.IOException;
import java.io.InputStream;
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
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.io.OfacLegacyCsvReader;
import org.orewatch.lists.io.UnConsolidatedXmlReader;
import org.orewatch.screening.evaluation.TypoInjector;

/**
 * Writes a third labelled set, {@code names-screening-heldout.csv}, held out from the tuning of the
 * matcher: the list entries none of whose names occur in {@code names-lists-tuning.csv}, with pairs
 * made the way screening meets them, several changes at once (a list's "FAMILY, Given" order with a
 * middle name dropped, a typo and another order, a legal form swapped and a typo, a vessel prefix
 * against its IMO number), every alias and original-script name, and hard negatives the list-derived set lacks:
 * a company's own word swapped for another company's with the generic words kept (Korea Mining
 * Corp / Korea Shipping Corp), and one vessel name under two IMO numbers. See names-screening.md.
 *
 * <pre>
 * java -cp orewatch-benchmarks/target/benchmarks.jar org.orewatch.benchmarks.ScreeningPairGenerator \
 *     --un ../shared/data/sanctions/un/consolidated-2026-02-27.xml --ofac ../shared/data/sanctions/ofac-2021-07 \
 *     --out orewatch-benchmarks/src/main/resources/org/orewatch/benchmarks [--seed 7]
 * </pre>
 */
public final class ScreeningPairGenerator {

    private static final int CAP = 100;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /** Words that do not make a company's name its own (written here, not taken from the matcher's lexicon). */
    private static final Set<String> GENERIC = Set.of("the", "of", "and", "for", "de", "la", "del", "company", "co",
            "corporation", "corp", "limited", "ltd", "llc", "inc", "sa", "s.a.", "gmbh", "trading", "general", "group",
            "international", "bank", "shipping", "industrial", "industry", "enterprise", "korea", "korean", "national",
            "import", "export", "holding", "holdings", "services", "commercial", "investment", "development", "fze",
            "llp", "plc", "jsc", "ooo", "pjsc", "ao", "oao", "zao", "establishment", "foundation", "organization",
            "network", "center", "centre", "bureau", "committee", "ministry", "union", "association", "lines", "line");
    private static final List<String> LEGAL_FORMS = List.of("Co., Ltd.", "LLC", "Corporation", "Company Limited", "Ltd",
            "Corp.", "Inc.", "Limited");
    private static final List<String> VESSEL_PREFIXES = List.of("MV", "M/V", "M.V.", "MT", "M/T");

    private record Entry(ListPairGenerator.Subject subject, String imo) {
    }

    private final SplittableRandom random;
    /** Names the tuning half uses: no pair may carry one (two entries, or two lists, can share a name). */
    private final Set<String> tuned;
    private final Map<String, List<ListPairGenerator.Labelled>> byCategory = new LinkedHashMap<>();

    private ScreeningPairGenerator(long seed, Set<String> tuned) {
        this.random = new SplittableRandom(seed);
        this.tuned = tuned;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--un") || !options.containsKey("--ofac") || !options.containsKey("--out")) {
            System.err.println("usage: ScreeningPairGenerator --un FILE --ofac DIR --out DIR [--seed N]");
            System.exit(2);
        }
        Path un = Path.of(options.get("--un"));
        Path ofac = Path.of(options.get("--ofac"));
        List<ListPairGenerator.Subject> subjects = new ArrayList<>();
        ListPairGenerator.lists(un, ofac, subjects, new HashMap<>());
        Map<String, String> imo = new HashMap<>();
        List<ListEntry> all = new ArrayList<>(UnConsolidatedXmlReader.read(un).entries());
        all.addAll(OfacLegacyCsvReader.read(ofac).entries());
        for (ListEntry e : all) {
            for (Identifier id : e.identifiers()) {
                if (id.scheme().equals(IdentifierScheme.IMO) && id.normalized().matches("[0-9]{7}")) {
                    imo.putIfAbsent(e.name().replaceAll("\\s+", " ").trim(), id.normalized());
                }
            }
        }
        Set<String> tuned = tuningNames();
        List<Entry> entries = new ArrayList<>();
        for (ListPairGenerator.Subject s : subjects) {
            boolean seen = tuned.contains(s.primary()) || s.aliases().stream().anyMatch(tuned::contains);
            if (!seen && !s.type().equals("place")) {
                entries.add(new Entry(s, imo.get(s.primary())));
            }
        }
        ScreeningPairGenerator generator = new ScreeningPairGenerator(Long.parseLong(options.getOrDefault("--seed", "7")),
                tuned);
        List<ListPairGenerator.Labelled> pairs = generator.generate(entries);
        Path file = Path.of(options.get("--out")).resolve("names-screening-heldout.csv");
        write(file, pairs);
        Map<String, int[]> counts = new TreeMap<>();
        for (ListPairGenerator.Labelled p : pairs) {
            counts.computeIfAbsent(p.category(), c -> new int[2])[p.expected() ? 0 : 1]++;
        }
        System.out.println(file + ": " + pairs.size() + " pairs from " + entries.size() + " entries");
        counts.forEach((c, n) -> System.out.printf(Locale.ROOT, "  %-32s %4d positive %4d negative%n", c, n[0], n[1]));
    }

    /** Every name the tuning half uses: entries behind them are left out of this set. */
    private static Set<String> tuningNames() throws IOException {
        Set<String> names = new HashSet<>();
        try (InputStream in = LabelledPairs.class.getResourceAsStream("names-lists-tuning.csv")) {
            for (LabelledPairs.Pair p : LabelledPairs.read(in)) {
                names.add(p.name1());
                names.add(p.name2());
            }
        }
        return names;
    }

    private List<ListPairGenerator.Labelled> generate(List<Entry> entries) {
        for (Entry e : entries) {
            aliases(e.subject());
            switch (e.subject().type()) {
                case "person" -> person(e.subject());
                case "organization" -> organization(e.subject());
                case "vessel" -> vessel(e);
                default -> {
                }
            }
        }
        negatives(entries);
        List<ListPairGenerator.Labelled> out = new ArrayList<>();
        for (List<ListPairGenerator.Labelled> pairs : byCategory.values()) {
            List<ListPairGenerator.Labelled> kept = new ArrayList<>(pairs);
            Collections.shuffle(kept, new java.util.Random(random.nextLong()));
            out.addAll(kept.subList(0, Math.min(CAP, kept.size())));
        }
        out.sort((a, b) -> a.category().compareTo(b.category()));
        return out;
    }

    private void add(ListPairGenerator.Subject s, String what, String a, String b, boolean expected, String note) {
        if (a == null || b == null || ListPairGenerator.folded(a).equals(ListPairGenerator.folded(b))
                || tuned.contains(a) || tuned.contains(b)) {
            return;
        }
        String category = (s.dprk() ? "kp" : "gen") + "-" + s.type() + "-" + what;
        byCategory.computeIfAbsent(category, c -> new ArrayList<>())
                .add(new ListPairGenerator.Labelled(a, b, s.type(), category, expected, note));
    }

    /** Every alias (not two at most) and every original-script name against the primary name. */
    private void aliases(ListPairGenerator.Subject s) {
        for (String alias : s.aliases()) {
            String what = !s.type().equals("person") && ListPairGenerator.isAcronym(alias)
                    ? "acronym" : ListPairGenerator.related(s.primary(), alias) ? "alias" : "alias-other";
            add(s, what, s.primary(), alias, true, s.source() + " alias");
        }
        for (String script : s.scripts()) {
            add(s, "script", s.primary(), script, true, s.source() + " original script");
        }
    }

    private void person(ListPairGenerator.Subject s) {
        String[] parts = familyAndGiven(s.primary(), s.dprk());
        if (parts == null) {
            return;
        }
        String family = parts[0];
        List<String> given = words(parts[1]);
        String listForm = family.toUpperCase(Locale.ROOT) + ", " + capitalised(String.join(" ", given));
        // A list's "FAMILY, Given" against given names first, a middle name dropped. Not for Korean
        // names, whose given-name syllables are one name (Yong Chol), not a first and a middle name.
        if (given.size() >= 2 && !s.dprk()) {
            given.remove(1 + random.nextInt(given.size() - 1));
        }
        // Korean given names are also written as one word (Yongchol), which keeps the pair from being
        // the same words in another order only.
        String givenFirst = capitalised(String.join(s.dprk() ? "" : " ", given) + " " + family);
        add(s, "order-middle", listForm, givenFirst, true,
                s.dprk() ? "list order against the given name run together, first" : "list order, middle name dropped");
        // A typo in one word, the family name moved to the other end.
        String typo = TypoInjector.inject(parts[1] + " " + family, 1, random);
        add(s, "typo-order", s.primary(), typo, true, "one typo, another order");
    }

    /**
     * {family, given names} as the list wrote them: before and after a comma (OFAC), else the first
     * word for a North Korean (family name first) and the last for anyone else; null for one word.
     */
    private static String[] familyAndGiven(String name, boolean korean) {
        int comma = name.indexOf(',');
        if (comma > 0) {
            String given = name.substring(comma + 1).trim();
            return given.isEmpty() ? null : new String[] {name.substring(0, comma).trim(), given};
        }
        List<String> w = words(name);
        if (w.size() < 2) {
            return null;
        }
        return korean ? new String[] {w.get(0), String.join(" ", w.subList(1, w.size()))}
                : new String[] {w.get(w.size() - 1), String.join(" ", w.subList(0, w.size() - 1))};
    }

    private void organization(ListPairGenerator.Subject s) {
        List<String> words = words(s.primary());
        List<String> kept = new ArrayList<>(words);
        while (kept.size() > 1 && isLegal(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        if (kept.get(kept.size() - 1).contains(".")) {
            // A legal form this generator does not know (S.A. DE C.V.): left alone.
            return;
        }
        String other = String.join(" ", kept) + " " + LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size()));
        add(s, "legal", s.primary(), random.nextBoolean() ? other.toUpperCase(Locale.ROOT) : capitalised(other), true,
                "legal form swapped, case changed");
        String typo = TypoInjector.inject(String.join(" ", kept), 1, random);
        add(s, "typo-legal", s.primary(), typo, true, "legal form dropped, one typo");
    }

    private void vessel(Entry e) {
        ListPairGenerator.Subject s = e.subject();
        String prefix = VESSEL_PREFIXES.get(random.nextInt(VESSEL_PREFIXES.size()));
        if (e.imo() != null) {
            add(s, "imo", prefix + " " + s.primary(), capitalised(s.primary()) + " (IMO " + e.imo() + ")", true,
                    "prefix against IMO number");
        }
        add(s, "typo-prefix", s.primary(), prefix + " " + TypoInjector.inject(s.primary(), 1, random), true,
                "prefix and one typo");
    }

    private void negatives(List<Entry> entries) {
        Map<String, List<Entry>> byKind = new TreeMap<>();
        for (Entry e : entries) {
            ListPairGenerator.Subject s = e.subject();
            byKind.computeIfAbsent((s.dprk() ? "kp" : "gen") + s.type() + s.source(), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> kind : byKind.values()) {
            List<String> ownWords = new ArrayList<>();
            for (Entry e : kind) {
                String own = ownWord(e.subject().primary());
                if (own != null) {
                    ownWords.add(own);
                }
            }
            for (Entry e : kind) {
                ListPairGenerator.Subject s = e.subject();
                Entry other = kind.get(random.nextInt(kind.size()));
                if (other != e) {
                    add(s, "negative-random", s.primary(), other.subject().primary(), false, "two entries");
                }
                String own = ownWord(s.primary());
                if (s.type().equals("organization") && own != null && ownWords.size() > 1) {
                    // The company's own word swapped for another's, the generic words kept.
                    String replacement = ownWords.get(random.nextInt(ownWords.size()));
                    if (JARO_WINKLER.apply(own.toLowerCase(Locale.ROOT), replacement.toLowerCase(Locale.ROOT)) < 0.8) {
                        add(s, "negative-own-word", s.primary(), s.primary().replace(own, replacement), false,
                                own + " -> " + replacement);
                    }
                }
                if (s.type().equals("vessel") && e.imo() != null && other != e && other.imo() != null
                        && !other.imo().equals(e.imo())) {
                    add(s, "negative-imo", s.primary() + " IMO " + e.imo(), s.primary() + " IMO " + other.imo(), false,
                            "one name, two IMO numbers");
                }
            }
            // The closest other entry of the same list, by Jaro-Winkler on the names as written.
            List<Entry> sample = new ArrayList<>(kind);
            Collections.shuffle(sample, new java.util.Random(random.nextLong()));
            for (Entry e : sample.subList(0, Math.min(3 * CAP, sample.size()))) {
                String a = ListPairGenerator.folded(e.subject().primary());
                Entry best = null;
                double bestScore = 0.9;
                for (Entry o : kind) {
                    String b = ListPairGenerator.folded(o.subject().primary());
                    double score = o == e || a.equals(b) ? 0 : JARO_WINKLER.apply(a, b);
                    if (score > bestScore) {
                        bestScore = score;
                        best = o;
                    }
                }
                if (best != null) {
                    add(e.subject(), "negative-near", e.subject().primary(), best.subject().primary(), false,
                            "closest other entry");
                }
            }
        }
    }

    /** The first word of a name that is not generic (a company's own name comes first), as written, or null. */
    private static String ownWord(String name) {
        for (String w : words(name)) {
            if (w.length() >= 4 && !GENERIC.contains(w.toLowerCase(Locale.ROOT)) && w.matches("\\p{L}+")) {
                return w;
            }
        }
        return null;
    }

    private static boolean isLegal(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
        return Set.of("co", "ltd", "limited", "llc", "inc", "corp", "corporation", "company", "sa", "gmbh", "plc",
                "jsc", "llp", "fze", "ooo", "pjsc").contains(lower);
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.replace(",", " ").trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(w.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static void write(Path file, List<ListPairGenerator.Labelled> pairs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("name1,name2,type,category,expected,note\n");
            for (ListPairGenerator.Labelled p : pairs) {
                out.write(String.join(",", csv(p.name1()), csv(p.name2()), p.type(), p.category(),
                        Boolean.toString(p.expected()), csv(p.note())) + "\n");
            }
        }
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}

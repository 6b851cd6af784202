package org.orewatch.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.orewatch.screening.evaluation.TypoInjector;

/**
 * Writes another form of a name the way another list, clerk or customer would: a typo, another
 * word order, a middle name dropped, a given name as an initial, another transliteration, another
 * legal form, another romanisation of a Korean name. Each method returns null when it has nothing
 * to change. The spellings come from {@code name-variants.tsv}; Korean respelling from
 * {@link KoreanSpelling}.
 */
final class NameVariants {

    private final Map<String, List<String>> given = new HashMap<>();
    private final List<List<String>> legal = new ArrayList<>();
    private final Map<String, List<String>> words = new HashMap<>();
    private final Map<String, List<String>> koreanSurnames = new HashMap<>();

    private NameVariants() {
    }

    static NameVariants load() {
        NameVariants variants = new NameVariants();
        try (InputStream in = NameVariants.class.getResourceAsStream("name-variants.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                List<String> group = List.of(columns[1].split("\\|"));
                switch (columns[0]) {
                    case "given" -> group.forEach(g -> variants.given.put(g.toLowerCase(Locale.ROOT), group));
                    case "legal" -> variants.legal.add(group);
                    case "word" -> group.forEach(g -> variants.words.put(g.toLowerCase(Locale.ROOT), group));
                    case "korean-surname" -> group.forEach(g -> variants.koreanSurnames.put(g.toLowerCase(Locale.ROOT), group));
                    default -> throw new IllegalStateException("name-variants.tsv: unknown kind " + columns[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variants;
    }

    /** One typo: a letter dropped, doubled, swapped with its neighbour or replaced by a key next to it. */
    static String typo(String name, SplittableRandom random) {
        String typo = TypoInjector.inject(name, 1, random);
        return typo.equals(name) ? null : typo;
    }

    /** Words of a name split on spaces, with a list's "FAMILY, Given" order turned into given-first. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** "FAMILY, Given Middle" becomes "Given Middle FAMILY" and back; null when there is no comma. */
    static String swapOrder(String name) {
        int comma = name.indexOf(',');
        if (comma > 0) {
            return (name.substring(comma + 1).trim() + " " + name.substring(0, comma).trim()).trim();
        }
        List<String> w = words(name);
        if (w.size() < 2) {
            return null;
        }
        return w.get(w.size() - 1) + ", " + String.join(" ", w.subList(0, w.size() - 1));
    }

    /** Drops one word that is neither first nor last (a middle name, a patronymic); null for two words. */
    static String dropMiddle(String name, SplittableRandom random) {
        List<String> w = words(name.replace(",", " ,"));
        List<Integer> middles = new ArrayList<>();
        for (int i = 1; i + 1 < w.size(); i++) {
            if (!w.get(i).equals(",") && !w.get(i - 1).equals(",") && !w.get(i + 1).equals(",")) {
                middles.add(i);
            }
        }
        if (middles.isEmpty()) {
            return null;
        }
        w.remove((int) middles.get(random.nextInt(middles.size())));
        return String.join(" ", w).replace(" ,", ",");
    }

    /** A given name (not the family name) written as its initial: "John Paul Smith" to "John P. Smith". */
    static String initial(String name, SplittableRandom random) {
        int comma = name.indexOf(',');
        List<String> w = words(comma > 0 ? name.substring(comma + 1) : name);
        int last = comma > 0 ? w.size() : w.size() - 1;
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            if (w.get(i).length() >= 3 && Character.isLetter(w.get(i).charAt(0))) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty() || comma < 0 && w.size() < 2) {
            return null;
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        w.set(at, w.get(at).substring(0, 1) + ".");
        String given = String.join(" ", w);
        return comma > 0 ? name.substring(0, comma) + ", " + given : given;
    }

    /** Another transliteration of one word found in the given-name table (Mohammed to Muhammad). */
    String transliteration(String name, SplittableRandom random) {
        return replaceFromTable(name, given, random);
    }

    /** Another spelling of a generic word (International to Intl, and to &). */
    String abbreviation(String name, SplittableRandom random) {
        return replaceFromTable(name, words, random);
    }

    private static String replaceFromTable(String name, Map<String, List<String>> table, SplittableRandom random) {
        String[] w = name.split("(?<=\\s)|(?=\\s)|(?<=,)|(?=,)|(?<=-)|(?=-)");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (table.containsKey(w[i].toLowerCase(Locale.ROOT))) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        List<String> group = table.get(w[at].toLowerCase(Locale.ROOT));
        String chosen = group.get(random.nextInt(group.size()));
        if (chosen.equalsIgnoreCase(w[at])) {
            chosen = group.get((group.indexOf(chosen) + 1) % group.size());
        }
        w[at] = sameCase(w[at], chosen);
        return String.join("", w);
    }

    /** The legal form at the end of an organisation's name written another way, or one added/removed. */
    String legalForm(String name, SplittableRandom random) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").trim();
        for (List<String> group : legal) {
            for (String form : group) {
                String f = form.toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
                if (lower.endsWith(" " + f)) {
                    int cut = cutBeforeSuffix(name, f.split(" ").length);
                    String stem = name.substring(0, cut).replaceAll("[\\s,]+$", "");
                    if (random.nextInt(4) == 0) {
                        return stem;
                    }
                    String other = group.get(random.nextInt(group.size()));
                    if (other.equalsIgnoreCase(form)) {
                        other = group.get((group.indexOf(other) + 1) % group.size());
                    }
                    return stem + (random.nextInt(3) == 0 ? ", " : " ") + sameCase(name, other);
                }
            }
        }
        // A form is added only to a name that ends without one (S.A. DE C.V., LTDA, OOD end many already).
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        if (ENDINGS.contains(last)) {
            return null;
        }
        String[] common = {"Limited", "Ltd.", "LLC", "Co., Ltd.", "Inc.", "Company", "Corporation"};
        return name + " " + sameCase(name, common[random.nextInt(common.length)]);
    }

    /** Last words that already are, or end, a legal form in some country. */
    private static final java.util.Set<String> ENDINGS = java.util.Set.of("ltd", "ltda", "limited", "llc", "inc", "sa",
            "srl", "ca", "cv", "gmbh", "ag", "bv", "ood", "eood", "jsc", "pjsc", "ojsc", "plc", "co", "company", "corp",
            "corporation", "ev", "sal", "fze", "fzco", "pte", "bhd", "llp", "lp", "as", "ab", "oy", "spa", "sas", "sarl",
            "rl", "de", "kg", "nv", "ooo", "zao", "oao", "cia", "establishment", "est", "group", "holding", "holdings");

    /** Where the last {@code words} words of a name begin. */
    private static int cutBeforeSuffix(String name, int words) {
        int at = name.length();
        for (int k = 0; k < words; k++) {
            at = name.lastIndexOf(' ', at - 1);
            if (at < 0) {
                return 0;
            }
        }
        return at;
    }

    private static String sameCase(String model, String word) {
        boolean upper = model.equals(model.toUpperCase(Locale.ROOT)) && model.chars().anyMatch(Character::isLetter);
        return upper ? word.toUpperCase(Locale.ROOT) : word;
    }

    /** Vessel name noise: a prefix (MV, M/V, MT), "I"/"1" numbering, or two words run together. */
    static String vessel(String name, SplittableRandom random) {
        List<String> w = words(name);
        int choice = random.nextInt(3);
        if (choice == 0) {
            String[] prefixes = {"MV ", "M/V ", "MT ", "M.V. ", "M/T "};
            return prefixes[random.nextInt(prefixes.length)] + name;
        }
        if (choice == 1) {
            String last = w.get(w.size() - 1);
            String[][] numbers = {{"I", "1"}, {"II", "2"}, {"III", "3"}, {"IV", "4"}, {"V", "5"}};
            for (String[] pair : numbers) {
                if (last.equalsIgnoreCase(pair[0]) || last.equals(pair[1])) {
                    w.set(w.size() - 1, last.equalsIgnoreCase(pair[0]) ? pair[1] : pair[0]);
                    return String.join(" ", w);
                }
            }
        }
        if (w.size() >= 2) {
            int at = random.nextInt(w.size() - 1);
            w.set(at, w.get(at) + w.remove(at + 1));
            return String.join(" ", w);
        }
        return null;
    }

    /** The customary spellings of a Korean family name (Ri, Yi, Lee, Rhee), or null. */
    List<String> koreanSurname(String word) {
        return koreanSurnames.get(word.toLowerCase(Locale.ROOT));
    }
}

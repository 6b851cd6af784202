package org.orewatch.screening.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes up people who are on no list: a given name (sometimes two) and a family name from one
 * naming tradition, in the order that tradition writes them, from {@code synthetic-names.tsv}.
 */
public final class SyntheticPeople {

    /** One tradition's names, and whether it writes the family name first. */
    private record Tradition(String name, List<String> given, List<String> family, boolean familyFirst) {
    }

    private final List<Tradition> traditions;

    private SyntheticPeople(List<Tradition> traditions) {
        this.traditions = traditions;
    }

    public static SyntheticPeople load() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        Map<String, List<String>> family = new LinkedHashMap<>();
        try (InputStream in = SyntheticPeople.class.getResourceAsStream("synthetic-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("synthetic-names.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                List<String> names = List.of(columns[2].trim().split("\\s+"));
                (columns[1].equals("given") ? given : family).put(columns[0], names);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        List<Tradition> traditions = new ArrayList<>();
        given.forEach((tradition, names) -> traditions.add(new Tradition(tradition, names, family.get(tradition),
                List.of("chinese", "korean", "vietnamese", "japanese").contains(tradition))));
        return new SyntheticPeople(traditions);
    }

    /** A made-up person: tradition chosen uniformly, a second given name one time in five where the tradition uses them. */
    public String next(SplittableRandom random) {
        Tradition tradition = traditions.get(random.nextInt(traditions.size()));
        String given = pick(tradition.given(), random).replace('-', ' ');
        if (!tradition.familyFirst() && random.nextInt(5) == 0) {
            given = given + " " + pick(tradition.given(), random);
        }
        String family = pick(tradition.family(), random).replace('-', ' ');
        if (tradition.name().equals("spanish") && random.nextInt(2) == 0) {
            family = family + " " + pick(tradition.family(), random);
        }
        if (tradition.name().equals("korean")) {
            // Korean given names are written with a hyphen, a space or run together.
            String[] syllables = pick(tradition.given(), random).split("-");
            given = switch (random.nextInt(3)) {
                case 0 -> syllables[0] + "-" + syllables[1].toLowerCase(java.util.Locale.ROOT);
                case 1 -> syllables[0] + " " + syllables[1];
                default -> syllables[0] + syllables[1].toLowerCase(java.util.Locale.ROOT);
            };
        }
        return tradition.familyFirst() ? family + " " + given : given + " " + family;
    }

    public int traditions() {
        return traditions.size();
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }
}

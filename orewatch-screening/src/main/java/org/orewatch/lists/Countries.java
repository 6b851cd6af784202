package org.orewatch.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Recognises a country however a list or a user writes it ("Democratic People's Republic of
 * Korea", "Korea, North", "DPRK", "kp", "PRK") and gives its ISO 3166-1 alpha-2 code, so that
 * screening can compare a query's country with an entry's.
 *
 * <p>The English short names of every ISO code come from the JDK; the official and list forms
 * beyond them come from {@code country-names.tsv}, a data file with its sources.
 */
public final class Countries {

    private static final java.util.Set<String> ISO_CODES = java.util.Set.of(Locale.getISOCountries());
    private static final Map<String, String> CODES = load();

    private Countries() {
    }

    /** The ISO alpha-2 code (upper case) for a country name or code, or empty when unknown. */
    public static Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODES.get(key(text)));
    }

    /** The English name of an ISO alpha-2 code. */
    public static String name(String code) {
        if (!ISO_CODES.contains(code)) {
            return code;
        }
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        StringBuilder out = new StringBuilder(folded.length());
        for (String word : folded.split("[^\\p{L}\\p{N}']+|'")) {
            if (!word.isEmpty() && !word.equals("the")) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word);
            }
        }
        return out.toString();
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            codes.put(key(code), code);
            try {
                codes.put(key(locale.getISO3Country()), code);
            } catch (MissingResourceException noAlpha3) {
                // A code without an alpha-3 form is still known by its alpha-2 and its name.
            }
            codes.putIfAbsent(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
        }
        try (InputStream in = Countries.class.getResourceAsStream("country-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("country-names.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String code = columns[0].trim();
                codes.put(key(code), code);
                for (String name : columns[1].split("\\|")) {
                    // The file's forms win over the JDK's: "Congo" is the Republic of the Congo there.
                    codes.put(key(name), code);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return Map.copyOf(codes);
    }
}

package org.orewatch.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.orewatch.names.NameType;

/**
 * Realistic synthetic names for benchmarks: Korean persons, organisations and places in Hangul,
 * McCune-Reischauer (with and without marks), DPRK official and Revised Romanization; Chinese
 * names in pinyin and Han; Russian names in Cyrillic and two transliterations; English and Arabic
 * names with their spelling variants; companies with generic words and legal forms; vessels with
 * prefixes, hull numbers and IMO numbers. Family, company and vessel names are half common words
 * from short lists and half made-up words, so that word frequencies have a head and a long tail as in
 * real lists. Each entity comes with several forms of its name, so a
 * benchmark can index one form and query another; {@link #typo} adds a spelling mistake.
 * Deterministic for a seed.
 */
public final class SyntheticNames {

    /** One named thing and the forms its name is written in (the first is the one listed). */
    public record Entity(NameType type, String kind, List<String> forms) {
    }

    private final SplittableRandom random;
    private final Map<String, List<String[]>> vocabulary;
    private final com.ibm.icu.text.Transliterator toCyrillic = com.ibm.icu.text.Transliterator.getInstance("Latin-Cyrillic");

    // Pieces of made-up words for the long tail of family names, company and vessel names: real lists
    // hold far more distinct words than the short lists of common names, and the index's lists are
    // as long as the words are common.
    private static final String[] TAIL_ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
        "br", "dr", "gr", "kr", "st", "tr", "pl", "sl", "ch", "sh"};
    private static final String[] TAIL_VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "ia"};
    private static final String[] TAIL_CODAS = {"", "", "n", "r", "l", "s", "m", "k", "t"};
    private static final String[] ENGLISH_ENDINGS = {"son", "ton", "man", "ley", "ford", "well", "wood", "field", "er", "s", "ham"};
    private static final String[] RUSSIAN_ENDINGS = {"ov", "ev", "in", "sky", "enko", "uk", "ovich", "ikov"};
    private static final String[] ARABIC_PREFIXES = {"Al-", "Al ", "El-", "", "", ""};
    private static final String[] BRAND_ENDINGS = {"", "ex", "ia", "on", "ix", "ora", "is", "tek"};

    public SyntheticNames(long seed) {
        this.random = new SplittableRandom(seed);
        this.vocabulary = loadVocabulary();
    }

    private static Map<String, List<String[]>> loadVocabulary() {
        Map<String, List<String[]>> vocabulary = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SyntheticNames.class.getResourceAsStream("synthetic-vocabulary.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String[] values = new String[cells.length - 1];
                System.arraycopy(cells, 1, values, 0, values.length);
                vocabulary.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vocabulary;
    }

    /** The next entity, drawn from a mix close to a sanctions list with a DPRK focus. */
    public Entity next() {
        int roll = random.nextInt(100);
        if (roll < 25) {
            return koreanPerson();
        } else if (roll < 33) {
            return koreanOrganization();
        } else if (roll < 38) {
            return koreanPlace();
        } else if (roll < 52) {
            return chinesePerson();
        } else if (roll < 64) {
            return russianPerson();
        } else if (roll < 76) {
            return englishPerson();
        } else if (roll < 84) {
            return arabicPerson();
        } else if (roll < 95) {
            return company();
        }
        return vessel();
    }

    // ------------------------------------------------------------------ Korean

    private static final int HANGUL = 0;
    private static final int RR = 1;
    private static final int MR = 2;
    private static final int STRIPPED = 3;
    private static final int DPRK = 4;

    private Entity koreanPerson() {
        String[] surname = pick("korean-surname");
        String[][] given = random.nextInt(10) == 0
                ? new String[][] {pick("korean-syllable")}
                : new String[][] {pick("korean-syllable"), pick("korean-syllable")};
        List<String> forms = new ArrayList<>();
        forms.add(surname[HANGUL] + join(given, HANGUL, ""));
        forms.add(upper(surname[STRIPPED]) + " " + words(given, STRIPPED));
        forms.add(capital(surname[DPRK]) + " " + words(given, DPRK));
        forms.add(capital(surname[MR]) + " " + hyphenated(given, MR));
        forms.add(capital(surname[5]) + " " + hyphenated(given, RR));
        forms.add(capital(surname[RR]) + " " + capital(join(given, RR, "")));
        forms.add(upper(surname[STRIPPED]) + ", " + words(given, STRIPPED));
        java.util.Collections.shuffle(forms.subList(1, forms.size()), new java.util.Random(random.nextLong()));
        return new Entity(NameType.PERSON, "korean-person", forms);
    }

    private Entity koreanOrganization() {
        String[][] place = {pick("korean-syllable"), pick("korean-syllable")};
        String generic = pick("korean-generic")[0];
        List<String> forms = new ArrayList<>();
        boolean korea = random.nextBoolean();
        for (int system : new int[] {STRIPPED, RR, DPRK, MR}) {
            forms.add((korea ? "Korea " : "") + capital(join(place, system, "")) + " " + generic);
        }
        forms.add(upper((korea ? "Korea " : "") + words(place, STRIPPED) + " " + generic));
        java.util.Collections.shuffle(forms, new java.util.Random(random.nextLong()));
        return new Entity(NameType.ORGANIZATION, "korean-organization", forms);
    }

    private Entity koreanPlace() {
        String[][] place = {pick("korean-syllable"), pick("korean-syllable")};
        List<String> forms = new ArrayList<>();
        forms.add(join(place, HANGUL, ""));
        for (int system : new int[] {STRIPPED, RR, DPRK, MR}) {
            forms.add(capital(join(place, system, "")));
        }
        forms.add(capital(place[0][STRIPPED]) + "-" + place[1][STRIPPED]);
        java.util.Collections.shuffle(forms, new java.util.Random(random.nextLong()));
        return new Entity(NameType.PLACE, "korean-place", forms);
    }

    private static String join(String[][] syllables, int system, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < syllables.length; i++) {
            out.append(i > 0 ? separator : "").append(syllables[i][system]);
        }
        return out.toString();
    }

    private static String words(String[][] syllables, int system) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < syllables.length; i++) {
            out.append(i > 0 ? " " : "").append(capital(syllables[i][system]));
        }
        return out.toString();
    }

    private static String hyphenated(String[][] syllables, int system) {
        return capital(join(syllables, system, "-"));
    }

    // ------------------------------------------------------------------ others

    private Entity chinesePerson() {
        String[] surname = pick("chinese-surname");
        String[][] given = random.nextBoolean()
                ? new String[][] {pick("chinese-given")}
                : new String[][] {pick("chinese-given"), pick("chinese-given")};
        StringBuilder han = new StringBuilder(surname[0]);
        StringBuilder pinyin = new StringBuilder();
        StringBuilder spaced = new StringBuilder();
        for (String[] syllable : given) {
            han.append(syllable[0]);
            pinyin.append(syllable[1]);
            spaced.append(spaced.length() > 0 ? " " : "").append(capital(syllable[1]));
        }
        List<String> forms = new ArrayList<>();
        forms.add(capital(surname[1]) + " " + capital(pinyin.toString()));
        forms.add(upper(surname[1]) + " " + capital(pinyin.toString()));
        forms.add(han.toString());
        forms.add(capital(surname[1]) + " " + spaced);
        forms.add(capital(pinyin.toString()) + " " + capital(surname[1]));
        return new Entity(NameType.PERSON, "chinese-person", forms);
    }

    private Entity russianPerson() {
        String[] first = pick("russian-first");
        String[] last;
        if (random.nextBoolean()) {
            last = pick("russian-last");
        } else {
            String latin = madeUp(RUSSIAN_ENDINGS);
            last = new String[] {capital(toCyrillic.transliterate(latin.toLowerCase(Locale.ROOT))), latin};
        }
        List<String> forms = new ArrayList<>();
        forms.add(first[1] + " " + last[1]);
        forms.add(first[0] + " " + last[0]);
        forms.add(first[2] + " " + last[1]);
        forms.add(upper(last[1]) + ", " + first[1]);
        forms.add(first[1].charAt(0) + ". " + last[1]);
        return new Entity(NameType.PERSON, "russian-person", forms);
    }

    private Entity englishPerson() {
        String first = pick("english-first")[0];
        String last = commonOrTail("english-last", ENGLISH_ENDINGS);
        String middle = pick("english-first")[0];
        List<String> forms = new ArrayList<>();
        forms.add(first + " " + middle.charAt(0) + ". " + last);
        forms.add(first + " " + last);
        forms.add(upper(last) + ", " + first);
        forms.add(first + " " + middle + " " + last);
        return new Entity(NameType.PERSON, "english-person", forms);
    }

    private Entity arabicPerson() {
        String[] first = pick("arabic-first");
        String[] last;
        if (random.nextBoolean()) {
            last = pick("arabic-last");
        } else {
            String stem = madeUp(new String[] {""});
            String prefix = ARABIC_PREFIXES[random.nextInt(ARABIC_PREFIXES.length)];
            last = new String[] {prefix + stem, stem, prefix.isEmpty() ? stem : "Al " + stem};
        }
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            forms.add(first[i] + " " + last[(i + 1) % 3]);
        }
        forms.add(upper(last[0]) + ", " + first[0]);
        return new Entity(NameType.PERSON, "arabic-person", forms);
    }

    private Entity company() {
        String head = random.nextInt(3) == 0 ? pick("chinese-place")[0] : commonOrTail("company-word", BRAND_ENDINGS);
        String second = commonOrTail("company-word", BRAND_ENDINGS);
        String generic = pick("company-generic")[0];
        List<String> forms = new ArrayList<>();
        String base = head + " " + second + " " + generic;
        forms.add(base + " " + pick("legal-form")[0]);
        forms.add(base + " " + pick("legal-form")[0]);
        forms.add(upper(base));
        forms.add(head + " " + second + " " + generic + " " + pick("company-generic")[0]);
        return new Entity(NameType.ORGANIZATION, "company", forms);
    }

    private Entity vessel() {
        String name = commonOrTail("vessel-word", BRAND_ENDINGS) + " " + commonOrTail("vessel-word", BRAND_ENDINGS);
        if (random.nextInt(3) == 0) {
            name += " " + (1 + random.nextInt(9));
        }
        String imo = imoNumber();
        List<String> forms = new ArrayList<>();
        forms.add(name);
        forms.add(pick("vessel-prefix")[0] + " " + upper(name));
        forms.add(name + " IMO " + imo);
        forms.add(upper(name.replace(" ", "")));
        return new Entity(NameType.VESSEL, "vessel", forms);
    }

    private String imoNumber() {
        int[] digits = new int[7];
        int sum = 0;
        digits[0] = 7 + random.nextInt(3);
        for (int i = 1; i < 6; i++) {
            digits[i] = random.nextInt(10);
        }
        for (int i = 0; i < 6; i++) {
            sum += digits[i] * (7 - i);
        }
        digits[6] = sum % 10;
        StringBuilder out = new StringBuilder();
        for (int d : digits) {
            out.append(d);
        }
        return out.toString();
    }

    /** The name with one spelling mistake (a letter changed, dropped, doubled or swapped) in one word. */
    public String typo(String name) {
        String[] words = name.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 5 && words[i].chars().allMatch(c -> c >= 'A' && c <= 'z' && Character.isLetter(c))) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return name;
        }
        int w = candidates.get(random.nextInt(candidates.size()));
        String word = words[w];
        int at = 1 + random.nextInt(word.length() - 2);
        words[w] = switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
        return String.join(" ", words);
    }

    /** A made-up word of two syllables and an ending, capitalised. */
    private String madeUp(String[] endings) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            word.append(TAIL_ONSETS[random.nextInt(TAIL_ONSETS.length)]).append(TAIL_VOWELS[random.nextInt(TAIL_VOWELS.length)])
                    .append(TAIL_CODAS[random.nextInt(TAIL_CODAS.length)]);
        }
        word.append(endings[random.nextInt(endings.length)]);
        return capital(word.toString());
    }

    /** Half the time a common word from the list, half the time one from the long tail. */
    private String commonOrTail(String category, String[] endings) {
        return random.nextBoolean() ? pick(category)[0] : madeUp(endings);
    }

    public SplittableRandom random() {
        return random;
    }

    private String[] pick(String category) {
        List<String[]> values = vocabulary.get(category);
        return values.get(random.nextInt(values.size()));
    }

    private static String capital(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String upper(String word) {
        return word.toUpperCase(Locale.ROOT);
    }
}

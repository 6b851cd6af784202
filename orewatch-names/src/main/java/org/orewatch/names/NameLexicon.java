package org.orewatch.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data the matcher rests on, loaded once from this module's resources and validated at
 * start-up: generic words and legal forms, Korean family names, look-alike characters, phonetic
 * folds and the Korean romanisation table.
 */
final class NameLexicon {

    /** What a lexicon phrase is. */
    enum Kind { LEGAL, GENERIC, PREFIX, TITLE }

    /** One phrase of {@code generic-words.tsv}. */
    record Term(String[] words, Kind kind, String concept, String scope, String note, int line) {

        boolean appliesTo(NameType type) {
            if (scope.equals("any")) {
                return true;
            }
            NameType scoped = NameType.parse(scope);
            return scoped == type || (type == NameType.OTHER && scoped == NameType.ORGANIZATION);
        }
    }

    /** One Korean family name with its romanisations. */
    record Surname(String hangul, List<String> romanizations, boolean common, int line) {
    }

    /** One look-alike character and its Latin replacement. */
    record Lookalike(int codePoint, String replacement, boolean onlyInMixedTokens, int line) {
    }

    /** One phonetic rewrite. */
    record Fold(String from, String to, int line) {
    }

    private static final class Holder {
        static final NameLexicon INSTANCE = load();
    }

    private final List<Term> terms;
    private final Map<String, List<Term>> termsByFirstWord;
    private final List<Surname> surnames;
    private final Map<String, Surname> surnameByRomanization;
    private final Map<String, Long> surnameSounds;
    private final Map<String, Surname> surnameByHangul;
    private final List<Lookalike> lookalikes;
    private final Map<Integer, Lookalike> lookalikeByCodePoint;
    private final List<Fold> folds;
    private final Fold[][] foldsByLetter = new Fold[26][];
    private final RomanizationTable romanization;
    /** Spellings of common names ({@code common-names.tsv}) and the line of the name each spells. */
    private final Map<String, Integer> commonNames;
    private final List<Term> hangulSuffixes;
    /** One-word Latin generic words and legal forms by themselves and their one-letter deletions. */
    private final Map<String, List<Term>> nearTerms = new HashMap<>();
    /** Longest word a typo of a generic word or legal form may be (the longest such word, plus one). */
    private int nearTermLongest;

    private NameLexicon(List<Term> terms, List<Surname> surnames, List<Lookalike> lookalikes, List<Fold> folds,
            RomanizationTable romanization, Map<String, Integer> commonNames) {
        this.terms = List.copyOf(terms);
        this.commonNames = Map.copyOf(commonNames);
        this.surnames = List.copyOf(surnames);
        this.lookalikes = List.copyOf(lookalikes);
        this.folds = List.copyOf(folds);
        for (char c = 'a'; c <= 'z'; c++) {
            List<Fold> matching = new ArrayList<>();
            for (Fold fold : folds) {
                if (fold.from().charAt(0) == c) {
                    matching.add(fold);
                }
            }
            foldsByLetter[c - 'a'] = matching.toArray(new Fold[0]);
        }
        this.romanization = romanization;
        Map<String, List<Term>> byFirst = new HashMap<>();
        List<Term> suffixes = new ArrayList<>();
        for (Term term : terms) {
            byFirst.computeIfAbsent(term.words()[0], k -> new ArrayList<>()).add(term);
            if (term.words().length == 1 && HangulSyllables.isHangul(term.words()[0])) {
                suffixes.add(term);
            }
        }
        for (List<Term> list : byFirst.values()) {
            list.sort((a, b) -> b.words().length - a.words().length);
        }
        suffixes.sort((a, b) -> b.words()[0].length() - a.words()[0].length());
        this.termsByFirstWord = byFirst;
        for (Term term : terms) {
            String word = term.words()[0];
            boolean latin = word.chars().allMatch(c -> c >= 'a' && c <= 'z');
            if (term.words().length == 1 && latin && word.length() >= NEAR_SLIP_LENGTH
                    && (term.kind() == Kind.GENERIC || term.kind() == Kind.LEGAL)) {
                nearTerms.computeIfAbsent(word, k -> new ArrayList<>()).add(term);
                nearTermLongest = Math.max(nearTermLongest, word.length() + 1);
                for (int p = 0; p < word.length(); p++) {
                    nearTerms.computeIfAbsent(word.substring(0, p) + word.substring(p + 1), k -> new ArrayList<>()).add(term);
                }
            }
        }
        this.hangulSuffixes = List.copyOf(suffixes);
        Map<String, Surname> byRoman = new HashMap<>();
        Map<String, Surname> byHangul = new HashMap<>();
        for (Surname surname : surnames) {
            byHangul.put(surname.hangul(), surname);
            for (String roman : surname.romanizations()) {
                // A romanisation shared by two names (song: 송, 성) keeps the more common entry's flag.
                byRoman.merge(roman, surname, (old, added) -> old.common() ? old : added);
            }
        }
        this.surnameByRomanization = byRoman;
        Map<String, Long> sounds = new HashMap<>();
        for (Surname surname : surnames) {
            long sound = HangulSyllables.sounds(surname.hangul())[0];
            for (String roman : surname.romanizations()) {
                sounds.merge(roman, sound, (x, y) -> x | y);
            }
        }
        this.surnameSounds = sounds;
        this.surnameByHangul = byHangul;
        Map<Integer, Lookalike> byCodePoint = new HashMap<>();
        for (Lookalike lookalike : lookalikes) {
            byCodePoint.put(lookalike.codePoint(), lookalike);
        }
        this.lookalikeByCodePoint = byCodePoint;
    }

    static NameLexicon get() {
        return Holder.INSTANCE;
    }

    static NameLexicon load() {
        return new NameLexicon(loadTerms(), loadSurnames(), loadLookalikes(), loadFolds(), RomanizationTable.load(),
                loadCommonNames());
    }

    private static Map<String, Integer> loadCommonNames() {
        Map<String, Integer> names = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read("common-names.tsv", 4)) {
            for (String spelling : row.cell(0).split(",", -1)) {
                if (!spelling.matches("[a-z]+")) {
                    throw row.error(1, "spellings", "'" + spelling + "' must be lowercase a-z");
                }
                if (names.put(spelling, row.line()) != null) {
                    throw row.error(1, "spellings", "duplicate spelling " + spelling);
                }
            }
            if (!row.cell(1).equals("given") && !row.cell(1).equals("family")) {
                throw row.error(2, "kind", "kind must be given or family");
            }
            if (!row.cell(2).matches("[a-z]+")) {
                throw row.error(3, "tradition", "tradition must be one lowercase word");
            }
        }
        return names;
    }

    /** Whether a folded word is a common given or family name ({@code common-names.tsv}). */
    boolean isCommonName(String folded) {
        return commonNames.containsKey(folded);
    }

    /** Whether two folded words are spellings of two different common names (Zhang / Zheng, Amin / Amir). */
    boolean distinctCommonNames(String a, String b) {
        Integer x = commonNames.get(a);
        Integer y = commonNames.get(b);
        return x != null && y != null && !x.equals(y);
    }

    /** Whether two folded words are two spellings of one common name (Hassan / Hasan). */
    boolean sameCommonName(String a, String b) {
        Integer x = commonNames.get(a);
        return x != null && x.equals(commonNames.get(b));
    }

    /** Every spelling of a common name, with the line of its row. */
    Map<String, Integer> commonNames() {
        return commonNames;
    }

    private static List<Term> loadTerms() {
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read("generic-words.tsv", 5)) {
            String phrase = row.cell(0);
            for (String word : phrase.split(" ", -1)) {
                if (word.isEmpty()) {
                    throw row.error(1, "phrase", "words must be separated by single spaces");
                }
                if (!HangulSyllables.isHangul(word) && !isHan(word) && !word.matches("[a-z]+")) {
                    throw row.error(1, "phrase", "'" + word + "' must be lowercase a-z, Hangul or Han");
                }
            }
            Kind kind;
            try {
                kind = Kind.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error(2, "kind", "kind must be legal, generic, prefix or title");
            }
            String scope = row.cell(3);
            if (!scope.equals("any")) {
                try {
                    NameType.parse(scope);
                } catch (RuntimeException e) {
                    throw row.error(4, "scope", "scope must be any, person, organization, vessel or place");
                }
            }
            if (!row.cell(2).matches("[a-z-]+")) {
                throw row.error(3, "concept", "concept must be lowercase words joined by hyphens");
            }
            if (!seen.add(phrase + "\t" + scope)) {
                throw row.error(1, "phrase", "duplicate phrase '" + phrase + "' for scope " + scope);
            }
            terms.add(new Term(phrase.split(" "), kind, row.cell(2), scope, row.cell(4), row.line()));
        }
        return terms;
    }

    static boolean isHan(String word) {
        return word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static List<Surname> loadSurnames() {
        List<Surname> surnames = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read("korean-surnames.tsv", 4)) {
            String hangul = row.cell(0);
            if (!HangulSyllables.isHangul(hangul)) {
                throw row.error(1, "hangul", "'" + hangul + "' is not Hangul");
            }
            if (!seen.add(hangul)) {
                throw row.error(1, "hangul", "duplicate family name " + hangul);
            }
            List<String> romanizations = List.of(row.cell(1).split(","));
            for (String roman : romanizations) {
                if (!roman.matches("[a-z]+")) {
                    throw row.error(2, "romanizations", "'" + roman + "' must be lowercase a-z");
                }
            }
            String frequency = row.cell(2);
            if (!frequency.equals("common") && !frequency.equals("other")) {
                throw row.error(3, "frequency", "frequency must be common or other");
            }
            surnames.add(new Surname(hangul, romanizations, frequency.equals("common"), row.line()));
        }
        return surnames;
    }

    private static List<Lookalike> loadLookalikes() {
        List<Lookalike> lookalikes = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read("lookalikes.tsv", 4)) {
            String character = row.cell(0);
            if (character.codePointCount(0, character.length()) != 1) {
                throw row.error(1, "character", "one character expected");
            }
            if (!row.cell(1).matches("[a-z]+")) {
                throw row.error(2, "replacement", "replacement must be lowercase a-z");
            }
            String scope = row.cell(2);
            if (!scope.equals("mixed") && !scope.equals("always")) {
                throw row.error(3, "scope", "scope must be mixed or always");
            }
            int codePoint = character.codePointAt(0);
            if (!seen.add(codePoint)) {
                throw row.error(1, "character", "duplicate character " + character);
            }
            lookalikes.add(new Lookalike(codePoint, row.cell(1), scope.equals("mixed"), row.line()));
        }
        return lookalikes;
    }

    private static List<Fold> loadFolds() {
        List<Fold> folds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read("phonetic-folds.tsv", 3)) {
            if (!row.cell(0).matches("[a-z]+") || !row.cell(1).matches("[a-z]+")) {
                throw row.error(1, "from", "folds rewrite lowercase a-z to lowercase a-z");
            }
            if (!seen.add(row.cell(0))) {
                throw row.error(1, "from", "duplicate fold " + row.cell(0));
            }
            folds.add(new Fold(row.cell(0), row.cell(1), row.line()));
        }
        return folds;
    }

    List<Term> terms() {
        return terms;
    }

    List<Term> termsStartingWith(String word) {
        return termsByFirstWord.getOrDefault(word, Collections.emptyList());
    }

    /** Shortest generic word or legal form any one-edit typo is corrected to (shorter words: one edit is another word). */
    static final int NEAR_TERM_LENGTH = 7;
    /**
     * Shortest generic word or legal form a slip of the keyboard is corrected to (KOEEA, GROUO,
     * BANL): a slip rarely turns a word into another one.
     */
    static final int NEAR_SLIP_LENGTH = 4;

    /**
     * A one-word generic word or legal form that {@code word} is one edit away from when the form
     * has at least {@link #NEAR_TERM_LENGTH} letters (SHIPIPNG: shipping), or one slip of the
     * keyboard ({@link KeyboardTypo}) when it has at least {@link #NEAR_SLIP_LENGTH} (KOEEA: korea),
     * applying to the type, or null.
     */
    Term nearTerm(String word, NameType type) {
        // A person's name is not corrected into a generic word (Banks, Mina).
        if (type == NameType.PERSON || word.length() < NEAR_SLIP_LENGTH - 1 || word.length() > nearTermLongest
                || termsByFirstWord.containsKey(word)) {
            return null;
        }
        Term found = nearTerm(nearTerms.get(word), word, type);
        for (int p = 0; p < word.length() && found == null; p++) {
            found = nearTerm(nearTerms.get(word.substring(0, p) + word.substring(p + 1)), word, type);
        }
        return found;
    }

    private static Term nearTerm(List<Term> candidates, String word, NameType type) {
        if (candidates == null) {
            return null;
        }
        for (Term term : candidates) {
            String form = term.words()[0];
            boolean typo = form.length() >= NEAR_TERM_LENGTH
                    ? EditDistance.optimalStringAlignment(form, word, 1) == 1 : KeyboardTypo.isSlip(form, word);
            if (term.appliesTo(type) && typo) {
                return term;
            }
        }
        return null;
    }

    /** Hangul generic words, longest first, for splitting suffixes off Hangul names (검덕광산). */
    List<Term> hangulSuffixes() {
        return hangulSuffixes;
    }

    List<Surname> surnames() {
        return surnames;
    }

    Surname surnameByRomanization(String folded) {
        return surnameByRomanization.get(folded);
    }

    /** The sounds of every family name a romanisation can stand for (song: 송 or 성), or 0. */
    long surnameSounds(String folded) {
        return surnameSounds.getOrDefault(folded, 0L);
    }

    Surname surnameByHangul(String hangul) {
        return surnameByHangul.get(hangul);
    }

    List<Lookalike> lookalikes() {
        return lookalikes;
    }

    Lookalike lookalike(int codePoint) {
        return lookalikeByCodePoint.get(codePoint);
    }

    List<Fold> folds() {
        return folds;
    }

    /** The folds whose pattern starts with a letter a-z, in file order. */
    Fold[] foldsStartingWith(char letter) {
        return foldsByLetter[letter - 'a'];
    }

    RomanizationTable romanization() {
        return romanization;
    }
}

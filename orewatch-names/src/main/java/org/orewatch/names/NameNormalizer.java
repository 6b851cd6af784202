package org.orewatch.names;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a raw name into a {@link PreparedName}: Unicode normalisation and case folding, control
 * characters and punctuation dropped, look-alike letters folded, each token's script detected and
 * non-Latin tokens transliterated (Hangul by its own syllable reading, the rest by ICU), legal
 * forms, generic words and vessel prefixes recognised, IMO numbers taken out as identifiers, and
 * Korean names parsed into syllable keys.
 *
 * <p>Work is bounded: at most {@link #MAX_INPUT_CHARS} characters of input, {@link #MAX_TOKENS}
 * tokens and {@link #MAX_TOKEN_CHARS} characters a token are read, so a pathological name costs
 * no more than a long real one.
 */
final class NameNormalizer {

    static final int MAX_INPUT_CHARS = 1024;
    static final int MAX_TOKENS = 20;
    static final int MAX_TOKEN_CHARS = 64;

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final int SCRIPT_LATIN = 1;
    private static final int SCRIPT_HANGUL = 2;
    private static final int SCRIPT_HAN = 3;

    /** A token on its way to becoming part of a prepared name. */
    private static final class Draft {
        String text;
        String korean;
        String source;
        byte origin = PreparedName.LATIN;
        byte kind = PreparedName.CONTENT;
        String concept;
        boolean hyphenBefore;
        boolean merged;
        boolean parenthetical;
        /** Written before the name's first comma: a list's family name (BUNYONI, Alain Guillaume). */
        boolean beforeComma;
        String hangul;
        long[] literal;
        long[] weak;
        boolean surname;
        boolean commonSurname;
        /** Made a generic word or legal form only as the typo of one (CORPORATIO), not as written. */
        boolean corrected;
        int script;

        Draft copy() {
            Draft d = new Draft();
            d.text = text;
            d.korean = korean;
            d.source = source;
            d.origin = origin;
            d.kind = kind;
            d.concept = concept;
            d.hyphenBefore = hyphenBefore;
            d.parenthetical = parenthetical;
            d.beforeComma = beforeComma;
            d.hangul = hangul;
            d.script = script;
            return d;
        }
    }

    private final NameLexicon lexicon;
    private final RomanizedSyllables parser;
    private final KoreanKey.VowelGroups vowelGroups;

    NameNormalizer(NameLexicon lexicon) {
        this.lexicon = lexicon;
        this.parser = new RomanizedSyllables(lexicon.romanization());
        this.vowelGroups = new KoreanKey.VowelGroups(lexicon.romanization());
    }

    KoreanKey.VowelGroups vowelGroups() {
        return vowelGroups;
    }

    RomanizedSyllables parser() {
        return parser;
    }

    PreparedName prepare(String name, NameType requestedType) {
        return prepare(name, requestedType, true);
    }

    /** As {@link #prepare(String, NameType)}; {@code typeGiven} false when the type is only assumed. */
    PreparedName prepare(String name, NameType requestedType, boolean typeGiven) {
        NameType type = requestedType == null ? NameType.OTHER : requestedType;
        String input = name == null ? "" : name;
        if (input.length() > MAX_INPUT_CHARS) {
            int end = MAX_INPUT_CHARS;
            if (Character.isHighSurrogate(input.charAt(end - 1))) {
                end--;
            }
            input = input.substring(0, end);
        }
        boolean[] commaAfterFirst = new boolean[1];
        List<Draft> drafts = tokenize(NFKC_CASEFOLD.normalize(input), commaAfterFirst);
        drafts = expandScripts(drafts, type);
        drafts = applyLexicon(drafts, type, typeGiven);
        if (type == NameType.VESSEL) {
            romanNumerals(drafts);
        }
        if (drafts.size() > MAX_TOKENS) {
            drafts = new ArrayList<>(drafts.subList(0, MAX_TOKENS));
        }
        String identifier = extractIdentifier(drafts, type);
        return analyse(name == null ? "" : name, type, drafts, identifier, commaAfterFirst[0], typeGiven);
    }

    // ---------------------------------------------------------------- tokenising

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u02BB' || cp == '`'
                || cp == '\u00B4' || cp == '\u2032';
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013' || cp == '\u00AD';
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static int scriptGroup(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? SCRIPT_LATIN : 0;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case LATIN, CYRILLIC, GREEK -> SCRIPT_LATIN;
            case HANGUL -> SCRIPT_HANGUL;
            case HAN, HIRAGANA, KATAKANA -> SCRIPT_HAN;
            case COMMON, INHERITED -> 0;
            default -> 10 + script.ordinal();
        };
    }

    private static List<Draft> tokenize(String text, boolean[] commaAfterFirst) {
        List<Draft> drafts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentScript = -1;
        boolean digits = false;
        boolean seenComma = false;
        boolean hyphenNext = false;
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n && drafts.size() < 2 * MAX_TOKENS; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int following = next < n ? text.codePointAt(next) : -1;
            boolean letter = Character.isLetter(cp) || (isMark(cp) && current.length() > 0 && !digits);
            if (letter) {
                int group = isMark(cp) ? currentScript : scriptGroup(cp);
                if (current.length() > 0 && (digits || (group != 0 && currentScript != 0 && group != currentScript))) {
                    flush(drafts, current, currentScript, digits);
                }
                if (current.length() == 0) {
                    currentScript = group;
                    digits = false;
                    if (hyphenNext) {
                        drafts.add(null);
                        hyphenNext = false;
                    }
                }
                if (current.length() < MAX_TOKEN_CHARS) {
                    current.appendCodePoint(cp);
                }
            } else if (Character.isDigit(cp) && current.length() > 0 && !digits && following >= 0
                    && Character.isLetter(following) && NameLexicon.get().lookalike(cp) != null) {
                // A digit standing for a letter inside a word (W0NSAN) stays in the word.
                current.appendCodePoint(cp);
            } else if (Character.isDigit(cp)) {
                if (current.length() > 0 && !digits) {
                    flush(drafts, current, currentScript, digits);
                }
                digits = true;
                if (current.length() < MAX_TOKEN_CHARS) {
                    current.append((char) ('0' + Character.digit(cp, 10)));
                }
            } else if (isApostrophe(cp) && current.length() > 0 && !digits && following >= 0
                    && Character.isLetter(following)) {
                current.append('\'');
            } else {
                boolean joined = isHyphen(cp) && current.length() > 0 && !digits && following >= 0
                        && Character.isLetter(following);
                if (current.length() > 0) {
                    flush(drafts, current, currentScript, digits);
                    drafts.get(drafts.size() - 1).parenthetical = depth > 0;
                }
                if (cp == '(' || cp == '[') {
                    depth++;
                } else if ((cp == ')' || cp == ']') && depth > 0) {
                    depth--;
                }
                hyphenNext = joined;
                if (cp == ',' && !seenComma) {
                    seenComma = true;
                    commaAfterFirst[0] = drafts.size() == 1;
                    for (Draft before : drafts) {
                        if (before != null) {
                            before.beforeComma = true;
                        }
                    }
                }
                digits = false;
            }
            i = next;
        }
        if (current.length() > 0 && drafts.size() < 2 * MAX_TOKENS) {
            flush(drafts, current, currentScript, digits);
            drafts.get(drafts.size() - 1).parenthetical = depth > 0;
        }
        // A null marks a hyphen between the tokens around it (Dae-Dong, Jean-Pierre).
        List<Draft> out = new ArrayList<>(drafts.size());
        boolean hyphen = false;
        for (Draft draft : drafts) {
            if (draft == null) {
                hyphen = true;
                continue;
            }
            draft.hyphenBefore = hyphen && !out.isEmpty();
            hyphen = false;
            out.add(draft);
        }
        return out;
    }

    private static void flush(List<Draft> drafts, StringBuilder current, int script, boolean digits) {
        Draft draft = new Draft();
        draft.source = current.toString();
        draft.text = draft.source;
        draft.script = script;
        if (digits) {
            draft.kind = PreparedName.DIGITS;
            String stripped = draft.source.replaceFirst("^0+(?=.)", "");
            draft.text = stripped;
        }
        drafts.add(draft);
        current.setLength(0);
    }

    // ---------------------------------------------------------------- scripts

    private List<Draft> expandScripts(List<Draft> drafts, NameType type) {
        List<Draft> out = new ArrayList<>(drafts.size() + 4);
        for (Draft draft : drafts) {
            if (draft.kind == PreparedName.DIGITS) {
                out.add(draft);
            } else if (draft.script == SCRIPT_HANGUL && HangulSyllables.isHangul(draft.source)) {
                expandHangul(draft, type, out);
            } else if (draft.script == SCRIPT_LATIN) {
                expandLatinGroup(draft, out);
            } else {
                expandOther(draft, type, out);
            }
        }
        return out;
    }

    private void expandLatinGroup(Draft draft, List<Draft> out) {
        String source = draft.source;
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            if (cp < 0x80) {
                latin |= Character.isLetter(cp);
                other |= Character.isDigit(cp);
            } else if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin = true;
                } else {
                    other = true;
                }
            }
            i += Character.charCount(cp);
        }
        if (other && !latin) {
            Character.UnicodeScript script = Character.UnicodeScript.of(source.codePointAt(0));
            addTransliterated(Transliteration.toLatin(source.replace('|', '-'), script), draft, out);
            return;
        }
        String folded = other ? foldLookalikes(source, true) : source;
        String[] abdAl = ArabicSpelling.splitAbdAl(folded);
        if (abdAl != null) {
            for (String part : abdAl) {
                Draft d = draft.copy();
                if (latinForms(part, d)) {
                    d.origin = PreparedName.RESPELT;
                    d.source = folded;
                    out.add(d);
                }
            }
            return;
        }
        if (latinForms(folded, draft)) {
            out.add(draft);
        }
    }

    private String foldLookalikes(String source, boolean mixed) {
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            NameLexicon.Lookalike lookalike = lexicon.lookalike(cp);
            if (lookalike != null && (mixed || !lookalike.onlyInMixedTokens())) {
                out.append(lookalike.replacement());
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Sets the draft's Korean-parse form (a-z, ŏ, ŭ, aspiration apostrophes, '|' breaks) and its
     * folded text (a-z only); false when nothing Latin is left.
     */
    private boolean latinForms(String raw, Draft draft) {
        boolean ascii = true;
        for (int i = 0; i < raw.length() && ascii; i++) {
            ascii = raw.charAt(i) < 0x80;
        }
        String decomposed = ascii ? raw : Normalizer.normalize(raw, Normalizer.Form.NFD);
        StringBuilder korean = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 'a' && cp <= 'z' || cp == '\'' || cp == '|') {
                korean.append((char) cp);
            } else if (cp == '\u0306' || cp == '\u030C' || cp == '\u0308' || cp == '\u0302') {
                // Breve (and its common stand-ins) on o/u: the MR vowels ŏ and ŭ.
                int last = korean.length() - 1;
                if (last >= 0 && korean.charAt(last) == 'o') {
                    korean.setCharAt(last, 'ŏ');
                } else if (last >= 0 && korean.charAt(last) == 'u') {
                    korean.setCharAt(last, 'ŭ');
                }
            } else if (cp >= 'A' && cp <= 'Z') {
                korean.append((char) (cp + 32));
            } else if (Character.isLetter(cp)) {
                NameLexicon.Lookalike lookalike = lexicon.lookalike(cp);
                if (lookalike != null) {
                    korean.append(lookalike.replacement());
                }
            }
        }
        String form = resolveApostrophes(korean);
        StringBuilder folded = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c >= 'a' && c <= 'z') {
                folded.append(c);
            } else if (c == 'ŏ') {
                folded.append('o');
            } else if (c == 'ŭ') {
                folded.append('u');
            }
        }
        if (folded.length() == 0) {
            return false;
        }
        draft.korean = form;
        draft.text = folded.toString();
        return true;
    }

    /**
     * The apostrophe has three uses in romanised Korean: aspiration after k, t, p, ch (MR
     * ch'ŏn); a breve written as an apostrophe after o or u in ASCII lists (CH'O'NGSONG); and a
     * syllable break elsewhere (Han'guk). The first stays, the second becomes ŏ or ŭ, the third '|'.
     */
    static String resolveApostrophes(CharSequence form) {
        StringBuilder out = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c != '\'') {
                out.append(c);
                continue;
            }
            int last = out.length() - 1;
            char before = last >= 0 ? out.charAt(last) : ' ';
            char after = i + 1 < form.length() ? form.charAt(i + 1) : ' ';
            boolean vowelAfter = "aeiouŏŭwy".indexOf(after) >= 0;
            if (before == 'o' || before == 'u') {
                out.setCharAt(last, before == 'o' ? 'ŏ' : 'ŭ');
            } else if ((before == 'y' || before == 'w') && (after == 'o' || after == 'u')) {
                // KY'ONG, MY'ONG: the breve written before its vowel.
                out.append(after == 'o' ? 'ŏ' : 'ŭ');
                i++;
            } else if (vowelAfter && (before == 'k' || before == 't' || before == 'p'
                    || (before == 'h' && last >= 1 && out.charAt(last - 1) == 'c'))) {
                out.append('\'');
            } else if (last >= 0 && after != ' ') {
                out.append('|');
            }
        }
        return out.toString();
    }

    private void expandHangul(Draft draft, NameType type, List<Draft> out) {
        List<String> parts = splitSuffixes(draft.source, type);
        String stem = parts.get(0);
        if ((type == NameType.PERSON || type == NameType.OTHER) && parts.size() == 1 && stem.length() >= 2
                && stem.length() <= 4 && lexicon.surnameByHangul(stem.substring(0, 1)) != null) {
            parts = List.of(stem.substring(0, 1), stem.substring(1));
        }
        for (String part : parts) {
            Draft d = draft.copy();
            d.source = part;
            d.hangul = part;
            d.origin = PreparedName.HANGUL;
            d.text = HangulSyllables.romanize(part);
            d.korean = null;
            out.add(d);
        }
    }

    /** Splits the type's generic-word suffixes off a Hangul token (검덕광산 -> 검덕, 광산). */
    private List<String> splitSuffixes(String token, NameType type) {
        List<String> suffixes = new ArrayList<>();
        String stem = token;
        // A whole generic word (주식회사) is not split into its parts.
        boolean found = lexicon.termsStartingWith(token).isEmpty();
        while (found && stem.length() > 1) {
            found = false;
            for (NameLexicon.Term term : lexicon.hangulSuffixes()) {
                String word = term.words()[0];
                // Only the type's words: 도 ends places (provinces), and persons' given names too.
                if (term.appliesTo(type) && stem.length() > word.length() && stem.endsWith(word)) {
                    suffixes.add(0, word);
                    stem = stem.substring(0, stem.length() - word.length());
                    found = true;
                    break;
                }
            }
        }
        List<String> parts = new ArrayList<>(suffixes.size() + 1);
        parts.add(stem);
        parts.addAll(suffixes);
        return parts;
    }

    private void expandOther(Draft draft, NameType type, List<Draft> out) {
        Character.UnicodeScript script = Character.UnicodeScript.of(draft.source.codePointAt(0));
        boolean han = draft.script == SCRIPT_HAN;
        if (!han) {
            addTransliterated(Transliteration.toLatin(draft.source.replace('|', '-'), script), draft, out);
            return;
        }
        for (String part : splitHanSuffixes(draft.source)) {
            String latin = Transliteration.toLatin(part, script);
            Draft partDraft = draft.copy();
            partDraft.source = part;
            if ((type == NameType.PERSON || type == NameType.OTHER) && part.length() >= 2 && part.length() <= 4
                    && part.equals(draft.source)) {
                // A Chinese personal name: one-character family name, given name as one word.
                String[] syllables = latin.trim().split("\\s+");
                if (syllables.length >= 2) {
                    StringBuilder given = new StringBuilder();
                    for (int i = 1; i < syllables.length; i++) {
                        given.append(syllables[i]);
                    }
                    latin = syllables[0] + " " + given;
                    addTransliterated(latin, partDraft, out);
                    continue;
                }
            }
            addTransliterated(pairSyllables(latin), partDraft, out);
        }
    }

    /** Chinese words are mostly two characters: join pinyin syllables in twos (hua wei ji shu -> huawei jishu). */
    private static String pairSyllables(String latin) {
        String[] syllables = latin.trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < syllables.length; i++) {
            boolean joinWithPrevious = i % 2 == 1 || (i == syllables.length - 1 && i > 0);
            if (i > 0 && !joinWithPrevious) {
                out.append(' ');
            }
            out.append(syllables[i]);
        }
        return out.toString();
    }

    private List<String> splitHanSuffixes(String token) {
        List<String> suffixes = new ArrayList<>();
        String stem = token;
        boolean found = true;
        while (found && stem.length() > 1) {
            found = false;
            for (NameLexicon.Term term : lexicon.terms()) {
                String word = term.words()[0];
                if (term.words().length == 1 && NameLexicon.isHan(word) && stem.length() > word.length()
                        && stem.endsWith(word)) {
                    suffixes.add(0, word);
                    stem = stem.substring(0, stem.length() - word.length());
                    found = true;
                    break;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(stem);
        parts.addAll(suffixes);
        return parts;
    }

    private void addTransliterated(String latin, Draft original, List<Draft> out) {
        String[] words = latin.trim().split("[^\\p{L}\\p{M}'-]+");
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            Draft d = original.copy();
            d.origin = PreparedName.TRANSLITERATED;
            if (latinForms(word.replace('-', '|'), d)) {
                out.add(d);
            }
        }
    }

    // ---------------------------------------------------------------- lexicon

    /** Longest legal-form abbreviation that a word written with diacritics is not (Sá is a name, not S.A.). */
    static final int ABBREVIATION_LENGTH = 3;

    /**
     * Whether a word written with Latin diacritics would be read as a short Latin legal form: such
     * abbreviations are written in plain letters (SA, AG, Co), so Sá (Portuguese family name) is not
     * S.A.
     */
    private static boolean accentedAbbreviation(NameLexicon.Term term, Draft draft) {
        if (term.kind() != NameLexicon.Kind.LEGAL || term.words().length != 1 || term.words()[0].length() > ABBREVIATION_LENGTH
                || !term.words()[0].chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        return draft.source.chars().anyMatch(c -> c >= 0xC0 && c <= 0x24F);
    }

    private List<Draft> applyLexicon(List<Draft> drafts, NameType type, boolean typeGiven) {
        List<Draft> out = new ArrayList<>(drafts.size());
        int i = 0;
        while (i < drafts.size()) {
            Draft draft = drafts.get(i);
            NameLexicon.Term matched = null;
            if (draft.kind == PreparedName.CONTENT) {
                for (NameLexicon.Term term : lexicon.termsStartingWith(lookupWord(draft))) {
                    if (term.appliesTo(type) && matches(term, drafts, i) && !accentedAbbreviation(term, draft)) {
                        matched = term;
                        break;
                    }
                }
            }
            if (matched == null && draft.kind == PreparedName.CONTENT && draft.origin == PreparedName.LATIN && typeGiven) {
                // A typo in a generic word or legal form (SHIPIPNG, CORPORATIO) must not turn it into
                // a distinctive word that carries the name; only long words, where one edit is a typo,
                // and never a word that reads as Korean (Kwangson is a bank's name, kwangsan a mine).
                // Not in a name whose type is only assumed: read as a vessel's, Ines (one slip from
                // mines) would become a generic word of a person's name.
                matched = lexicon.nearTerm(draft.text, type);
                if (matched != null && draft.korean != null
                        && parser.parse(draft.korean, RomanizationSystem.MIXED, RomanizationSystem.MIXED) != null) {
                    matched = null;
                }
                if (matched != null) {
                    Draft near = draft.copy();
                    near.korean = null;
                    near.concept = matched.concept();
                    near.kind = matched.kind() == NameLexicon.Kind.LEGAL ? PreparedName.LEGAL : PreparedName.GENERIC;
                    near.text = matched.kind() == NameLexicon.Kind.LEGAL ? matched.concept() : draft.text;
                    near.corrected = true;
                    out.add(near);
                    i++;
                    continue;
                }
            }
            if (matched == null) {
                out.add(draft);
                i++;
                continue;
            }
            int length = matched.words().length;
            Draft merged = draft.copy();
            StringBuilder text = new StringBuilder();
            StringBuilder source = new StringBuilder();
            for (int j = i; j < i + length; j++) {
                text.append(drafts.get(j).text);
                source.append(j > i ? " " : "").append(drafts.get(j).source);
            }
            // Legal forms are spelt many ways for one meaning (Corp., Corporation): keep the meaning.
            merged.text = matched.kind() == NameLexicon.Kind.LEGAL ? matched.concept() : text.toString();
            merged.source = source.toString();
            merged.korean = null;
            merged.concept = matched.concept();
            merged.kind = switch (matched.kind()) {
                case LEGAL -> PreparedName.LEGAL;
                case GENERIC -> PreparedName.GENERIC;
                case PREFIX, TITLE -> -1;
            };
            out.add(merged);
            i += length;
        }
        boolean hasOther = false;
        boolean hasPlain = false;
        for (Draft draft : out) {
            hasOther |= draft.kind != -1;
            hasPlain |= draft.kind == PreparedName.CONTENT && !draft.parenthetical;
        }
        List<Draft> kept = new ArrayList<>(out.size());
        for (Draft draft : out) {
            // Parentheses hold acronyms, places and notes: (RGB), (Hong Kong), (KPe.025).
            if (draft.parenthetical && hasPlain) {
                continue;
            }
            if (draft.kind == -1) {
                if (hasOther) {
                    continue;
                }
                draft.kind = PreparedName.CONTENT;
                draft.concept = null;
            }
            kept.add(draft);
        }
        return kept;
    }

    /** Hull numbers written in Roman numerals (ARGO I, BICENTENARIO XVI) are numbers, as ARGO 1 is. */
    private static void romanNumerals(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int value = d.kind == PreparedName.CONTENT && d.origin == PreparedName.LATIN ? RomanNumeral.value(d.text) : 0;
            if (value > 0) {
                d.kind = PreparedName.DIGITS;
                d.text = Integer.toString(value);
                d.korean = null;
            }
        }
    }

    private static String lookupWord(Draft draft) {
        return draft.origin == PreparedName.HANGUL ? draft.hangul : draft.text;
    }

    private static boolean matches(NameLexicon.Term term, List<Draft> drafts, int at) {
        String[] words = term.words();
        if (at + words.length > drafts.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Draft d = drafts.get(at + k);
            if (d.kind != PreparedName.CONTENT || !words[k].equals(lookupWord(d))) {
                return false;
            }
        }
        return true;
    }

    /** Takes an IMO number out of the tokens: "IMO 8905490", or a valid 7-digit IMO in a vessel name. */
    private static String extractIdentifier(List<Draft> drafts, NameType type) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.kind == PreparedName.CONTENT && d.text.equals("imo") && i + 1 < drafts.size()
                    && drafts.get(i + 1).kind == PreparedName.DIGITS && drafts.get(i + 1).source.length() == 7) {
                String imo = drafts.get(i + 1).source;
                drafts.remove(i + 1);
                drafts.remove(i);
                return imo;
            }
        }
        if (type == NameType.VESSEL) {
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.kind == PreparedName.DIGITS && d.source.length() == 7 && validImo(d.source)) {
                    drafts.remove(i);
                    return d.source;
                }
            }
        }
        return null;
    }

    /** IMO ship numbers carry a check digit: the first six digits weighted 7..2, summed, mod 10. */
    static boolean validImo(String digits) {
        if (digits.length() != 7) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == digits.charAt(6) - '0';
    }

    // ---------------------------------------------------------------- Korean and the rest

    private PreparedName analyse(String original, NameType type, List<Draft> drafts, String identifier,
            boolean commaAfterFirst, boolean typeGiven) {
        RomanizationSystem[] systems = detectSystems(drafts);
        RomanizationSystem consonants = systems[0];
        RomanizationSystem vowels = systems[1];
        int content = 0;
        int parsed = 0;
        boolean hangul = false;
        for (Draft d : drafts) {
            if (d.kind != PreparedName.CONTENT) {
                continue;
            }
            content++;
            if (d.origin == PreparedName.HANGUL) {
                d.literal = HangulSyllables.sounds(d.hangul);
                d.weak = new long[d.literal.length];
                hangul = true;
                parsed++;
            } else if (d.origin == PreparedName.LATIN && d.korean != null) {
                boolean knownSurname = lexicon.surnameByRomanization(d.text) != null;
                RomanizedSyllables.Parse parse = parser.parse(d.korean,
                        knownSurname ? RomanizationSystem.MIXED : consonants,
                        knownSurname ? RomanizationSystem.MIXED : vowels,
                        type == NameType.PERSON || type == NameType.OTHER);
                if (parse != null && (parse.literal().length == 1 || !knownSurname)) {
                    d.literal = parse.literal();
                    d.weak = parse.weak();
                    parsed++;
                } else if (knownSurname) {
                    // Park, Choi, Yoon: one-syllable family names spelt by custom, not by any system.
                    d.literal = new long[] {lexicon.surnameSounds(d.text)};
                    d.weak = new long[1];
                    parsed++;
                }
            }
        }
        boolean marked = consonants != RomanizationSystem.STRIPPED || vowels != RomanizationSystem.STRIPPED;
        boolean evidence = marked;
        for (Draft d : drafts) {
            if (d.kind == PreparedName.CONTENT && d.origin == PreparedName.LATIN && d.literal != null) {
                evidence |= (d.literal.length == 1 && lexicon.surnameByRomanization(d.text) != null)
                        || koreanLooking(d.korean);
            }
        }
        // Read as Korean: Hangul, or every word parses as Korean syllables and the name shows some
        // sign of Korean (a romanisation mark, a family name, a spelling like ng, ch, yo, kw, ae):
        // Usama bin Ladin parses, but is not read as Korean.
        boolean korean = content > 0 && (hangul || (parsed == content && evidence));
        // All words but one read as Korean: the one may be a typo that made a syllable no syllable
        // (CHUB for CHUN, SONNG for SONG), which the whole-name typo rule may still forgive.
        boolean nearlyKorean = !korean && content >= 2 && parsed == content - 1 && evidence;
        if (korean) {
            markSurnames(drafts, type, commaAfterFirst);
        }
        drafts = mergeSyllableWords(drafts, korean);
        relookupMerged(drafts, type);
        for (Draft d : drafts) {
            if (d.kind == PreparedName.CONTENT && d.text.length() == 1 && !d.surname && d.origin != PreparedName.HANGUL) {
                d.kind = PreparedName.INITIAL;
            }
        }
        return build(original, type, drafts, identifier, korean, nearlyKorean, consonants, vowels, typeGiven);
    }

    private static final String[] KOREAN_SPELLINGS = {"ng", "ch", "kh", "th", "ph", "ae", "oe", "eo", "eu", "yo",
        "yu", "ya", "ye", "kw", "hw", "gw", "ky", "hy", "py", "ry", "gy", "ok", "uk", "ŏ", "ŭ", "'"};

    /** Spellings common in romanised Korean and rare in the Western names that happen to parse as Korean. */
    static boolean koreanLooking(String form) {
        for (String spelling : KOREAN_SPELLINGS) {
            if (form.contains(spelling)) {
                return true;
            }
        }
        return false;
    }

    /** A word joined from syllables (kwan-li-so) may be a generic word the lexicon knows (kwanliso). */
    private void relookupMerged(List<Draft> drafts, NameType type) {
        for (Draft d : drafts) {
            if (d.kind != PreparedName.CONTENT || !d.merged) {
                continue;
            }
            for (NameLexicon.Term term : lexicon.termsStartingWith(d.text)) {
                if (term.words().length == 1 && term.appliesTo(type) && term.kind() == NameLexicon.Kind.GENERIC) {
                    d.kind = PreparedName.GENERIC;
                    d.concept = term.concept();
                    break;
                }
            }
        }
    }

    /** Consonant and vowel systems from the marks in the name's Latin tokens. */
    private static RomanizationSystem[] detectSystems(List<Draft> drafts) {
        boolean mrConsonants = false;
        boolean dprk = false;
        boolean rr = false;
        boolean breves = false;
        for (Draft d : drafts) {
            if (d.korean == null || d.kind != PreparedName.CONTENT || d.origin != PreparedName.LATIN) {
                continue;
            }
            String k = d.korean;
            if (k.indexOf('\'') >= 0) {
                mrConsonants = true;
            }
            if (k.indexOf('ŏ') >= 0 || k.indexOf('ŭ') >= 0) {
                breves = true;
            }
            if (k.contains("eo") || k.contains("eu")) {
                rr = true;
            }
            for (int i = 0; i + 2 < k.length(); i++) {
                char a = k.charAt(i);
                if ((a == 'k' || a == 't' || a == 'p') && k.charAt(i + 1) == 'h' && "aeiouwyŏŭ".indexOf(k.charAt(i + 2)) >= 0
                        && (i == 0 || k.charAt(i - 1) != 'c')) {
                    dprk = true;
                }
            }
        }
        int consonantSignals = (mrConsonants ? 1 : 0) + (dprk ? 1 : 0) + (rr ? 1 : 0);
        RomanizationSystem consonants = consonantSignals > 1 ? RomanizationSystem.MIXED
                : mrConsonants ? RomanizationSystem.MR
                : dprk ? RomanizationSystem.DPRK
                : rr ? RomanizationSystem.RR
                : RomanizationSystem.STRIPPED;
        RomanizationSystem vowels = breves && rr ? RomanizationSystem.MIXED
                : breves ? RomanizationSystem.MR
                : rr ? RomanizationSystem.RR
                : RomanizationSystem.STRIPPED;
        return new RomanizationSystem[] {consonants, vowels};
    }

    private void markSurnames(List<Draft> drafts, NameType type, boolean commaAfterFirst) {
        if (type != NameType.PERSON && type != NameType.OTHER) {
            return;
        }
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).kind == PreparedName.CONTENT) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                count++;
            }
        }
        if (count < 2) {
            return;
        }
        Draft head = drafts.get(first);
        NameLexicon.Surname surname = surnameOf(head);
        Draft tail = drafts.get(last);
        NameLexicon.Surname tailSurname = surnameOf(tail);
        // Family name last (Thae Chol Ri) only when the last word is the likelier family name.
        boolean tailFirst = !commaAfterFirst && tailSurname != null && tailSurname.common() && syllables(tail) == 1
                && (surname == null || !surname.common());
        if ((surname != null || commaAfterFirst) && syllables(head) == 1 && !tailFirst) {
            head.surname = true;
            head.commonSurname = surname != null && surname.common();
            return;
        }
        if (type == NameType.PERSON && tailSurname != null && syllables(tail) == 1
                && (tailFirst || syllables(head) == 1)) {
            tail.surname = true;
            tail.commonSurname = tailSurname.common();
        }
    }

    private NameLexicon.Surname surnameOf(Draft d) {
        return d.origin == PreparedName.HANGUL ? lexicon.surnameByHangul(d.hangul) : lexicon.surnameByRomanization(d.text);
    }

    private static int syllables(Draft d) {
        return d.literal == null ? 0 : d.literal.length;
    }

    /** Joins syllable-per-word spellings (CHONG CHON GANG, Thae Chol) into one word, keeping a family name apart. */
    private static List<Draft> mergeSyllableWords(List<Draft> drafts, boolean korean) {
        List<Draft> out = new ArrayList<>(drafts.size());
        int i = 0;
        while (i < drafts.size()) {
            int j = i;
            // Outside a Korean name only hyphenated syllables are joined (Dae-Dong Credit Bank).
            while (j < drafts.size() && mergeable(drafts.get(j)) && (korean || j == i || drafts.get(j).hyphenBefore)) {
                j++;
            }
            if (j - i >= 2) {
                out.add(merge(drafts.subList(i, j)));
                i = j;
            } else {
                out.add(drafts.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean mergeable(Draft d) {
        return d.kind == PreparedName.CONTENT && !d.surname && d.origin == PreparedName.LATIN && d.literal != null
                && d.literal.length == 1;
    }

    private static Draft merge(List<Draft> parts) {
        Draft merged = parts.get(0).copy();
        StringBuilder text = new StringBuilder();
        StringBuilder korean = new StringBuilder();
        StringBuilder source = new StringBuilder();
        int total = 0;
        for (Draft part : parts) {
            total += part.literal.length;
        }
        long[] literal = new long[total];
        long[] weak = new long[total];
        int at = 0;
        for (Draft part : parts) {
            text.append(part.text);
            korean.append(korean.length() > 0 ? "|" : "").append(part.korean);
            source.append(source.length() > 0 ? " " : "").append(part.source);
            System.arraycopy(part.literal, 0, literal, at, part.literal.length);
            System.arraycopy(part.weak, 0, weak, at, part.weak.length);
            at += part.literal.length;
        }
        RomanizedSyllables.applyLiaison(literal);
        merged.text = text.toString();
        merged.korean = korean.toString();
        merged.source = source.toString();
        merged.literal = literal;
        merged.weak = weak;
        merged.merged = true;
        return merged;
    }

    private PreparedName build(String original, NameType type, List<Draft> drafts, String identifier, boolean korean,
            boolean nearlyKorean, RomanizationSystem consonants, RomanizationSystem vowels, boolean typeGiven) {
        int n = drafts.size();
        String[] text = new String[n];
        String[] source = new String[n];
        byte[] kind = new byte[n];
        byte[] origin = new byte[n];
        String[] concept = new String[n];
        float[] weight = new float[n];
        String[] skeleton = new String[n];
        int[] from = new int[n];
        int[] count = new int[n];
        String[] coarse = new String[n];
        int total = 0;
        boolean anyContent = false;
        for (Draft d : drafts) {
            if (d.literal != null) {
                total += d.literal.length;
            }
            anyContent |= d.kind == PreparedName.CONTENT || d.kind == PreparedName.INITIAL || d.kind == PreparedName.DIGITS;
        }
        long[] literal = new long[total];
        long[] weak = new long[total];
        boolean[] tokenStart = new boolean[total];
        // A family name written before a comma, when words follow it: "FAMILY, Given" (persons only).
        boolean[] family = new boolean[n];
        boolean afterComma = false;
        boolean anyFamily = false;
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            family[i] = type == NameType.PERSON && d.beforeComma && d.kind == PreparedName.CONTENT;
            anyFamily |= family[i];
            afterComma |= !d.beforeComma && (d.kind == PreparedName.CONTENT || d.kind == PreparedName.INITIAL);
        }
        if (!afterComma || !anyFamily) {
            family = null;
        }
        int at = 0;
        int previousKoreanToken = -2;
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            text[i] = d.text;
            String display = d.source.replace('|', '-');
            // Share the folded text when the token was plain ASCII in some case (saves memory in an index).
            source[i] = display.equalsIgnoreCase(d.text) ? d.text : display;
            kind[i] = d.kind;
            origin[i] = d.origin;
            concept[i] = d.concept;
            weight[i] = weightOf(d, anyContent);
            if (weight[i] == NameWeights.CONTENT && d.kind == PreparedName.CONTENT && !korean && d.origin != PreparedName.HANGUL
                    && (type == NameType.PERSON || type == NameType.OTHER) && lexicon.isCommonName(d.text)) {
                weight[i] = NameWeights.COMMON_NAME;
            }
            // Korean syllables relate better than a skeleton, whose short forms (yang, yong, ung: "ang")
            // would join half of all Korean given names; a word of a name not read as Korean that merely
            // parses (Hossein, Maria) keeps its skeleton.
            if (d.kind == PreparedName.CONTENT && d.text.length() >= 3 && (d.literal == null || !korean)) {
                skeleton[i] = PhoneticSkeleton.of(d.text, lexicon);
            }
            if (d.literal != null && d.kind == PreparedName.CONTENT) {
                from[i] = at;
                count[i] = d.literal.length;
                System.arraycopy(d.literal, 0, literal, at, d.literal.length);
                System.arraycopy(d.weak, 0, weak, at, d.weak.length);
                tokenStart[at] = true;
                // Sound changes across a word boundary only apply between neighbouring Korean words.
                if (previousKoreanToken != i - 1 && at > 0) {
                    tokenStart[at] = true;
                }
                at += d.literal.length;
                previousKoreanToken = i;
            }
        }
        if (at < total) {
            literal = java.util.Arrays.copyOf(literal, at);
            weak = java.util.Arrays.copyOf(weak, at);
            tokenStart = java.util.Arrays.copyOf(tokenStart, at);
        }
        long[] tolerant = KoreanKey.tolerant(literal, weak, tokenStart);
        for (int i = 0; i < n; i++) {
            if (count[i] > 0) {
                coarse[i] = KoreanKey.coarse(literal, from[i], count[i], vowelGroups);
            }
        }
        StringBuilder joined = new StringBuilder();
        int contentTokens = 0;
        int koreanContent = 0;
        int syllableTotal = 0;
        for (int i = 0; i < n; i++) {
            if (kind[i] == PreparedName.CONTENT) {
                joined.append(text[i]);
                contentTokens++;
                if (count[i] > 0) {
                    koreanContent++;
                    syllableTotal += count[i];
                }
            }
        }
        long[] wholeLiteral = null;
        long[] wholeTolerant = null;
        String wholeCoarse = null;
        if (korean && contentTokens > 0 && koreanContent == contentTokens) {
            wholeLiteral = new long[syllableTotal];
            long[] wholeWeak = new long[syllableTotal];
            boolean[] wholeStart = new boolean[syllableTotal];
            int w = 0;
            for (int i = 0; i < n; i++) {
                if (kind[i] == PreparedName.CONTENT) {
                    System.arraycopy(literal, from[i], wholeLiteral, w, count[i]);
                    for (int s = 0; s < count[i]; s++) {
                        wholeWeak[w + s] = tolerant[from[i] + s] & ~literal[from[i] + s];
                    }
                    w += count[i];
                }
            }
            wholeStart[0] = true;
            RomanizedSyllables.applyLiaison(wholeLiteral);
            wholeTolerant = KoreanKey.tolerant(wholeLiteral, wholeWeak, wholeStart);
            wholeCoarse = KoreanKey.coarse(wholeLiteral, 0, syllableTotal, vowelGroups);
        }
        return new PreparedName(original, type, text, source, kind, origin, concept, weight, skeleton, literal,
                tolerant, from, count, coarse, korean, consonants, vowels, identifier,
                contentTokens == 0 ? null : joined.toString(), wholeLiteral, wholeTolerant, wholeCoarse, family,
                nearlyKorean, organisationLike(type, typeGiven, drafts));
    }

    /**
     * Whether a name may be an acronym's long form ({@link PreparedName#organisationLike}): declared an
     * organisation or vessel, or holding a generic word or legal form as written, not one that only a
     * typo made (Ines, one slip from mines, is a given name).
     */
    private static boolean organisationLike(NameType type, boolean typeGiven, List<Draft> drafts) {
        if (type == NameType.PERSON || type == NameType.PLACE) {
            return false;
        }
        if (typeGiven && (type == NameType.ORGANIZATION || type == NameType.VESSEL)) {
            return true;
        }
        for (Draft d : drafts) {
            if ((d.kind == PreparedName.GENERIC || d.kind == PreparedName.LEGAL) && !d.corrected) {
                return true;
            }
        }
        return false;
    }

    private static float weightOf(Draft d, boolean anyContent) {
        return switch (d.kind) {
            case PreparedName.CONTENT -> d.commonSurname ? NameWeights.COMMON_SURNAME : NameWeights.CONTENT;
            case PreparedName.INITIAL -> NameWeights.INITIAL;
            case PreparedName.DIGITS -> NameWeights.DIGITS;
            case PreparedName.GENERIC -> anyContent ? NameWeights.GENERIC : NameWeights.CONTENT;
            case PreparedName.LEGAL -> anyContent ? NameWeights.LEGAL : NameWeights.CONTENT;
            default -> NameWeights.CONTENT;
        };
    }
}

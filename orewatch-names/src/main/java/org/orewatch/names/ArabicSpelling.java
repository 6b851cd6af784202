package org.orewatch.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Latin spellings of words in Arabic script (Arabic, Persian, Urdu) as sanctions lists write them,
 * letter by letter from {@code arabic-letters.tsv}: a name given in Arabic script then shares its
 * phonetic skeleton with its usual Latin spellings (يوسف: yusf, Yusuf; العبيدي: al ubaidi, al-Ubaydi),
 * where ICU's Arabic-Latin writes every waw as w and every yeh as y (ywsf) and keeps the article
 * on the word.
 */
final class ArabicSpelling {

    private static final String[] POSITIONS = {"initial", "medial", "final"};
    private static final Map<Character, String[]> LETTERS = load();
    /** Latin spellings of "Abd al-" written as one word, longest first ({@code arabic-abd.tsv}). */
    private static final List<String> ABD_AL = loadAbd();
    /** What follows Abd al- in Abdullah (Abd Allah): the name stays one word. */
    private static final Set<String> ALLAH = Set.of("lah", "lahi", "llah", "la", "ah");
    private static final String ABD = "عبد";
    private static final char ALIF = 'ا';
    private static final char LAM = 'ل';
    private static final char WAW = 'و';
    private static final char YEH = 'ي';
    private static final char FARSI_YEH = 'ی';

    private ArabicSpelling() {
    }

    private static Map<Character, String[]> load() {
        Map<Character, String[]> letters = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read("arabic-letters.tsv", 5)) {
            String letter = row.cell(0);
            if (letter.length() != 1 || Character.UnicodeScript.of(letter.charAt(0)) != Character.UnicodeScript.ARABIC) {
                throw row.error(1, "letter", "one letter of the Arabic script expected, found " + letter);
            }
            String[] forms = new String[3];
            for (int p = 0; p < 3; p++) {
                String cell = row.cell(p + 1);
                if (!cell.equals("-") && !cell.matches("[a-z]+")) {
                    throw row.error(p + 2, POSITIONS[p], "lowercase ASCII letters or '-' expected, found " + cell);
                }
                forms[p] = cell.equals("-") ? "" : cell;
            }
            letters.put(letter.charAt(0), forms);
        }
        return letters;
    }

    private static List<String> loadAbd() {
        List<String> spellings = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.read("arabic-abd.tsv", 2)) {
            if (!row.cell(0).matches("abd[a-z]+")) {
                throw row.error(1, "spelling", "a lowercase spelling starting with abd expected, found " + row.cell(0));
            }
            spellings.add(row.cell(0));
        }
        spellings.sort((a, b) -> b.length() - a.length());
        return List.copyOf(spellings);
    }

    /**
     * A Latin word that runs "Abd al-" together with the name after it, split as the name written
     * apart is: {abd, al, rest} (Abdulrahman, Abdel Kader), {abd, al} for the prefix alone
     * (Abdul), or null for any other word and for Abdullah.
     */
    static String[] splitAbdAl(String word) {
        if (!mayBeAbd(word)) {
            return null;
        }
        String[] exact = splitAbdAl(word, false);
        return exact != null ? exact : splitAbdAl(word, true);
    }

    /**
     * The split by one spelling as written or, with {@code slips}, one slip of the keyboard away
     * (ABDUK, ADBUL, ABBDUL: a typo in Abdul is still Abdul; not a letter less, as Abdi is a name).
     */
    private static String[] splitAbdAl(String word, boolean slips) {
        for (String spelling : ABD_AL) {
            int length = spelling.length();
            for (int end = length; end <= (slips ? length + 1 : length) && end <= word.length(); end++) {
                String prefix = word.substring(0, end);
                if (slips ? !KeyboardTypo.isSlip(prefix, spelling) : !prefix.equals(spelling)) {
                    continue;
                }
                String rest = word.substring(end);
                if (rest.isEmpty()) {
                    return new String[] {"abd", "al"};
                }
                return rest.length() < 3 || isAllah(rest) ? null : new String[] {"abd", "al", rest};
            }
        }
        return null;
    }

    /** Whether two of a, b and d stand in the first four letters, as in Abd and any one slip of it. */
    private static boolean mayBeAbd(String word) {
        if (word.length() < 4) {
            return false;
        }
        int found = 0;
        for (int i = 0; i < 4; i++) {
            char c = word.charAt(i);
            found |= c == 'a' ? 1 : c == 'b' ? 2 : c == 'd' ? 4 : 0;
        }
        return Integer.bitCount(found) >= 2;
    }

    /** Allah, or one slip from it (Abdullag): Abdullah is left whole. */
    private static boolean isAllah(String rest) {
        for (String allah : ALLAH) {
            if (rest.equals(allah) || rest.length() >= 3 && KeyboardTypo.isSlip(rest, allah)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is written in the Arabic script (its first letter). */
    static boolean isArabic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    /**
     * The Latin spelling of one word in Arabic script, the article split off as a word of its own
     * (المداني: al madani), and Abd al- run on to a name split off as {@link #splitAbdAl} splits its
     * Latin spellings (عبدالحليم: abd al halim; عبدالله stays one word, as Abdullah does). Letters
     * outside the table (short-vowel marks, tatweel) are left out.
     */
    static String toLatin(String word) {
        String letters = lettersOf(word);
        StringBuilder out = new StringBuilder(letters.length() + 4);
        int from = 0;
        if (letters.length() >= ABD.length() + 4 && letters.startsWith(ABD) && letters.charAt(3) == ALIF
                && letters.charAt(4) == LAM && letters.charAt(5) != LAM) {
            // Abd al- run on to the name after it (عبدالعزيز), as the Latin split does; not Abdullah.
            out.append("abd ");
            from = ABD.length();
        }
        if (letters.length() >= from + 4 && letters.charAt(from) == ALIF && letters.charAt(from + 1) == LAM) {
            out.append("al ");
            from += 2;
        }
        for (int i = from; i < letters.length(); i++) {
            char c = letters.charAt(i);
            String[] forms = LETTERS.get(c);
            int position = i == from ? 0 : i == letters.length() - 1 ? 2 : 1;
            char next = i + 1 < letters.length() ? letters.charAt(i + 1) : 0;
            if (position == 1 && (c == WAW || c == YEH || c == FARSI_YEH) && isVowelLetter(next)) {
                // Before a vowel letter waw and yeh are consonants: Huwaysh, Sayyaf, Dawud.
                out.append(c == WAW ? 'w' : 'y');
            } else {
                out.append(forms[position]);
            }
        }
        return out.toString();
    }

    private static boolean isVowelLetter(char c) {
        return c == ALIF || c == WAW || c == YEH || c == FARSI_YEH;
    }

    /** The letters of the table in a word, in order (marks, tatweel and anything else left out). */
    private static String lettersOf(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (LETTERS.containsKey(word.charAt(i))) {
                letters.append(word.charAt(i));
            }
        }
        return letters.toString();
    }
}

package org.orewatch.names;

/**
 * A token reduced to its sound outline: the phonetic folds of {@code phonetic-folds.tsv} applied
 * left to right (first matching rule at each position wins), then the first letter and the
 * consonants that follow, with repeats collapsed. Mohammed and Muhammad both give "mhmd";
 * Shcherbakov and Scherbakov both "skrbkv"; a leading vowel is written "a".
 */
final class PhoneticSkeleton {

    private PhoneticSkeleton() {
    }

    static String of(String folded, NameLexicon lexicon) {
        CharSequence rewritten = fold(folded, lexicon);
        StringBuilder skeleton = new StringBuilder(rewritten.length());
        for (int k = 0; k < rewritten.length(); k++) {
            char c = rewritten.charAt(k);
            boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
            if (k > 0 && vowel) {
                continue;
            }
            if (k == 0 && (vowel || c == 'i')) {
                // A leading vowel varies freely across transliterations (Usama / Osama, Yevgeny / Evgeniy).
                c = 'a';
            }
            if (skeleton.length() > 0 && skeleton.charAt(skeleton.length() - 1) == c) {
                continue;
            }
            skeleton.append(c);
        }
        return skeleton.length() >= 3 ? skeleton.toString() : null;
    }

    /** The folds alone, one left-to-right pass (the first rule that matches at a position wins). */
    static StringBuilder fold(String folded, NameLexicon lexicon) {
        StringBuilder rewritten = new StringBuilder(folded.length());
        int i = 0;
        outer:
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                for (NameLexicon.Fold fold : lexicon.foldsStartingWith(c)) {
                    if (folded.startsWith(fold.from(), i)) {
                        rewritten.append(fold.to());
                        i += fold.from().length();
                        continue outer;
                    }
                }
            }
            rewritten.append(c);
            i++;
        }
        return rewritten;
    }
}

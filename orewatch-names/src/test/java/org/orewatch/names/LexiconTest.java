package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every entry of the bundled lexicons does what its file says. */
class LexiconTest {

    private final NameLexicon lexicon = NameLexicon.get();
    private final NameMatcher matcher = NameMatcher.defaults();

    @Test
    void everyGenericWordAndLegalFormIsRecognisedInItsScope() {
        for (NameLexicon.Term term : lexicon.terms()) {
            NameType type = term.scope().equals("any") ? NameType.ORGANIZATION : NameType.parse(term.scope());
            String phrase = String.join(" ", term.words());
            PreparedName alone = matcher.prepare("Xavoq " + phrase, type);
            String context = "line " + term.line() + " '" + phrase + "' as " + type;
            switch (term.kind()) {
                case PREFIX, TITLE -> assertThat(alone.text).as(context).containsExactly("xavoq");
                case LEGAL, GENERIC -> {
                    assertThat(alone.text).as(context).hasSize(2);
                    assertThat(alone.kind[1]).as(context)
                            .isEqualTo(term.kind() == NameLexicon.Kind.LEGAL ? PreparedName.LEGAL : PreparedName.GENERIC);
                    assertThat(alone.concept[1]).as(context).isEqualTo(term.concept());
                    assertThat(alone.weight[1]).as(context).isLessThan(alone.weight[0]);
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    @Test
    void everyRomanisedKoreanGenericWordHasTheSyllablesOfItsHangul() {
        RomanizedSyllables parser = new RomanizedSyllables(lexicon.romanization());
        int checked = 0;
        for (NameLexicon.Term term : lexicon.terms()) {
            String hangul = term.note().split("[ ,]")[0];
            if (!HangulSyllables.isHangul(hangul) || HangulSyllables.isHangul(term.words()[0])) {
                continue;
            }
            RomanizedSyllables.Parse parse = parser.parse(String.join("|", term.words()), RomanizationSystem.MIXED,
                    RomanizationSystem.MIXED, true);
            String context = "line " + term.line() + " '" + String.join(" ", term.words()) + "' / " + hangul;
            assertThat(parse).as(context).isNotNull();
            long[] expected = HangulSyllables.sounds(hangul);
            long[] tolerantLatin = KoreanKey.tolerant(parse.literal(), parse.weak(), new boolean[parse.literal().length]);
            long[] tolerantHangul = KoreanKey.tolerant(expected, new long[expected.length], new boolean[expected.length]);
            assertThat(KoreanKey.sequenceScore(parse.literal(), tolerantLatin, 0, parse.literal().length, expected,
                    tolerantHangul, 0, expected.length)).as(context).isGreaterThanOrEqualTo(KoreanKey.TOLERANT);
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void everyFamilyNameRomanisationMatchesItsHangul() {
        for (NameLexicon.Surname surname : lexicon.surnames()) {
            for (String roman : surname.romanizations()) {
                MatchResult result = matcher.compare(roman + " Chol Ho", surname.hangul() + "철호", NameType.PERSON);
                assertThat(result.match()).as("line " + surname.line() + ": " + roman + " / " + surname.hangul()
                        + ": " + result.explanation()).isTrue();
            }
        }
    }

    @Test
    void commonFamilyNamesWeighLess() {
        for (NameLexicon.Surname surname : lexicon.surnames()) {
            PreparedName name = matcher.prepare(surname.romanizations().get(0) + " Chol Ho", NameType.PERSON);
            assertThat(name.weight[0]).as("line " + surname.line())
                    .isEqualTo(surname.common() ? NameWeights.COMMON_SURNAME : NameWeights.CONTENT);
        }
    }

    @Test
    void everyLookalikeFoldsToItsLatinLetter() {
        for (NameLexicon.Lookalike lookalike : lexicon.lookalikes()) {
            String letter = new String(Character.toChars(lookalike.codePoint()));
            PreparedName name = matcher.prepare("Kl" + letter + "mzb", NameType.OTHER);
            assertThat(name.text[0]).as("line " + lookalike.line() + " " + letter)
                    .isEqualTo("kl" + lookalike.replacement() + "mzb");
        }
    }

    @Test
    void lookalikesOnlyFoldInsideLatinWords() {
        assertThat(matcher.prepare("Москва", NameType.PLACE).text[0]).isEqualTo("moskva");
        assertThat(matcher.prepare("Kаesоng", NameType.PLACE).text[0]).isEqualTo("kaesong");
    }

    @Test
    void everyPhoneticFoldRewritesItsPattern() {
        for (NameLexicon.Fold fold : lexicon.folds()) {
            String rewritten = PhoneticSkeleton.fold("b" + fold.from() + "d", lexicon).toString();
            assertThat(rewritten).as("line " + fold.line() + " " + fold.from()).isEqualTo("b" + fold.to() + "d");
        }
    }
}

package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    private final NameMatcher matcher = NameMatcher.defaults();

    @RepeatedTest(3)
    void keysAreStableUnderCaseSpacingAndDiacritics() {
        // Breves on o and u are not decoration in Korean (ŏ is a vowel of its own): only other marks.
        long seed = System.nanoTime();
        System.out.println("NormalisationTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 500; n++) {
            String name = RandomNames.name(random);
            NameType type = RandomNames.type(random);
            NameKeys reference = NameKeys.of(name, type);
            String variant = switch (random.nextInt(4)) {
                case 0 -> name.toUpperCase(Locale.ROOT);
                case 1 -> "  " + name.replace(" ", " \t  ") + " ";
                case 2 -> name.replace('e', 'é').replace('a', 'á').replace('i', 'í');
                default -> name.toLowerCase(Locale.ROOT);
            };
            NameKeys keys = NameKeys.of(variant, type);
            String context = "seed " + seed + ": '" + name + "' / '" + variant + "'";
            assertThat(keys.tokens()).as(context).hasSameSizeAs(reference.tokens());
            for (int i = 0; i < keys.tokens().size(); i++) {
                assertThat(keys.tokens().get(i).text()).as(context).isEqualTo(reference.tokens().get(i).text());
                assertThat(keys.tokens().get(i).romanizationKey()).as(context)
                        .isEqualTo(reference.tokens().get(i).romanizationKey());
            }
        }
    }

    @Test
    void pathologicalInputIsBoundedAndNeverThrows() {
        StringBuilder huge = new StringBuilder();
        SplittableRandom random = new SplittableRandom(1);
        while (huge.length() < 100_000) {
            huge.append("Kim Jong Un 김정은 Владимир ").append((char) ('a' + random.nextInt(26)));
        }
        String[] inputs = {
            huge.toString(),
            "a".repeat(100_000),
            "Kim\u0000\u0007Jong\u200BUn\u202E\uFEFF",
            "\uD800 broken \uDC00 surrogates",
            "!!! ??? ... --- '''",
            "",
            "   ",
            "😀 Kim 😀 Jong",
            "Ｋｉｍ　Ｊｏｎｇ　Ｕｎ",
            "كيم جونغ أون Kim 金正恩",
            "'-'-'-'-'-'",
            "1234567 IMO IMO IMO 8905490",
        };
        for (String input : inputs) {
            PreparedName name = matcher.prepare(input, NameType.OTHER);
            assertThat(name.tokenCount()).as(input.length() + " chars").isLessThanOrEqualTo(NameNormalizer.MAX_TOKENS);
            for (String token : name.text) {
                assertThat(token.length()).isLessThanOrEqualTo(NameNormalizer.MAX_TOKEN_CHARS * 4);
            }
            MatchResult result = matcher.compare(input, "Kim Jong Un", NameType.PERSON);
            assertThat(result.score()).isBetween(0.0, 1.0);
        }
        assertThat(matcher.prepare("Ｋｉｍ　Ｊｏｎｇ　Ｕｎ", NameType.PERSON).normalized()).isEqualTo("kim jongun");
    }

    @RepeatedTest(3)
    void randomUnicodeNeverThrows() {
        long seed = System.nanoTime();
        System.out.println("NormalisationTest random unicode seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x30000);
                if (Character.isValidCodePoint(cp)) {
                    text.appendCodePoint(cp);
                }
            }
            String input = text.toString();
            double score = matcher.compare(input, RandomNames.name(random), RandomNames.type(random)).score();
            assertThat(score).as("seed " + seed).isBetween(0.0, 1.0);
        }
    }

    @Test
    void apostrophesHaveTheirThreeUses() {
        assertThat(NameNormalizer.resolveApostrophes("ch'ŏn")).isEqualTo("ch'ŏn");
        assertThat(NameNormalizer.resolveApostrophes("ch'o'ngsong")).isEqualTo("ch'ŏngsong");
        assertThat(NameNormalizer.resolveApostrophes("han'guk")).isEqualTo("han|guk");
        assertThat(NameNormalizer.resolveApostrophes("ky'ong")).isEqualTo("kyŏng");
    }

    @Test
    void scriptsAreTransliterated() {
        assertThat(matcher.prepare("Владимир Путин", NameType.PERSON).normalized()).isEqualTo("vladimir putin");
        assertThat(matcher.prepare("习近平", NameType.PERSON).normalized()).isEqualTo("xi jinping");
        assertThat(matcher.prepare("검덕광산", NameType.PLACE).normalized()).isEqualTo("geomdeok gwangsan");
        assertThat(NameKeys.of("단천").script()).isEqualTo("HANGUL");
    }
}

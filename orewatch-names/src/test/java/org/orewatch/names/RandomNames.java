package org.orewatch.names;

import java.util.SplittableRandom;

/**
 * Random names for seeded property tests: Korean names in several romanisations and in Hangul,
 * Western names with initials, companies with generic words and legal forms, vessels with
 * numbers and IMO numbers, and typo'd variants, drawn from small vocabularies so that names
 * collide often.
 */
final class RandomNames {

    private static final String[] KOREAN_SURNAMES = {"Kim", "Ri", "Pak", "Choe", "Jong", "Yi", "Lee", "Park", "Han", "O"};
    private static final String[] KOREAN_SYLLABLES = {"chol", "cheol", "ho", "song", "seong", "il", "un", "eun", "yong",
        "ryong", "nam", "kuk", "guk", "thae", "tae", "myong", "hyok", "jin", "chin", "su", "hui", "sok", "kwang", "gwang"};
    private static final String[] HANGUL = {"김", "리", "박", "정", "철", "호", "성", "일", "은", "용", "룡", "남", "국", "태",
        "명", "혁", "진", "수", "희", "석", "광", "검", "덕", "단", "천"};
    private static final String[] WESTERN = {"john", "jane", "jon", "smith", "smyth", "ivan", "ivanov", "ivanova",
        "sergei", "sergey", "maria", "mariya", "petrov", "ali", "muhammad", "mohamed", "hassan", "chen", "wei", "li"};
    private static final String[] PLACES = {"komdok", "geomdeok", "tanchon", "dancheon", "kaechon", "kaesong", "musan",
        "ryongyang", "yongyang", "hamhung", "chongjin", "sinuiju", "yodok", "bukchang", "bukcheong"};
    private static final String[] GENERIC = {"mining", "mine", "trading", "bank", "general", "korea", "complex",
        "kwangsan", "shipping", "co", "ltd", "corp", "corporation", "company"};

    private RandomNames() {
    }

    static NameType type(SplittableRandom random) {
        NameType[] types = NameType.values();
        return types[random.nextInt(types.length)];
    }

    static String name(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> koreanPerson(random);
            case 1 -> hangul(random);
            case 2 -> western(random);
            case 3 -> company(random);
            case 4 -> vessel(random);
            default -> PLACES[random.nextInt(PLACES.length)] + (random.nextBoolean() ? " " + pick(random, GENERIC) : "");
        };
    }

    /** A name, or a spelling variant of one: case, spacing, a typo, a dropped or added word. */
    static String variant(SplittableRandom random, String name) {
        String out = name;
        switch (random.nextInt(5)) {
            case 0 -> out = out.toUpperCase(java.util.Locale.ROOT);
            case 1 -> out = out.replace(' ', '-');
            case 2 -> {
                if (out.length() > 3) {
                    int at = 1 + random.nextInt(out.length() - 2);
                    out = out.substring(0, at) + (char) ('a' + random.nextInt(26)) + out.substring(at + 1);
                }
            }
            case 3 -> {
                int space = out.indexOf(' ');
                if (space > 0) {
                    out = out.substring(space + 1);
                }
            }
            default -> out = out + " " + pick(random, GENERIC);
        }
        return out;
    }

    private static String koreanPerson(SplittableRandom random) {
        String given = pick(random, KOREAN_SYLLABLES) + (random.nextBoolean() ? " " : "-") + pick(random, KOREAN_SYLLABLES);
        return pick(random, KOREAN_SURNAMES) + " " + given;
    }

    private static String hangul(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            out.append(pick(random, HANGUL));
        }
        return out.toString();
    }

    private static String western(SplittableRandom random) {
        String first = pick(random, WESTERN);
        if (random.nextInt(4) == 0) {
            first = first.substring(0, 1) + ".";
        }
        return first + " " + (random.nextInt(3) == 0 ? pick(random, WESTERN) + " " : "") + pick(random, WESTERN);
    }

    private static String company(SplittableRandom random) {
        return (random.nextBoolean() ? "Korea " : "") + pick(random, PLACES) + " " + pick(random, GENERIC) + " "
                + pick(random, GENERIC);
    }

    private static String vessel(SplittableRandom random) {
        String base = (random.nextBoolean() ? "MV " : "") + pick(random, PLACES) + " " + (1 + random.nextInt(3));
        return random.nextInt(3) == 0 ? base + " IMO " + (8905490 + random.nextInt(3)) : base;
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}

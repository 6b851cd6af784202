package org.orewatch.screening.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.lists.io.UnConsolidatedXmlReader;
import org.orewatch.names.NameMatcher;
import org.orewatch.screening.ScreenedList;
import org.orewatch.screening.Screener;
import org.orewatch.screening.ScreeningPolicy;

class EvaluationToolsTest {

    @TempDir
    Path folder;

    /** Levenshtein with transpositions, the reference the typo injector is checked against. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @RepeatedTest(5)
    void aTypoIsOneEditInALongWordAndTheSameSeedGivesTheSameTypo() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        for (String name : List.of("KIM YONG CHOL", "Ahmad Karim Noori", "AL QAIDA", "Ri Je-son", "O")) {
            String typo = TypoInjector.inject(name, 1, random);
            assertThat(distance(name, typo)).as("seed %d, %s -> %s", seed, name, typo).isLessThanOrEqualTo(1);
            assertThat(TypoInjector.inject(name, 1, new SplittableRandom(seed))).as("seed %d", seed)
                    .isEqualTo(TypoInjector.inject(name, 1, new SplittableRandom(seed)));
        }
        // "AL" and "O" are too short to carry a typo when a longer word is there.
        String typo = TypoInjector.inject("AL QAIDA", 1, new SplittableRandom(seed));
        assertThat(typo).as("seed %d", seed).startsWith("AL ");
    }

    @Test
    void syntheticPeopleComeFromEveryTraditionAndRarelyRepeat() {
        SyntheticPeople people = SyntheticPeople.load();
        assertThat(people.traditions()).isGreaterThanOrEqualTo(15);
        SplittableRandom random = new SplittableRandom(42);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String name = people.next(random);
            assertThat(name.split(" ")).hasSizeGreaterThanOrEqualTo(2);
            names.add(name);
        }
        assertThat(names.size()).isGreaterThan(9_000);
    }

    @Test
    void theEvaluationCountsFoundPersonsAndFalseMatches() throws Exception {
        Path un = folder.resolve("un.xml");
        try (var in = EvaluationToolsTest.class.getResourceAsStream("/org/orewatch/lists/io/un-small.xml")) {
            Files.copy(in, un);
        }
        var snapshot = UnConsolidatedXmlReader.read(un);
        ScreenedList list = org.orewatch.screening.ScreenedList.of(new org.orewatch.lists.ListVersion(1, snapshot.listName(),
                snapshot.format(), snapshot.files(), snapshot.sha256(), snapshot.published(), java.time.Instant.now(), 3, 6, 2, 1, 0,
                true), snapshot.entries());
        Screener screener = Screener.over(NameMatcher.defaults(), List.of(list), ScreeningPolicy.defaults());
        QualityEvaluation.Report exact = QualityEvaluation.run(screener, list, new QualityEvaluation.Settings(0, 500, 1, null, 5));
        assertThat(exact.positives()).isEqualTo(2);
        assertThat(exact.found()).isEqualTo(2);
        assertThat(exact.recall()).isEqualTo(1.0);
        assertThat(exact.negatives() + exact.homonyms()).isEqualTo(500);
        assertThat(exact.falseMatchRate()).isLessThan(0.05);
        assertThat(QualityEvaluation.folded("KIM, Yong-Chol")).isEqualTo(QualityEvaluation.folded("Yong Chol Kim"));
    }
}

package org.orewatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreeningPairGeneratorTest {

    @Test
    void theScreeningSetUsesNoNameOfTheTuningSet() {
        Set<String> tuning = new HashSet<>();
        for (LabelledPairs.Pair p : LabelledPairs.bundled("tuning")) {
            tuning.add(p.name1());
            tuning.add(p.name2());
        }
        List<LabelledPairs.Pair> screening = LabelledPairs.bundled("screening");
        assertThat(screening).hasSizeGreaterThan(2000);
        assertThat(screening).noneMatch(p -> tuning.contains(p.name1()) || tuning.contains(p.name2()));
        assertThat(screening).anyMatch(p -> !p.expected()).anyMatch(LabelledPairs.Pair::expected);
    }
}

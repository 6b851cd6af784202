package org.orewatch.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.ListEntry;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;

class BatchScreenerTest {

    @TempDir
    Path folder;

    /** Names from the fixtures, some with a letter changed, some unrelated, in random order and repeated. */
    private static List<ScreeningQuery> randomQueries(Screener screener, SplittableRandom random, int count) {
        List<String> names = new ArrayList<>();
        for (ScreenedList list : screener.index().lists()) {
            for (ListEntry entry : list.entries()) {
                entry.names().stream().map(EntryName::text).forEach(names::add);
            }
        }
        names.addAll(List.of("Maria Lopez", "John Smith", "Korea General Trading", "Ocean Star"));
        List<ScreeningQuery> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(3) == 0 && name.length() > 3) {
                int at = 1 + random.nextInt(name.length() - 2);
                name = name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
            }
            NameType type = random.nextBoolean() ? null : NameType.values()[random.nextInt(4)];
            PartialDate birth = random.nextInt(4) == 0 ? PartialDate.ofYear(1940 + random.nextInt(50)) : null;
            String country = random.nextInt(4) == 0 ? (random.nextBoolean() ? "KP" : "Jordan") : null;
            queries.add(new ScreeningQuery(random.nextInt(10) == 0 ? name.toUpperCase() : name, type, country, birth, List.of()));
        }
        return queries;
    }

    @RepeatedTest(3)
    void aBatchGivesWhatScreeningOneByOneGivesInInputOrder() {
        long seed = new SplittableRandom().nextLong();
        Screener screener = Screener.over(NameMatcher.defaults(), ScreeningFixtures.lists(folder), ScreeningPolicy.defaults());
        List<ScreeningQuery> queries = randomQueries(screener, new SplittableRandom(seed), 300);
        BatchScreener batch = new BatchScreener(screener, 1_000);
        AtomicInteger progress = new AtomicInteger();
        List<ScreeningResult> results = batch.screenAll(queries, 5, done -> progress.accumulateAndGet(done, Math::max));
        assertThat(progress.get()).as("seed %d", seed).isEqualTo(300);
        for (int i = 0; i < queries.size(); i++) {
            ScreeningResult alone = screener.screen(queries.get(i), 5);
            assertThat(results.get(i)).as("seed %d, query %d: %s", seed, i, queries.get(i)).isEqualTo(alone);
        }
        assertThat(batch.cacheHits() + batch.cacheMisses()).isEqualTo(300);
        assertThat(batch.cacheHits()).as("seed %d", seed).isPositive();
    }

    @Test
    void repeatedNamesAreAnsweredFromMemoryWithinItsBound() {
        Screener screener = Screener.over(NameMatcher.defaults(), ScreeningFixtures.lists(folder), ScreeningPolicy.defaults());
        BatchScreener batch = new BatchScreener(screener, 2);
        ScreeningQuery upper = ScreeningQuery.of("PAK SONG-IL");
        ScreeningQuery lower = ScreeningQuery.of("pak song-il");
        batch.screen(upper, 10);
        ScreeningResult cached = batch.screen(lower, 10);
        assertThat(batch.cacheHits()).isEqualTo(1);
        assertThat(cached.query()).isEqualTo(lower);
        assertThat(cached.candidates()).isEqualTo(screener.screen(lower, 10).candidates());
        batch.screen(ScreeningQuery.of("A"), 10);
        batch.screen(ScreeningQuery.of("B"), 10);
        batch.screen(ScreeningQuery.of("PAK SONG-IL"), 10);
        assertThat(batch.cacheMisses()).isEqualTo(4);
    }
}

package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private final NameMatcher matcher = NameMatcher.defaults();

    /** The slow, obviously correct reference: score every name, best per id, ties by id. */
    private static List<double[]> bruteForce(NameMatcher matcher, List<Integer> ids, List<PreparedName> names,
            String query, NameType type, int k, double minScore) {
        PreparedName prepared = matcher.prepare(query, type == null ? NameType.OTHER : type);
        Map<Integer, Double> best = new HashMap<>();
        for (int doc = 0; doc < names.size(); doc++) {
            if (type != null && names.get(doc).type() != type) {
                continue;
            }
            double score = matcher.score(prepared, names.get(doc));
            if (score >= minScore) {
                best.merge(ids.get(doc), score, Math::max);
            }
        }
        List<double[]> ranked = new ArrayList<>();
        best.forEach((id, score) -> ranked.add(new double[] {id, score}));
        ranked.sort(Comparator.<double[]>comparingDouble(e -> -e[1]).thenComparingDouble(e -> e[0]));
        return ranked.subList(0, Math.min(k, ranked.size()));
    }

    @RepeatedTest(5)
    void returnsTheSameTopKAsAScanOfEveryName() {
        long seed = System.nanoTime();
        System.out.println("NameIndexTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        compareWithScan(random, seed, 1500 + random.nextInt(1500), 0, 200);
    }

    /**
     * A larger index where words of a small vocabulary fill long lists and a made-up word is rare:
     * a query holding both sets the long lists aside and looks its candidates up in them one by one.
     */
    @RepeatedTest(2)
    void returnsTheSameTopKWhenLongListsAreSetAside() {
        long seed = System.nanoTime();
        System.out.println("NameIndexTest seed " + seed + " (long lists)");
        SplittableRandom random = new SplittableRandom(seed);
        compareWithScan(random, seed, 20_000, 0.4, 60);
    }

    private void compareWithScan(SplittableRandom random, long seed, int count, double rareShare, int queries) {
        double minScore = 0.5 + random.nextDouble() * 0.35;
        NameIndex index = new NameIndex(matcher, minScore);
        List<Integer> ids = new ArrayList<>();
        List<PreparedName> names = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(4) == 0 && !raw.isEmpty()
                    ? RandomNames.variant(random, raw.get(random.nextInt(raw.size()))) : RandomNames.name(random);
            if (random.nextDouble() < rareShare) {
                name = name + " " + madeUpWord(random);
            }
            int id = random.nextInt(5) == 0 && !ids.isEmpty() ? ids.get(random.nextInt(ids.size())) : i;
            NameType type = RandomNames.type(random);
            index.add(id, name, type);
            ids.add(id);
            names.add(matcher.prepare(name, type));
            raw.add(name);
        }
        for (int q = 0; q < queries; q++) {
            String query = random.nextBoolean() ? RandomNames.variant(random, raw.get(random.nextInt(raw.size())))
                    : RandomNames.name(random);
            NameType type = random.nextInt(3) == 0 ? null : RandomNames.type(random);
            int k = 1 + random.nextInt(12);
            List<NameHit> hits = index.search(query, type, k);
            List<double[]> expected = bruteForce(matcher, ids, names, query, type, k, minScore);
            String context = "seed " + seed + ", query '" + query + "', type " + type + ", k " + k;
            assertThat(hits).as(context).hasSize(expected.size());
            for (int r = 0; r < hits.size(); r++) {
                assertThat(hits.get(r).id()).as(context + ", rank " + r).isEqualTo((int) expected.get(r)[0]);
                assertThat(hits.get(r).score()).as(context + ", rank " + r).isEqualTo(expected.get(r)[1]);
            }
        }
    }

    /**
     * Names added in bulk (in batches, with single adds between them) answer exactly as the same
     * names added one by one: same ids, names and scores in the same order.
     */
    @RepeatedTest(3)
    void answersTheSameWhenBuiltInBulk() {
        long seed = System.nanoTime();
        System.out.println("NameIndexTest seed " + seed + " (bulk)");
        SplittableRandom random = new SplittableRandom(seed);
        double minScore = 0.5 + random.nextDouble() * 0.35;
        NameIndex oneByOne = new NameIndex(matcher, minScore);
        NameIndex bulk = new NameIndex(matcher, minScore);
        List<String> raw = new ArrayList<>();
        int count = 3000 + random.nextInt(3000);
        int done = 0;
        while (done < count) {
            int batch = random.nextInt(4) == 0 ? 1 : 1 + random.nextInt(2000);
            int[] ids = new int[batch];
            String[] names = new String[batch];
            NameType[] types = new NameType[batch];
            for (int i = 0; i < batch; i++) {
                names[i] = random.nextInt(4) == 0 && !raw.isEmpty()
                        ? RandomNames.variant(random, raw.get(random.nextInt(raw.size()))) : RandomNames.name(random);
                ids[i] = random.nextInt(5) == 0 && done + i > 0 ? random.nextInt(done + i) : done + i;
                types[i] = random.nextInt(10) == 0 ? null : RandomNames.type(random);
                oneByOne.add(ids[i], names[i], types[i]);
                raw.add(names[i]);
            }
            if (batch == 1) {
                bulk.add(ids[0], names[0], types[0]);
            } else {
                bulk.addAll(ids, names, types);
            }
            done += batch;
        }
        assertThat(bulk.size()).isEqualTo(oneByOne.size());
        assertThat(bulk.keyCount()).isEqualTo(oneByOne.keyCount());
        for (int q = 0; q < 300; q++) {
            String query = random.nextBoolean() ? RandomNames.variant(random, raw.get(random.nextInt(raw.size())))
                    : RandomNames.name(random);
            NameType type = random.nextInt(3) == 0 ? null : RandomNames.type(random);
            int k = 1 + random.nextInt(12);
            String context = "seed " + seed + ", query '" + query + "', type " + type + ", k " + k;
            assertThat(bulk.search(query, type, k)).as(context).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(oneByOne.search(query, type, k));
        }
    }

    /** Names and queries of more words than the index tells apart by token are still exact. */
    @Test
    void searchesNamesOfManyWords() {
        long seed = System.nanoTime();
        System.out.println("NameIndexTest seed " + seed + " (many words)");
        SplittableRandom random = new SplittableRandom(seed);
        NameIndex index = new NameIndex(matcher);
        List<Integer> ids = new ArrayList<>();
        List<PreparedName> names = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            StringBuilder name = new StringBuilder(RandomNames.name(random));
            int extra = random.nextInt(3) == 0 ? 20 + random.nextInt(30) : 0;
            for (int w = 0; w < extra; w++) {
                name.append(' ').append(random.nextBoolean() ? RandomNames.name(random) : madeUpWord(random));
            }
            index.add(i, name.toString(), NameType.OTHER);
            ids.add(i);
            names.add(matcher.prepare(name.toString(), NameType.OTHER));
            raw.add(name.toString());
        }
        for (int q = 0; q < 40; q++) {
            String query = RandomNames.variant(random, raw.get(random.nextInt(raw.size())));
            List<NameHit> hits = index.search(query, null, 5);
            List<double[]> expected = bruteForce(matcher, ids, names, query, null, 5, index.minScore());
            assertThat(hits).as("seed " + seed + ", query '" + query + "'").extracting(NameHit::id)
                    .containsExactlyElementsOf(expected.stream().map(e -> (int) e[0]).toList());
        }
    }

    private static String madeUpWord(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int length = 5 + random.nextInt(5);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void findsAnEntityUnderAnotherRomanisation() {
        NameIndex index = new NameIndex(matcher);
        index.add(1, "Geomdeok", NameType.PLACE);
        index.add(2, "Dancheon", NameType.PLACE);
        index.add(3, "Kaesong", NameType.PLACE);
        index.add(4, "Komdok Mining Complex", NameType.ORGANIZATION);
        assertThat(index.search("Komdok", NameType.PLACE, 5)).extracting(NameHit::id).containsExactly(1);
        assertThat(index.search("Komdok", null, 5)).extracting(NameHit::id).containsExactly(1, 4);
        assertThat(index.search("TANCHON", null, 5)).extracting(NameHit::id).containsExactly(2);
        assertThat(index.search("Kaechon", null, 5)).isEmpty();
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void reportsAnIdOnceByItsBestName() {
        NameIndex index = new NameIndex(matcher);
        index.add(7, "Ryongyang mine", NameType.PLACE);
        index.add(7, "Yongyang", NameType.PLACE);
        List<NameHit> hits = index.search("Yongyang", NameType.PLACE, 10);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).name()).isEqualTo("Yongyang");
        assertThat(hits.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void searchesRunConcurrentlyWithAdds() throws Exception {
        NameIndex index = new NameIndex(matcher);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 500; i++) {
            index.add(i, RandomNames.name(random), NameType.OTHER);
        }
        Thread writer = new Thread(() -> {
            SplittableRandom r = new SplittableRandom(7);
            for (int i = 500; i < 1500; i++) {
                index.add(i, RandomNames.name(r), NameType.OTHER);
            }
        });
        writer.start();
        List<Thread> readers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 3; t++) {
            Thread reader = new Thread(() -> {
                SplittableRandom r = new SplittableRandom(11);
                try {
                    for (int q = 0; q < 300; q++) {
                        index.search(RandomNames.name(r), null, 5);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            readers.add(reader);
            reader.start();
        }
        writer.join();
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(failures).isEmpty();
        assertThat(index.size()).isEqualTo(1500);
    }
}

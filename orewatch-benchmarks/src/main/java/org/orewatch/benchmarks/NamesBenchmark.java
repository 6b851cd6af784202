package org.orewatch.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.orewatch.names.NameHit;
import org.orewatch.names.NameIndex;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;
import org.orewatch.names.PreparedName;

/**
 * The whole-index benchmark of issue 3: pair comparisons a second, index build rate and heap
 * for N synthetic names, top-k query latency (p50, p99), and in the same run the two baselines,
 * brute-force Jaro-Winkler over every name (Apache Commons Text) and Lucene 9.12 FuzzyQuery, with
 * the recall of each on alias queries (another spelling of a listed name, a fifth with a typo).
 *
 * <pre>
 * java -Xmx3g -cp orewatch-benchmarks/target/benchmarks.jar org.orewatch.benchmarks.NamesBenchmark \
 *     --names 1000000 --queries 5000 --seed 42
 * </pre>
 */
public final class NamesBenchmark {

    private int names = 1_000_000;
    private int queries = 5_000;
    private int bruteForceQueries = 20;
    private int luceneQueries = 300;
    private long seed = 42;
    private int k = 10;
    private double pairSeconds = 3;

    public static void main(String[] args) throws IOException {
        NamesBenchmark benchmark = new NamesBenchmark();
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--names" -> benchmark.names = Integer.parseInt(value);
                case "--queries" -> benchmark.queries = Integer.parseInt(value);
                case "--brute-force-queries" -> benchmark.bruteForceQueries = Integer.parseInt(value);
                case "--lucene-queries" -> benchmark.luceneQueries = Integer.parseInt(value);
                case "--seed" -> benchmark.seed = Long.parseLong(value);
                case "--k" -> benchmark.k = Integer.parseInt(value);
                case "--pair-seconds" -> benchmark.pairSeconds = Double.parseDouble(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        benchmark.run();
    }

    private void run() throws IOException {
        printMachine();
        long heapBefore = usedHeapAfterGc();
        SyntheticNames generator = new SyntheticNames(seed);
        SplittableRandom random = new SplittableRandom(seed + 1);
        String[] listed = new String[names];
        NameType[] types = new NameType[names];
        int[] queryEntity = new int[queries];
        String[] queryText = new String[queries];
        NameType[] queryType = new NameType[queries];
        int q = 0;
        double queryShare = (double) queries / names;
        for (int id = 0; id < names; id++) {
            SyntheticNames.Entity entity = generator.next();
            List<String> forms = entity.forms();
            listed[id] = forms.get(random.nextInt(forms.size()));
            types[id] = entity.type();
            if (q < queries && random.nextDouble() < queryShare * 1.05) {
                String other = forms.get(random.nextInt(forms.size()));
                for (int attempt = 0; attempt < 4 && other.equals(listed[id]); attempt++) {
                    other = forms.get(random.nextInt(forms.size()));
                }
                queryText[q] = random.nextInt(5) == 0 ? generator.typo(other) : other;
                queryEntity[q] = id;
                queryType[q] = entity.type();
                q++;
            }
        }
        int queryCount = q;
        System.out.printf(Locale.ROOT, "generated %,d names and %,d alias queries (seed %d)%n", names, queryCount, seed);

        NameMatcher matcher = NameMatcher.defaults();
        pairThroughput(matcher, listed, types, random);

        NameIndex index = new NameIndex(matcher);
        long start = System.nanoTime();
        long startCpu = cpu();
        for (int id = 0; id < names; id++) {
            index.add(id, listed[id], types[id]);
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        double buildCpuSeconds = (cpu() - startCpu) / 1e9;
        long heapAfter = usedHeapAfterGc();
        System.out.printf(Locale.ROOT,
                "index build (one thread, normalisation included): %,d names in %.1f CPU-s = %,.0f names a CPU-second"
                        + " (%.1f s wall-clock = %,.0f names/s)%n",
                names, buildCpuSeconds, names / buildCpuSeconds, buildSeconds, names / buildSeconds);
        System.out.printf(Locale.ROOT, "heap after build: %,.0f MB used in all, %,.0f MB more than the generated names alone%n",
                usedHeapAfterGc() / 1e6, (heapAfter - heapBefore) / 1e6);

        int[] bulkIds = IntStream.range(0, names).toArray();
        NameIndex bulk = new NameIndex(matcher);
        long processCpuBefore = processCpu();
        start = System.nanoTime();
        bulk.addAll(bulkIds, listed, types);
        double bulkSeconds = (System.nanoTime() - start) / 1e9;
        double bulkCpuSeconds = (processCpu() - processCpuBefore) / 1e9;
        System.out.printf(Locale.ROOT,
                "index build in bulk (NameIndex.addAll, %d cores): %,d names in %.1f s wall-clock = %,.0f names/s"
                        + " (%.1f CPU-s of the whole process, GC included = %,.0f names a CPU-second)%n",
                Runtime.getRuntime().availableProcessors(), names, bulkSeconds, names / bulkSeconds, bulkCpuSeconds,
                names / bulkCpuSeconds);
        bulk = null;

        // Warm up, then time every query.
        for (int i = 0; i < Math.min(2000, queryCount); i++) {
            index.search(queryText[i], null, k);
        }
        long[] latency = new long[queryCount];
        long[] wall = new long[queryCount];
        int found1 = 0;
        int found10 = 0;
        for (int i = 0; i < queryCount; i++) {
            long w0 = System.nanoTime();
            long t0 = cpu();
            List<NameHit> hits = index.search(queryText[i], null, k);
            latency[i] = cpu() - t0;
            wall[i] = System.nanoTime() - w0;
            if (!hits.isEmpty() && hits.get(0).id() == queryEntity[i]) {
                found1++;
            }
            for (NameHit hit : hits) {
                if (hit.id() == queryEntity[i]) {
                    found10++;
                    break;
                }
            }
        }
        Arrays.sort(latency);
        Arrays.sort(wall);
        double mean = Arrays.stream(latency).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT,
                "orewatch top-%d, CPU time a query: mean %.3f ms, p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms;"
                        + " recall@1 %.3f, recall@%d %.3f (%d queries)%n",
                k, mean, percentile(latency, 50), percentile(latency, 90), percentile(latency, 99),
                latency[latency.length - 1] / 1e6, (double) found1 / queryCount, k, (double) found10 / queryCount, queryCount);
        System.out.printf(Locale.ROOT, "orewatch top-%d, wall-clock a query: mean %.3f ms, p50 %.3f ms, p99 %.3f ms%n", k,
                Arrays.stream(wall).average().orElse(0) / 1e6, percentile(wall, 50), percentile(wall, 99));

        double bruteMs = bruteForce(listed, queryText, queryEntity, Math.min(bruteForceQueries, queryCount));
        double luceneMs = lucene(listed, queryText, queryEntity, Math.min(luceneQueries, queryCount));
        System.out.printf(Locale.ROOT, "speed-up per query (mean CPU time): %.0fx over brute-force Jaro-Winkler, %.0fx over Lucene FuzzyQuery%n",
                bruteMs / mean, luceneMs / mean);
    }

    private void pairThroughput(NameMatcher matcher, String[] listed, NameType[] types, SplittableRandom random) {
        int sample = Math.min(20_000, listed.length);
        PreparedName[] prepared = new PreparedName[sample];
        String[] raw = new String[sample];
        for (int i = 0; i < sample; i++) {
            int id = random.nextInt(listed.length);
            raw[i] = listed[id];
            prepared[i] = matcher.prepare(listed[id], types[id]);
        }
        int[] left = new int[1 << 16];
        int[] right = new int[1 << 16];
        for (int i = 0; i < left.length; i++) {
            left[i] = random.nextInt(sample);
            right[i] = random.nextInt(sample);
        }
        double sink = 0;
        for (int round = 0; round < 2; round++) {
            long pairs = 0;
            long deadline = cpu() + (long) (pairSeconds * 1e9);
            long start = cpu();
            long wall = System.nanoTime();
            while (cpu() < deadline) {
                for (int i = 0; i < 4096; i++, pairs++) {
                    int p = (int) (pairs & (left.length - 1));
                    sink += matcher.score(prepared[left[p]], prepared[right[p]]);
                }
            }
            double seconds = (cpu() - start) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            if (round == 1) {
                System.out.printf(Locale.ROOT,
                        "pair comparisons (prepared names, one thread): %,.0f a CPU-second (%,.0f a wall-clock second)%n",
                        pairs / seconds, pairs / wallSeconds);
            }
        }
        long pairs = 0;
        long deadline = cpu() + (long) (pairSeconds * 1e9);
        long start = cpu();
        while (cpu() < deadline) {
            for (int i = 0; i < 256; i++, pairs++) {
                int p = (int) (pairs & (left.length - 1));
                sink += matcher.compare(raw[left[p]], raw[right[p]], NameType.OTHER).score();
            }
        }
        double seconds = (cpu() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "pair comparisons (raw strings, normalised each time, explained, one thread): %,.0f a CPU-second%n",
                pairs / seconds);
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        pairs = 0;
        deadline = cpu() + (long) (pairSeconds * 1e9);
        start = cpu();
        while (cpu() < deadline) {
            for (int i = 0; i < 4096; i++, pairs++) {
                int p = (int) (pairs & (left.length - 1));
                sink += jaroWinkler.apply(raw[left[p]], raw[right[p]]);
            }
        }
        seconds = (cpu() - start) / 1e9;
        System.out.printf(Locale.ROOT, "baseline Jaro-Winkler pair comparisons (one thread): %,.0f a CPU-second (checksum %.1f)%n",
                pairs / seconds, sink);
    }

    private double bruteForce(String[] listed, String[] queryText, int[] queryEntity, int count) {
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        String[] lower = new String[listed.length];
        for (int i = 0; i < listed.length; i++) {
            lower[i] = listed[i].toLowerCase(Locale.ROOT);
        }
        long total = 0;
        int found = 0;
        for (int qi = 0; qi < count; qi++) {
            String query = queryText[qi].toLowerCase(Locale.ROOT);
            long t0 = cpu();
            PriorityQueue<double[]> top = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
            for (int id = 0; id < lower.length; id++) {
                double s = jaroWinkler.apply(query, lower[id]);
                if (top.size() < k) {
                    top.add(new double[] {s, id});
                } else if (s > top.peek()[0]) {
                    top.poll();
                    top.add(new double[] {s, id});
                }
            }
            total += cpu() - t0;
            for (double[] entry : top) {
                if ((int) entry[1] == queryEntity[qi]) {
                    found++;
                    break;
                }
            }
        }
        double mean = total / 1e6 / count;
        System.out.printf(Locale.ROOT, "baseline brute-force Jaro-Winkler top-%d: mean %.1f ms CPU a query; recall@%d %.3f (%d queries)%n",
                k, mean, k, (double) found / count, count);
        return mean;
    }

    private double lucene(String[] listed, String[] queryText, int[] queryEntity, int count) throws IOException {
        Analyzer analyzer = new StandardAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        long start = System.nanoTime();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
            for (int id = 0; id < listed.length; id++) {
                Document document = new Document();
                document.add(new TextField("name", listed[id], Field.Store.NO));
                document.add(new StoredField("id", id));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long total = 0;
        int found = 0;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int qi = 0; qi < Math.min(50, count); qi++) {
                searcher.search(fuzzy(analyzer, queryText[qi]), k);
            }
            for (int qi = 0; qi < count; qi++) {
                long t0 = cpu();
                TopDocs top = searcher.search(fuzzy(analyzer, queryText[qi]), k);
                total += cpu() - t0;
                for (ScoreDoc hit : top.scoreDocs) {
                    if (searcher.storedFields().document(hit.doc).getField("id").numericValue().intValue() == queryEntity[qi]) {
                        found++;
                        break;
                    }
                }
            }
        }
        double mean = total / 1e6 / count;
        System.out.printf(Locale.ROOT,
                "baseline Lucene 9.12 FuzzyQuery (2 edits a word) top-%d: build %.1f s, mean %.2f ms CPU a query; recall@%d %.3f (%d queries)%n",
                k, buildSeconds, mean, k, (double) found / count, count);
        return mean;
    }

    private static BooleanQuery fuzzy(Analyzer analyzer, String text) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream stream = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                query.add(new FuzzyQuery(new Term("name", term.toString()), 2), BooleanClause.Occur.SHOULD);
            }
            stream.end();
        }
        return query.build();
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of this thread: on a shared machine, the work done rather than the time waited for a core. */
    /** CPU time of every thread of the process so far (a bulk build runs on several). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void printMachine() throws IOException {
        String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "n/a";
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %,d MB, %s %s; load average %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), load);
    }
}

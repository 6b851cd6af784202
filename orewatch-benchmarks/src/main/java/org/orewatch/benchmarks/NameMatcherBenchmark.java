package org.orewatch.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;
import org.orewatch.names.PreparedName;

/**
 * Pair comparison throughput on synthetic names: the matcher's score on prepared names (what an
 * index or batch screen does), a full comparison with normalisation and explanation, normalisation
 * alone, and the Jaro-Winkler baseline on the raw strings.
 *
 * <pre>java -jar orewatch-benchmarks/target/benchmarks.jar NameMatcherBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NameMatcherBenchmark {

    private static final int PAIRS = 1 << 14;

    private final NameMatcher matcher = NameMatcher.defaults();
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private String[] left;
    private String[] right;
    private NameType[] types;
    private PreparedName[] preparedLeft;
    private PreparedName[] preparedRight;
    private int next;

    @Setup
    public void setUp() {
        SyntheticNames generator = new SyntheticNames(7);
        SplittableRandom random = new SplittableRandom(11);
        left = new String[PAIRS];
        right = new String[PAIRS];
        types = new NameType[PAIRS];
        preparedLeft = new PreparedName[PAIRS];
        preparedRight = new PreparedName[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            SyntheticNames.Entity a = generator.next();
            // Half the pairs are two forms of one name, half two different names.
            SyntheticNames.Entity b = random.nextBoolean() ? a : generator.next();
            left[i] = a.forms().get(random.nextInt(a.forms().size()));
            right[i] = b.forms().get(random.nextInt(b.forms().size()));
            types[i] = a.type();
            preparedLeft[i] = matcher.prepare(left[i], types[i]);
            preparedRight[i] = matcher.prepare(right[i], types[i]);
        }
    }

    private int nextPair() {
        next = (next + 1) & (PAIRS - 1);
        return next;
    }

    @Benchmark
    public double scorePrepared() {
        int i = nextPair();
        return matcher.score(preparedLeft[i], preparedRight[i]);
    }

    @Benchmark
    public Object compareRawWithExplanation() {
        int i = nextPair();
        return matcher.compare(left[i], right[i], types[i]);
    }

    @Benchmark
    public Object prepare() {
        int i = nextPair();
        return matcher.prepare(left[i], types[i]);
    }

    @Benchmark
    public double jaroWinklerRaw() {
        int i = nextPair();
        return jaroWinkler.apply(left[i], right[i]);
    }
}

package org.orewatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.load.GraphSnapshot;
import org.orewatch.kb.load.KnowledgeBaseLoader;

/**
 * Start-up cost of the knowledge graph: the first load in a fresh JVM, which is what a command
 * pays. {@code SingleShotTime} with one measurement per fork and many forks measures exactly that
 * cold first call. Compares loading and validating the YAML files (what {@code kb validate} does,
 * and any command after an edit) with reading the binary snapshot (what every other command does
 * when no file changed). The snapshot is written by a separate process so that nothing in the
 * measuring JVM is warm.
 *
 * <p>Run from the repository root: {@code java -jar orewatch-benchmarks/target/benchmarks.jar
 * KnowledgeBaseLoad -p kb=kb}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(15)
public class KnowledgeBaseLoadBenchmark {

    @State(Scope.Benchmark)
    public static class Yaml {
        @Param("kb")
        public String kb;
    }

    @State(Scope.Benchmark)
    public static class Snapshot {
        @Param("kb")
        public String kb;
        Path file;
        String fingerprint;

        @Setup(Level.Trial)
        public void write() throws IOException, InterruptedException {
            file = Files.createTempFile("orewatch-kb", ".snapshot");
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KnowledgeBaseLoadBenchmark.class.getName(), kb,
                    file.toString()).inheritIO().start();
            if (writer.waitFor() != 0) {
                throw new IllegalStateException("could not write the snapshot of " + kb);
            }
            fingerprint = GraphSnapshot.fingerprint(Path.of(kb));
        }
    }

    @Benchmark
    public KnowledgeGraph coldLoadFromYaml(Yaml state) {
        return KnowledgeBaseLoader.load(Path.of(state.kb)).requireValid();
    }

    @Benchmark
    public KnowledgeGraph coldLoadFromSnapshot(Snapshot state) {
        return GraphSnapshot.read(state.file, state.fingerprint).orElseThrow();
    }

    /** Writes the snapshot of the knowledge base {@code args[0]} to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        GraphSnapshot.write(KnowledgeBaseLoader.load(root).requireValid(), GraphSnapshot.fingerprint(root), Path.of(args[1]));
    }
}

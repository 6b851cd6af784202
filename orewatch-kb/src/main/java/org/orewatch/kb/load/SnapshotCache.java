package org.orewatch.kb.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.orewatch.kb.KnowledgeGraph;

/**
 * Opens a knowledge base for querying: from its {@link GraphSnapshot} when the files have not
 * changed since the snapshot was written, otherwise by loading and validating the YAML (and then
 * writing a fresh snapshot). Snapshots live in {@code $OREWATCH_CACHE}, else
 * {@code $XDG_CACHE_HOME/orewatch}, else {@code ~/.cache/orewatch}; when none is writable the
 * YAML is simply loaded every time.
 */
public final class SnapshotCache {

    private SnapshotCache() {
    }

    public static KnowledgeGraph open(Path root) {
        Optional<Path> file = snapshotFile(root);
        String fingerprint = null;
        if (file.isPresent()) {
            try {
                fingerprint = GraphSnapshot.fingerprint(root);
                Optional<KnowledgeGraph> cached = GraphSnapshot.read(file.get(), fingerprint);
                if (cached.isPresent()) {
                    return cached.get();
                }
            } catch (IOException unreadable) {
                fingerprint = null;
            }
        }
        KnowledgeGraph graph = KnowledgeBaseLoader.load(root).requireValid();
        if (file.isPresent() && fingerprint != null) {
            try {
                GraphSnapshot.write(graph, fingerprint, file.get());
            } catch (IOException | RuntimeException notWritable) {
                // The snapshot only saves time; without it every start parses the YAML.
            }
        }
        return graph;
    }

    static Optional<Path> snapshotFile(Path root) {
        Path directory = cacheDirectory().orElse(null);
        if (directory == null) {
            return Optional.empty();
        }
        // One snapshot per knowledge-base folder; the fingerprint inside decides whether it is current.
        String key = Integer.toHexString(root.toAbsolutePath().toUri().toString().hashCode());
        return Optional.of(directory.resolve("kb-" + key + ".snapshot"));
    }

    private static Optional<Path> cacheDirectory() {
        String explicit = System.getenv("OREWATCH_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "orewatch"));
        }
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || !Files.isDirectory(Path.of(home))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(home, ".cache", "orewatch"));
    }
}

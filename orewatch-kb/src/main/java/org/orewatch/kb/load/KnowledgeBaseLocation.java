package org.orewatch.kb.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * Finds the knowledge-base folder: the one given ({@code --kb}), else {@code $OREWATCH_KB}, else
 * {@code $OREWATCH_HOME/kb} (set by the {@code ./orewatch} launcher), else {@code ./kb}, else the
 * copy bundled in the jar at build time.
 */
public final class KnowledgeBaseLocation {

    private KnowledgeBaseLocation() {
    }

    public static Path resolve(Path explicit) {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(explicit.toString()),
                        "knowledge-base folder not found");
            }
            return explicit;
        }
        return fromEnvironment("OREWATCH_KB", "")
                .or(() -> fromEnvironment("OREWATCH_HOME", "kb"))
                .or(() -> existing(Path.of("kb")))
                .or(KnowledgeBaseLocation::bundled)
                .orElseThrow(() -> new OrewatchException(ErrorCode.FILE_NOT_FOUND,
                        "no knowledge base found: give --kb DIR or set OREWATCH_KB"));
    }

    private static Optional<Path> fromEnvironment(String variable, String child) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return existing(child.isEmpty() ? Path.of(value) : Path.of(value, child));
    }

    private static Optional<Path> existing(Path path) {
        return Files.isDirectory(path.resolve("schema")) ? Optional.of(path) : Optional.empty();
    }

    /** The knowledge base packaged under {@code /kb} on the class path (the jar or target/classes). */
    static Optional<Path> bundled() {
        URL marker = KnowledgeBaseLocation.class.getResource("/kb/schema/types.yaml");
        if (marker == null) {
            return Optional.empty();
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException open) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return Optional.of(jar.getPath("/kb"));
            }
            return Optional.of(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException | IOException unusable) {
            return Optional.empty();
        }
    }
}

package org.orewatch.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.orewatch.kb.load.KnowledgeBaseLoader;
import org.orewatch.kb.load.LoadResult;

/** A copy of the small valid test knowledge base in a temporary folder, to which a test adds files. */
public final class KbFixture {

    private final Path root;

    private KbFixture(Path root) {
        this.root = root;
    }

    public static KbFixture copyTo(Path directory) {
        try {
            Path source = Path.of(KbFixture.class.getResource("/kb-fixture/schema/types.yaml").toURI()).getParent().getParent();
            Path target = directory.resolve("kb");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return new KbFixture(target);
        } catch (IOException | URISyntaxException failure) {
            throw new IllegalStateException("cannot copy the test knowledge base", failure);
        }
    }

    public KbFixture write(String relativePath, String yaml) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return this;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public Path root() {
        return root;
    }

    public LoadResult load() {
        return KnowledgeBaseLoader.load(root);
    }

    public KnowledgeGraph graph() {
        return load().requireValid();
    }
}

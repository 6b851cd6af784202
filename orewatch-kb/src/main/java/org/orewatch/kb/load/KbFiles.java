package org.orewatch.kb.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a knowledge base folder and how they are named in messages ({@code kb/mining/mines.yaml}). */
record KbFiles(Path root, String rootLabel) {

    static KbFiles of(Path root) {
        Path name = root.getFileName();
        return new KbFiles(root, name == null ? "kb" : name.toString().replace("/", ""));
    }

    String display(Path file) {
        String relative = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
        return relative.isEmpty() ? rootLabel : rootLabel + "/" + relative;
    }

    /** Every {@code *.yaml} outside {@code schema/}, in a stable order. */
    List<Path> entityFiles() throws IOException {
        Path schema = root.resolve("schema");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".yaml"))
                    .filter(path -> !path.startsWith(schema))
                    .sorted((a, b) -> display(a).compareTo(display(b)))
                    .toList();
        }
    }
}

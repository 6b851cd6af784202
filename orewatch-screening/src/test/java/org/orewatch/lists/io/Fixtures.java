package org.orewatch.lists.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the small fixtures in the real list formats out of the test class path into a folder. */
final class Fixtures {

    private Fixtures() {
    }

    static Path copy(String resource, Path folder, String fileName) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Path target = folder.resolve(fileName);
            Files.copy(in, target);
            return target;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

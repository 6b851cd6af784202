package org.orewatch.lists;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real list files in {@code ../shared} beside the repository; tests skip when they are absent. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path shared() {
        return Path.of(System.getProperty("orewatch.repo.root", "..")).toAbsolutePath().resolve("../shared").normalize();
    }

    public static Path unConsolidatedList() {
        return require(shared().resolve("data/sanctions/un/consolidated-2026-02-27.xml"));
    }

    public static Path ofacFolder() {
        return require(shared().resolve("data/sanctions/ofac-2021-07"));
    }

    private static Path require(Path path) {
        assumeTrue(Files.exists(path), "skipped: " + path + " is absent (the real lists live in ../shared beside the repository)");
        return path;
    }
}

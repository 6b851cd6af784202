package org.orewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.lists.ListVersion;

/**
 * Kills a JVM in the middle of an import (SIGKILL, no shutdown hooks, with a thousand rows of
 * the new version written in its open transaction) and checks that nothing is lost: the
 * previous version is still current, complete, and the only version.
 */
class CrashDuringImportTest {

    @TempDir
    Path folder;

    private static Process start(String mode, StoreLocation location) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportChildProcess.class.getName(), mode, location.jdbcUrl()));
        if (location.user() != null) {
            command.add(location.user());
            command.add(location.password() == null ? "" : location.password());
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Waits (at most a minute) for the child to print {@code line}. */
    private static void awaitLine(Process child, String line) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            String read = reader.readLine();
            if (read == null) {
                throw new AssertionError("the child process ended before printing " + line + " (exit " + child.waitFor() + ")");
            }
            if (read.equals(line)) {
                return;
            }
        }
        throw new AssertionError("the child process did not print " + line + " within a minute");
    }

    private static void killedMidImportLosesNothing(StoreLocation location) throws Exception {
        ListVersion before;
        try (ListStore store = ListStore.open(location)) {
            before = store.importSnapshot(SyntheticLists.snapshot("l", 3_000, "e")).version();
        }
        Process child = start("import", location);
        try {
            awaitLine(child, ImportChildProcess.MID_IMPORT);
        } finally {
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
        }
        try (ListStore store = ListStore.open(location)) {
            assertThat(store.versions("l")).containsExactly(before);
            assertThat(store.entries(before.id())).hasSize(3_000)
                    .allSatisfy(entry -> assertThat(entry.name()).doesNotEndWith(" NEW"));
            // The store still takes imports after the crash.
            assertThat(store.importSnapshot(SyntheticLists.snapshot("l", 3_000, "1", 0, 10, " NEW")).changed()).isEqualTo(10);
        }
    }

    @Test
    void killingAnEmbeddedImportMidwayLosesNothing() throws Exception {
        killedMidImportLosesNothing(StoreLocation.embedded(folder.resolve("data")));
    }

    @Test
    void killingAPostgresImportMidwayLosesNothing() throws Exception {
        killedMidImportLosesNothing(PostgresListStoreTest.freshSchema());
        PostgresListStoreTest.dropSchemas();
    }

    @Test
    void anEmbeddedDatabaseInUseByAnotherProcessIsReportedAsSuch() throws Exception {
        StoreLocation location = StoreLocation.embedded(folder.resolve("held"));
        Process child = start("hold", location);
        try {
            awaitLine(child, ImportChildProcess.READY);
            assertThatThrownBy(() -> ListStore.open(location)).isInstanceOfSatisfying(OrewatchException.class, failure -> {
                assertThat(failure.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE);
                assertThat(failure.getMessage()).contains("in use by another orewatch process");
            });
        } finally {
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
        }
    }
}

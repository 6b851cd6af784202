package org.orewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.lists.ListDiff;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.ListVersion;

/**
 * What every store must do, run against the embedded H2 database always and against PostgreSQL
 * when a test server is configured (see {@link PostgresListStoreTest}).
 */
abstract class ListStoreContract {

    protected ListStore store;

    /** A fresh, empty database for one test. */
    protected abstract StoreLocation freshLocation() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = ListStore.open(freshLocation());
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    protected long countRows(String table) throws SQLException {
        StoreLocation location = store.location();
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aFirstImportBecomesTheCurrentVersionWithItsProvenance() {
        ListSnapshot snapshot = SyntheticLists.snapshot("un-sc-consolidated", 30, "a");
        ImportResult result = store.importSnapshot(snapshot);
        assertThat(result.unchanged()).isFalse();
        assertThat(result.previous()).isNull();
        assertThat(result.added()).isEqualTo(30);
        ListVersion version = result.version();
        assertThat(version.current()).isTrue();
        assertThat(version.entries()).isEqualTo(30);
        assertThat(version.names()).isEqualTo(60);
        assertThat(version.persons()).isEqualTo(20);
        assertThat(version.organizations()).isEqualTo(10);
        assertThat(version.sha256()).isEqualTo("a".repeat(64));
        assertThat(version.published()).isEqualTo(snapshot.published());

        assertThat(store.currentVersions()).singleElement().satisfies(current -> {
            assertThat(current.id()).isEqualTo(version.id());
            assertThat(current.files()).isEqualTo(snapshot.files());
            assertThat(current.importedAt()).isNotNull();
        });
        assertThat(store.entries(version.id())).isEqualTo(snapshot.entries());
    }

    @Test
    void theSameFilesAgainChangeNothingUnlessForced() throws SQLException {
        ListSnapshot snapshot = SyntheticLists.snapshot("l", 10, "b");
        long first = store.importSnapshot(snapshot).version().id();
        ImportResult again = store.importSnapshot(snapshot);
        assertThat(again.unchanged()).isTrue();
        assertThat(again.version().id()).isEqualTo(first);
        assertThat(store.versions("l")).hasSize(1);
        ImportResult forced = store.importSnapshot(snapshot, ImportOptions.defaults().withForce(true));
        assertThat(forced.unchanged()).isFalse();
        assertThat(forced.version().id()).isGreaterThan(first);
        assertThat(store.versions("l")).extracting(ListVersion::current).containsExactly(true, false);
        assertThat(countRows("list_entry")).isEqualTo(20);
    }

    @Test
    void aNewVersionReplacesTheOldOneAndTheDiffSaysWhatChanged() {
        long first = store.importSnapshot(SyntheticLists.snapshot("l", 50, "c")).version().id();
        ListSnapshot next = SyntheticLists.snapshot("l", 52, "d", 10, 13, " JR");
        ImportResult result = store.importSnapshot(next);
        assertThat(result.previous().id()).isEqualTo(first);
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.removed()).isZero();
        assertThat(result.changed()).isEqualTo(3);
        assertThat(store.currentVersion("l")).get().extracting(ListVersion::id).isEqualTo(result.version().id());
        assertThat(store.version(first)).get().extracting(ListVersion::current).isEqualTo(false);

        ListDiff diff = store.diff(first, result.version().id());
        assertThat(diff.added()).extracting(entry -> entry.key()).containsExactly("T50", "T51");
        assertThat(diff.changed()).extracting(ListDiff.Change::key).containsExactly("T10", "T11", "T12");
        assertThat(diff.changed().get(0).fields()).extracting(ListDiff.FieldChange::field).contains("name", "names", "remarks");
        assertThat(diff.unchanged()).isEqualTo(47);
    }

    @Test
    void aFailureBetweenBatchesLeavesThePreviousVersionCurrentAndNoRows() throws SQLException {
        ListVersion old = store.importSnapshot(SyntheticLists.snapshot("l", 40, "e")).version();
        long entriesBefore = countRows("list_entry");
        long namesBefore = countRows("entry_name");
        String generation = store.currentGeneration();
        ImportOptions failing = ImportOptions.defaults().withBatchSize(100).withObserver((written, total) -> {
            if (written >= 200) {
                throw new IllegalStateException("injected fault after " + written + " of " + total);
            }
        });
        assertThatThrownBy(() -> store.importSnapshot(SyntheticLists.snapshot("l", 500, "f"), failing))
                .hasMessageContaining("injected fault after 200 of 500");
        assertThat(store.currentVersions()).singleElement().isEqualTo(old);
        assertThat(store.versions("l")).hasSize(1);
        assertThat(countRows("list_entry")).isEqualTo(entriesBefore);
        assertThat(countRows("entry_name")).isEqualTo(namesBefore);
        assertThat(countRows("source_file")).isEqualTo(1);
        assertThat(store.currentGeneration()).isEqualTo(generation);
        assertThat(store.entries(old.id())).hasSize(40);
    }

    @Test
    void aVersionThatDropsTooManyEntriesIsRefusedUnlessAllowed() {
        ListVersion old = store.importSnapshot(SyntheticLists.snapshot("l", 100, "1")).version();
        ListSnapshot shrunk = SyntheticLists.snapshot("l", 60, "2");
        assertThatThrownBy(() -> store.importSnapshot(shrunk)).isInstanceOfSatisfying(OrewatchException.class, failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.CONFLICTING_STATE);
            assertThat(failure.getMessage()).contains("remove 40 of the 100 entries").contains("--max-removed 0.40");
        });
        assertThat(store.currentVersion("l")).contains(old);
        ImportResult allowed = store.importSnapshot(shrunk, ImportOptions.defaults().withMaxRemovedShare(0.4));
        assertThat(allowed.removed()).isEqualTo(40);
        assertThat(store.importSnapshot(SyntheticLists.snapshot("l", 55, "3")).removed()).isEqualTo(5);
    }

    @Test
    void listsAreVersionedIndependently() {
        store.importSnapshot(SyntheticLists.snapshot("un", 5, "4"));
        store.importSnapshot(SyntheticLists.snapshot("ofac", 7, "5"));
        store.importSnapshot(SyntheticLists.snapshot("un", 6, "6"));
        assertThat(store.currentVersions()).extracting(ListVersion::listName, ListVersion::entries)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ofac", 7), org.assertj.core.groups.Tuple.tuple("un", 6));
        assertThat(store.versions(null)).hasSize(3);
        long un = store.currentVersion("un").orElseThrow().id();
        long ofac = store.currentVersion("ofac").orElseThrow().id();
        assertThatThrownBy(() -> store.diff(un, ofac)).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThatThrownBy(() -> store.diff(un, 99_999)).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void concurrentImportsOfOneListAreSerialised() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ImportResult> first = pool.submit(() -> store.importSnapshot(SyntheticLists.snapshot("l", 300, "7"),
                    ImportOptions.defaults().withBatchSize(50)));
            Future<ImportResult> second = pool.submit(() -> store.importSnapshot(SyntheticLists.snapshot("l", 300, "8"),
                    ImportOptions.defaults().withBatchSize(50)));
            List<ImportResult> results = List.of(first.get(), second.get());
            assertThat(store.versions("l")).hasSize(2);
            assertThat(store.versions("l")).filteredOn(ListVersion::current).hasSize(1);
            // Exactly one of them saw the other as its predecessor.
            assertThat(results).filteredOn(result -> result.previous() == null).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theGenerationChangesWithEachNewCurrentVersion() {
        String empty = store.currentGeneration();
        store.importSnapshot(SyntheticLists.snapshot("l", 3, "9"));
        String one = store.currentGeneration();
        assertThat(one).isNotEqualTo(empty);
        store.importSnapshot(SyntheticLists.snapshot("l", 3, "9"));
        assertThat(store.currentGeneration()).isEqualTo(one);
        store.importSnapshot(SyntheticLists.snapshot("l", 3, "0"));
        assertThat(store.currentGeneration()).isNotEqualTo(one);
        assertThat(store.isReachable()).isTrue();
    }
}

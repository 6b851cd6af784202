package org.orewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.lists.ListVersion;

/** The store contract on the embedded H2 file database, the default. */
class EmbeddedListStoreTest extends ListStoreContract {

    @TempDir
    Path folder;

    @Override
    protected StoreLocation freshLocation() {
        return StoreLocation.embedded(folder.resolve("data"));
    }

    @Test
    void versionsSurviveClosingAndReopening() {
        ListVersion stored = store.importSnapshot(SyntheticLists.snapshot("l", 20, "a")).version();
        store.close();
        store = ListStore.open(StoreLocation.embedded(folder.resolve("data")));
        assertThat(store.currentVersions()).containsExactly(stored);
        assertThat(store.entries(stored.id())).hasSize(20);
        assertThat(folder.resolve("data").resolve(StoreLocation.EMBEDDED_NAME + ".mv.db")).exists();
    }
}

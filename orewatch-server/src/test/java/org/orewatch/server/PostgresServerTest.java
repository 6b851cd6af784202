package org.orewatch.server;

import org.junit.jupiter.api.AfterAll;
import org.orewatch.store.PostgresListStoreTest;
import org.orewatch.store.StoreLocation;

/** The API on PostgreSQL, when OREWATCH_TEST_POSTGRES_URL names a test database; skipped otherwise. */
class PostgresServerTest extends ServerContract {

    @Override
    protected StoreLocation location() throws Exception {
        return PostgresListStoreTest.freshSchema();
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        if (System.getenv("OREWATCH_TEST_POSTGRES_URL") != null) {
            PostgresListStoreTest.dropSchemas();
        }
    }
}

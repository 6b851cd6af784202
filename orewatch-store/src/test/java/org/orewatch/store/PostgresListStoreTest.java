package org.orewatch.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The store contract on PostgreSQL, when {@code OREWATCH_TEST_POSTGRES_URL} names a database the
 * tests may create schemas in (for example
 * {@code jdbc:postgresql://localhost:5432/orewatch_test?user=orewatch&password=orewatch}; .ci/run
 * starts one). Each test gets its own schema, dropped afterwards.
 */
public class PostgresListStoreTest extends ListStoreContract {

    private static final List<String> SCHEMAS = new ArrayList<>();

    public static String baseUrl() {
        String url = System.getenv("OREWATCH_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(),
                "skipped: set OREWATCH_TEST_POSTGRES_URL to run the store tests against PostgreSQL");
        return url;
    }

    /** A new empty schema in the test database, as a location whose connections use it. */
    public static StoreLocation freshSchema() throws Exception {
        String url = baseUrl();
        String schema = "orewatch_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        synchronized (SCHEMAS) {
            SCHEMAS.add(schema);
        }
        return new StoreLocation(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }

    @Override
    protected StoreLocation freshLocation() throws Exception {
        return freshSchema();
    }

    @AfterAll
    public static void dropSchemas() throws Exception {
        synchronized (SCHEMAS) {
            if (SCHEMAS.isEmpty()) {
                return;
            }
            try (Connection connection = DriverManager.getConnection(baseUrl()); Statement statement = connection.createStatement()) {
                for (String schema : SCHEMAS) {
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
            SCHEMAS.clear();
        }
    }
}

package org.orewatch.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Which database holds the lists: the embedded H2 file database in the data directory (the
 * default: nothing to install), or any JDBC URL, PostgreSQL for shared deployments
 * ({@code --db-url} or {@code $OREWATCH_DB_URL}, with {@code $OREWATCH_DB_USER} and
 * {@code $OREWATCH_DB_PASSWORD} when the URL does not carry them).
 */
public record StoreLocation(String jdbcUrl, String user, String password) {

    /** The database file's base name inside the data directory (H2 adds .mv.db). */
    public static final String EMBEDDED_NAME = "orewatch";

    public StoreLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    public static StoreLocation embedded(Path dataDirectory) {
        Path base = dataDirectory.toAbsolutePath().resolve(EMBEDDED_NAME);
        return new StoreLocation("jdbc:h2:file:" + base, "sa", "");
    }

    /** {@code url} when given, else $OREWATCH_DB_URL, else the embedded database in {@code dataDirectory}. */
    public static StoreLocation resolve(String url, Path dataDirectory) {
        return resolve(url, dataDirectory, System.getenv());
    }

    static StoreLocation resolve(String url, Path dataDirectory, Map<String, String> environment) {
        String chosen = url != null && !url.isBlank() ? url : environment.get("OREWATCH_DB_URL");
        if (chosen == null || chosen.isBlank()) {
            return embedded(DataDirectory.create(dataDirectory));
        }
        return new StoreLocation(chosen.trim(), environment.get("OREWATCH_DB_USER"), environment.get("OREWATCH_DB_PASSWORD"));
    }

    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The URL without credentials that some drivers accept inside it, for messages and logs. */
    public String describe() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}

package org.orewatch.trade;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/**
 * An embedded, in-memory DuckDB database that reads trade files in place (CSV, gzip-compressed
 * CSV, Parquet) without loading them. One instance per command; not thread-safe.
 *
 * <p>Memory is bounded by DuckDB's {@code memory_limit}: larger-than-memory operators spill to
 * the temporary directory instead of growing the process. Results are streamed to Java
 * ({@code jdbc_stream_results}) so a large result never sits whole in the JVM heap.
 */
public final class TradeDatabase implements AutoCloseable {

    /** Engine settings: worker threads (0 = all cores), memory limit, spill directory (null = DuckDB's default). */
    public record Settings(int threads, String memoryLimit, Path spillDirectory) {

        public Settings {
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be >= 0");
            }
            Objects.requireNonNull(memoryLimit, "memoryLimit");
            if (!memoryLimit.matches("[0-9]+(\\.[0-9]+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT,
                        "memory limit '" + memoryLimit + "' is not a size such as 2GB or 512MB");
            }
        }

        /** All cores and 2 GB: enough for every query orewatch runs, spilling beyond it. */
        public static Settings defaults() {
            return new Settings(0, "2GB", null);
        }
    }

    private final Connection connection;

    public TradeDatabase(Settings settings) {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Properties properties = new Properties();
            properties.setProperty("jdbc_stream_results", "true");
            connection = DriverManager.getConnection("jdbc:duckdb:", properties);
            try (Statement statement = connection.createStatement()) {
                if (settings.threads() > 0) {
                    statement.execute("SET threads = " + settings.threads());
                }
                statement.execute("SET memory_limit = '" + settings.memoryLimit() + "'");
                if (settings.spillDirectory() != null) {
                    statement.execute("SET temp_directory = " + quote(settings.spillDirectory().toString()));
                }
                // Nothing orewatch asks depends on the engine's row order; this lets scans run freely.
                statement.execute("SET preserve_insertion_order = false");
                // The engine reads only the files it is given.
                statement.execute("SET autoinstall_known_extensions = false");
                statement.execute("SET autoload_known_extensions = false");
            }
        } catch (ClassNotFoundException | SQLException e) {
            throw new OrewatchException(ErrorCode.INTERNAL_ERROR, null, "cannot start the embedded DuckDB engine: " + e.getMessage(), e);
        }
    }

    public TradeDatabase() {
        this(Settings.defaults());
    }

    public Connection connection() {
        return connection;
    }

    /** Runs a statement that returns nothing. */
    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A SQL string literal. */
    public static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A SQL identifier (column name) in double quotes. */
    public static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * Turns an engine failure into an orewatch error. Running out of memory is a resource error the
     * user can address (a larger --memory-limit); anything else that reaches here is not the
     * user's fault, because inputs are validated before the engine computes with them.
     */
    public static OrewatchException failure(String doing, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("out of memory") || lower.contains("could not allocate")) {
            return new OrewatchException(ErrorCode.RESOURCE_EXHAUSTED, null,
                    doing + ": the engine ran out of memory (" + firstLine(message) + "); raise --memory-limit", e);
        }
        if (lower.contains("no space left")) {
            return new OrewatchException(ErrorCode.RESOURCE_EXHAUSTED, null, doing + ": no disk space left for spilling", e);
        }
        return new OrewatchException(ErrorCode.INTERNAL_ERROR, null, doing + ": " + firstLine(message), e);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new OrewatchException(ErrorCode.INTERNAL_ERROR, null, "cannot close the DuckDB engine: " + e.getMessage(), e);
        }
    }
}

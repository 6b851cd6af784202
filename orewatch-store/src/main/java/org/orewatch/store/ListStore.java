package org.orewatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.ListCounts;
import org.orewatch.lists.ListDiff;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.ListVersion;
import org.orewatch.lists.SourceFile;
import org.orewatch.lists.io.EntryJson;

/**
 * The versioned lists in a relational database: the embedded H2 file database by default,
 * PostgreSQL for shared deployments; one schema, migrated by Flyway on open.
 *
 * <p>An import is one transaction: it writes the new version's rows batch by batch and, last,
 * moves the list's current-version pointer. A failure, a rejected file or a killed process
 * before the commit leaves no trace a reader can see, and the previous version stays current.
 * Concurrent imports of one list are serialised by a row lock on the list's pointer.
 *
 * <p>Thread-safe: every call borrows its own connection from a small pool.
 */
public final class ListStore implements AutoCloseable {

    /** H2's "database may be already in use": another process holds the file. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String UNIQUE_VIOLATION = "23505";

    private final StoreLocation location;
    private final HikariDataSource dataSource;

    private ListStore(StoreLocation location, HikariDataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
    }

    /** Opens (and creates or migrates) the store. */
    public static ListStore open(StoreLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        if (location.user() != null) {
            config.setUsername(location.user());
        }
        if (location.password() != null) {
            config.setPassword(location.password());
        }
        config.setPoolName("orewatch-store");
        config.setMaximumPoolSize(location.isEmbedded() ? 4 : 8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException failure) {
            throw unavailable(location, failure);
        } catch (RuntimeException failure) {
            throw unavailable(location, failure);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException failure) {
            dataSource.close();
            throw new OrewatchException(ErrorCode.STORE_UNAVAILABLE, null,
                    "cannot prepare the database schema at " + location.describe() + ": " + failure.getMessage(), failure);
        }
        return new ListStore(location, dataSource);
    }

    private static OrewatchException unavailable(StoreLocation location, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return new OrewatchException(ErrorCode.STORE_UNAVAILABLE, null, "the database at " + location.describe()
                    + " is in use by another orewatch process (a running server?): import through its API"
                    + " (POST /api/v1/lists/import), or stop it first", failure);
        }
        return new OrewatchException(ErrorCode.STORE_UNAVAILABLE, null,
                "cannot open the database at " + location.describe() + ": " + cause.getMessage(), failure);
    }

    public StoreLocation location() {
        return location;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    // ------------------------------------------------------------------ imports

    public ImportResult importSnapshot(ListSnapshot snapshot) {
        return importSnapshot(snapshot, ImportOptions.defaults());
    }

    /**
     * Stores {@code snapshot} as the new current version of its list, unless its files are those
     * of the current version already (then nothing changes, unless forced) or it would drop more
     * entries than {@link ImportOptions#maxRemovedShare()} allows.
     */
    public ImportResult importSnapshot(ListSnapshot snapshot, ImportOptions options) {
        try (Connection connection = dataSource.getConnection()) {
            ensureListName(connection, snapshot.listName());
            connection.setAutoCommit(false);
            try {
                ImportResult result = importInTransaction(connection, snapshot, options);
                if (result.unchanged()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException | Error failure) {
                rollbackQuietly(connection, failure);
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException failure) {
            throw storeFailure("import " + snapshot.listName(), failure);
        }
    }

    private ImportResult importInTransaction(Connection connection, ListSnapshot snapshot, ImportOptions options)
            throws SQLException {
        Long previousId;
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT current_version FROM list_name WHERE name = ? FOR UPDATE")) {
            lock.setString(1, snapshot.listName());
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                long value = row.getLong(1);
                previousId = row.wasNull() ? null : value;
            }
        }
        ListVersion previous = previousId == null ? null : version(connection, previousId).orElseThrow();
        if (previous != null && previous.sha256().equals(snapshot.sha256()) && !options.force()) {
            return new ImportResult(previous, previous, true, 0, 0, 0);
        }
        Map<String, String> previousHashes = previousId == null ? Map.of() : contentHashes(connection, previousId);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (ListEntry entry : snapshot.entries()) {
            hashes.put(entry.key(), EntryJson.contentHash(entry));
        }
        int removed = (int) previousHashes.keySet().stream().filter(key -> !hashes.containsKey(key)).count();
        if (previous != null && removed > options.maxRemovedShare() * previous.entries()) {
            throw new OrewatchException(ErrorCode.CONFLICTING_STATE, null, String.format(java.util.Locale.ROOT,
                    "the new %s would remove %,d of the %,d entries of the current version %d (%.0f%%, more than the %.0f%% allowed):"
                            + " is the file complete? Import it with --max-removed %.2f (or higher) if the removals are real",
                    snapshot.listName(), removed, previous.entries(), previous.id(), 100.0 * removed / previous.entries(),
                    100 * options.maxRemovedShare(), Math.ceil(100.0 * removed / previous.entries()) / 100));
        }
        int added = 0;
        int changed = 0;
        for (Map.Entry<String, String> entry : hashes.entrySet()) {
            String before = previousHashes.get(entry.getKey());
            if (before == null) {
                added++;
            } else if (!before.equals(entry.getValue())) {
                changed++;
            }
        }

        ListCounts counts = ListCounts.of(snapshot.entries());
        Instant importedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        long versionId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO list_version (list_name, format, sha256,"
                + " published, imported_at, entry_count, name_count, person_count, organization_count, vessel_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, snapshot.listName());
            insert.setString(2, snapshot.format().id());
            insert.setString(3, snapshot.sha256());
            insert.setDate(4, snapshot.published() == null ? null : Date.valueOf(snapshot.published()));
            insert.setTimestamp(5, Timestamp.from(importedAt));
            insert.setInt(6, counts.entries());
            insert.setInt(7, counts.names());
            insert.setInt(8, counts.persons());
            insert.setInt(9, counts.organizations());
            insert.setInt(10, counts.vessels());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                versionId = keys.getLong("id");
            }
        }
        try (PreparedStatement files = connection.prepareStatement(
                "INSERT INTO source_file (version_id, position, name, sha256, bytes) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (SourceFile file : snapshot.files()) {
                files.setLong(1, versionId);
                files.setInt(2, position++);
                files.setString(3, file.name());
                files.setString(4, file.sha256());
                files.setLong(5, file.bytes());
                files.addBatch();
            }
            files.executeBatch();
        }
        writeEntries(connection, versionId, snapshot.entries(), hashes, options);
        try (PreparedStatement pointer = connection.prepareStatement("UPDATE list_name SET current_version = ? WHERE name = ?")) {
            pointer.setLong(1, versionId);
            pointer.setString(2, snapshot.listName());
            pointer.executeUpdate();
        }
        ListVersion stored = new ListVersion(versionId, snapshot.listName(), snapshot.format(), snapshot.files(),
                snapshot.sha256(), snapshot.published(), importedAt, counts.entries(), counts.names(), counts.persons(),
                counts.organizations(), counts.vessels(), true);
        ListVersion replaced = previous == null ? null : withCurrent(previous, false);
        return new ImportResult(stored, replaced, false, added, removed, changed);
    }

    private static void writeEntries(Connection connection, long versionId, List<ListEntry> entries, Map<String, String> hashes,
            ImportOptions options) throws SQLException {
        try (PreparedStatement entryRows = connection.prepareStatement("INSERT INTO list_entry (version_id, entry_key, position,"
                + " schema_name, name, listed_on, content_sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement nameRows = connection.prepareStatement(
                        "INSERT INTO entry_name (version_id, entry_key, position, name, kind) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement identifierRows = connection.prepareStatement("INSERT INTO entry_identifier (version_id,"
                        + " entry_key, position, scheme, id_value, normalized) VALUES (?, ?, ?, ?, ?, ?)")) {
            int written = 0;
            int inBatch = 0;
            for (ListEntry entry : entries) {
                entryRows.setLong(1, versionId);
                entryRows.setString(2, entry.key());
                entryRows.setInt(3, written);
                entryRows.setString(4, entry.schema());
                entryRows.setString(5, entry.name());
                entryRows.setDate(6, entry.listedOn() == null ? null : Date.valueOf(entry.listedOn()));
                entryRows.setString(7, hashes.get(entry.key()));
                entryRows.setString(8, EntryJson.write(entry));
                entryRows.addBatch();
                int position = 0;
                for (EntryName name : entry.names()) {
                    nameRows.setLong(1, versionId);
                    nameRows.setString(2, entry.key());
                    nameRows.setInt(3, position++);
                    nameRows.setString(4, name.text());
                    nameRows.setString(5, name.kind().name());
                    nameRows.addBatch();
                }
                position = 0;
                for (Identifier identifier : entry.identifiers()) {
                    identifierRows.setLong(1, versionId);
                    identifierRows.setString(2, entry.key());
                    identifierRows.setInt(3, position++);
                    identifierRows.setString(4, identifier.scheme());
                    identifierRows.setString(5, identifier.value());
                    identifierRows.setString(6, identifier.normalized());
                    identifierRows.addBatch();
                }
                written++;
                if (++inBatch == options.batchSize() || written == entries.size()) {
                    entryRows.executeBatch();
                    nameRows.executeBatch();
                    identifierRows.executeBatch();
                    inBatch = 0;
                    options.observer().batchWritten(written, entries.size());
                }
            }
        }
    }

    private void ensureListName(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM list_name WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO list_name (name) VALUES (?)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        } catch (SQLException failure) {
            // Another import created it first: fine, the row lock that follows serialises the two.
            if (!UNIQUE_VIOLATION.equals(failure.getSQLState())) {
                throw failure;
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Every version of every list (or of one list), newest first within a list. */
    public List<ListVersion> versions(String listName) {
        try (Connection connection = dataSource.getConnection()) {
            return versions(connection, listName, null);
        } catch (SQLException failure) {
            throw storeFailure("read list versions", failure);
        }
    }

    /** The current version of each list, by list name. */
    public List<ListVersion> currentVersions() {
        return versions(null).stream().filter(ListVersion::current).toList();
    }

    public Optional<ListVersion> version(long id) {
        try (Connection connection = dataSource.getConnection()) {
            return version(connection, id);
        } catch (SQLException failure) {
            throw storeFailure("read version " + id, failure);
        }
    }

    /** The current version of a list, if the list has been imported. */
    public Optional<ListVersion> currentVersion(String listName) {
        return versions(listName).stream().filter(ListVersion::current).findFirst();
    }

    /** The entries of a version, in the order the list gave them. */
    public List<ListEntry> entries(long versionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT data FROM list_entry WHERE version_id = ? ORDER BY position")) {
            select.setLong(1, versionId);
            List<ListEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(EntryJson.read(rows.getString(1)));
                }
            }
            return entries;
        } catch (SQLException failure) {
            throw storeFailure("read the entries of version " + versionId, failure);
        }
    }

    /** What version {@code toId} added, removed and changed compared with {@code fromId} (both of one list). */
    public ListDiff diff(long fromId, long toId) {
        ListVersion from = version(fromId).orElseThrow(() -> notFound(fromId));
        ListVersion to = version(toId).orElseThrow(() -> notFound(toId));
        if (!from.listName().equals(to.listName())) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "versions " + fromId + " (" + from.listName() + ") and "
                    + toId + " (" + to.listName() + ") belong to different lists: a diff compares two versions of one list");
        }
        return ListDiff.between(entries(fromId), entries(toId));
    }

    /**
     * A fingerprint of which versions are current: it changes exactly when an import (by this
     * process or another sharing the database) makes a new version current.
     */
    public String currentGeneration() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, current_version FROM list_name ORDER BY name")) {
            StringBuilder generation = new StringBuilder();
            while (rows.next()) {
                generation.append(rows.getString(1)).append('=').append(rows.getLong(2)).append(';');
            }
            return generation.toString();
        } catch (SQLException failure) {
            throw storeFailure("read the current versions", failure);
        }
    }

    /** Whether the database answers (for /health). */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException failure) {
            return false;
        }
    }

    private static OrewatchException notFound(long id) {
        return new OrewatchException(ErrorCode.NOT_FOUND, "no list version " + id + " (orewatch lists shows the versions)");
    }

    private Optional<ListVersion> version(Connection connection, long id) throws SQLException {
        List<ListVersion> found = versions(connection, null, id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<ListVersion> versions(Connection connection, String listName, Long id) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT v.id, v.list_name, v.format, v.sha256, v.published, v.imported_at,"
                + " v.entry_count, v.name_count, v.person_count, v.organization_count, v.vessel_count, l.current_version"
                + " FROM list_version v JOIN list_name l ON l.name = v.list_name WHERE 1 = 1");
        if (listName != null) {
            sql.append(" AND v.list_name = ?");
        }
        if (id != null) {
            sql.append(" AND v.id = ?");
        }
        sql.append(" ORDER BY v.list_name, v.id DESC");
        Map<Long, List<SourceFile>> files = files(connection, listName, id);
        List<ListVersion> versions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            bindFilter(select, listName, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long versionId = rows.getLong("id");
                    Date published = rows.getDate("published");
                    versions.add(new ListVersion(versionId, rows.getString("list_name"), ListFormat.fromId(rows.getString("format")),
                            files.getOrDefault(versionId, List.of()), rows.getString("sha256").trim(),
                            published == null ? null : published.toLocalDate(), rows.getTimestamp("imported_at").toInstant(),
                            rows.getInt("entry_count"), rows.getInt("name_count"), rows.getInt("person_count"),
                            rows.getInt("organization_count"), rows.getInt("vessel_count"), rows.getLong("current_version") == versionId));
                }
            }
        }
        return versions;
    }

    private static Map<Long, List<SourceFile>> files(Connection connection, String listName, Long id) throws SQLException {
        String sql = "SELECT f.version_id, f.name, f.sha256, f.bytes FROM source_file f JOIN list_version v ON v.id = f.version_id"
                + " WHERE 1 = 1" + (listName != null ? " AND v.list_name = ?" : "") + (id != null ? " AND v.id = ?" : "")
                + " ORDER BY f.version_id, f.position";
        Map<Long, List<SourceFile>> files = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindFilter(select, listName, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    files.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                            .add(new SourceFile(rows.getString(2), rows.getString(3).trim(), rows.getLong(4)));
                }
            }
        }
        return files;
    }

    /** Binds the optional "v.list_name = ?" and "v.id = ?" filters, in that order. */
    private static void bindFilter(PreparedStatement select, String listName, Long id) throws SQLException {
        int parameter = 1;
        if (listName != null) {
            select.setString(parameter++, listName);
        }
        if (id != null) {
            select.setLong(parameter, id);
        }
    }

    private static Map<String, String> contentHashes(Connection connection, long versionId) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entry_key, content_sha256 FROM list_entry WHERE version_id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.put(rows.getString(1), rows.getString(2).trim());
                }
            }
        }
        return hashes;
    }

    private static ListVersion withCurrent(ListVersion version, boolean current) {
        return new ListVersion(version.id(), version.listName(), version.format(), version.files(), version.sha256(),
                version.published(), version.importedAt(), version.entries(), version.names(), version.persons(),
                version.organizations(), version.vessels(), current);
    }

    private OrewatchException storeFailure(String action, SQLException failure) {
        String state = failure.getSQLState();
        ErrorCode code = state != null && state.startsWith("08") ? ErrorCode.STORE_UNAVAILABLE : ErrorCode.INTERNAL_ERROR;
        return new OrewatchException(code, null, "cannot " + action + " in the database at " + location.describe() + ": "
                + failure.getMessage(), failure);
    }
}

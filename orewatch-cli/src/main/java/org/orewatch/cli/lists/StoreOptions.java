package org.orewatch.cli.lists;

import java.nio.file.Path;
import org.orewatch.store.DataDirectory;
import org.orewatch.store.ListStore;
import org.orewatch.store.StoreLocation;
import picocli.CommandLine.Option;

/** Where the versioned lists are stored: {@code --data-dir} for the embedded database, or {@code --db-url}. */
public final class StoreOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: $OREWATCH_DATA, else $OREWATCH_HOME/data, "
                    + "else ~/.local/share/orewatch).")
    Path dataDirectory;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "A PostgreSQL JDBC URL for a shared store instead of the embedded database (default: $OREWATCH_DB_URL; "
                    + "user and password from the URL or $OREWATCH_DB_USER and $OREWATCH_DB_PASSWORD).")
    String url;

    public Path dataDirectory() {
        return DataDirectory.resolve(dataDirectory);
    }

    public StoreLocation location() {
        return StoreLocation.resolve(url, dataDirectory());
    }

    public ListStore open() {
        return ListStore.open(location());
    }
}

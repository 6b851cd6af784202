package org.orewatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * Where orewatch keeps its embedded database and server files: {@code --data-dir DIR}, else
 * {@code $OREWATCH_DATA}, else {@code $OREWATCH_HOME/data} (the {@code ./orewatch} launcher sets
 * OREWATCH_HOME to the repository, whose .gitignore ignores /data/), else
 * {@code $XDG_DATA_HOME/orewatch}, else {@code ~/.local/share/orewatch}.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> environment, String home) {
        if (explicit != null) {
            return explicit;
        }
        String data = environment.get("OREWATCH_DATA");
        if (data != null && !data.isBlank()) {
            return Path.of(data);
        }
        String orewatchHome = environment.get("OREWATCH_HOME");
        if (orewatchHome != null && !orewatchHome.isBlank()) {
            return Path.of(orewatchHome, "data");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "orewatch");
        }
        return Path.of(home == null ? "." : home, ".local", "share", "orewatch");
    }

    /** Creates the directory (and its parents) when missing. */
    public static Path create(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(directory.toString()),
                    "cannot create the data directory: " + failure.getMessage(), failure);
        }
    }
}

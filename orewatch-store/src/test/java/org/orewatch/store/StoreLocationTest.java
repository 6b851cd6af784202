package org.orewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {

    @TempDir
    Path folder;

    @Test
    void theDataDirectoryComesFromTheOptionThenTheEnvironmentThenHome() {
        assertThat(DataDirectory.resolve(Path.of("given"), Map.of("OREWATCH_DATA", "/env"), "/home/u")).isEqualTo(Path.of("given"));
        assertThat(DataDirectory.resolve(null, Map.of("OREWATCH_DATA", "/env", "OREWATCH_HOME", "/repo"), "/home/u"))
                .isEqualTo(Path.of("/env"));
        assertThat(DataDirectory.resolve(null, Map.of("OREWATCH_HOME", "/repo"), "/home/u")).isEqualTo(Path.of("/repo/data"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "/home/u")).isEqualTo(Path.of("/xdg/orewatch"));
        assertThat(DataDirectory.resolve(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.local/share/orewatch"));
    }

    @Test
    void theEmbeddedDatabaseIsTheDefaultAndAUrlWins() {
        StoreLocation embedded = StoreLocation.resolve(null, folder.resolve("d"), Map.of());
        assertThat(embedded.isEmbedded()).isTrue();
        assertThat(embedded.jdbcUrl()).isEqualTo("jdbc:h2:file:" + folder.resolve("d").toAbsolutePath().resolve("orewatch"));
        assertThat(folder.resolve("d")).isDirectory();
        StoreLocation fromEnvironment = StoreLocation.resolve(null, folder, Map.of("OREWATCH_DB_URL", "jdbc:postgresql://db/ow",
                "OREWATCH_DB_USER", "ow", "OREWATCH_DB_PASSWORD", "secret"));
        assertThat(fromEnvironment).isEqualTo(new StoreLocation("jdbc:postgresql://db/ow", "ow", "secret"));
        assertThat(StoreLocation.resolve("jdbc:postgresql://other/x", folder, Map.of("OREWATCH_DB_URL", "jdbc:postgresql://db/ow"))
                .jdbcUrl()).isEqualTo("jdbc:postgresql://other/x");
    }

    @Test
    void descriptionsHidePasswords() {
        assertThat(new StoreLocation("jdbc:postgresql://db/ow?user=a&password=secret&ssl=true", null, null).describe())
                .isEqualTo("jdbc:postgresql://db/ow?user=a&password=***&ssl=true");
    }
}

package org.orewatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

class ApiKeyTest {

    @TempDir
    Path folder;

    @Test
    void aMissingKeyFileIsCreatedWithARandomKeyOnlyItsOwnerCanRead() throws Exception {
        Path file = folder.resolve("data/api-key");
        ApiKey key = ApiKey.resolve(null, file);
        String written = Files.readString(file).strip();
        assertThat(written).hasSize(48).matches("[0-9a-f]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(key.accepts(written)).isTrue();
        assertThat(key.accepts(written + " ")).isTrue();
        assertThat(key.accepts(written.substring(1))).isFalse();
        assertThat(key.accepts(null)).isFalse();
        assertThat(ApiKey.resolve(null, file).accepts(written)).as("the same key on the next start").isTrue();
        assertThat(key.source()).isEqualTo(file.toString());
    }

    @Test
    void theEnvironmentWinsAndShortKeysAreRefused() {
        ApiKey key = ApiKey.resolve("from-the-environment-123", folder.resolve("unused"));
        assertThat(key.accepts("from-the-environment-123")).isTrue();
        assertThat(key.source()).isEqualTo("$OREWATCH_API_KEY");
        assertThat(folder.resolve("unused")).doesNotExist();
        assertThatThrownBy(() -> ApiKey.of("short", "test")).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void uploadedFileNamesLoseTheirFolders() {
        assertThat(OrewatchServer.safeName("../../etc/passwd", "x")).isEqualTo("passwd");
        assertThat(OrewatchServer.safeName("C:\\lists\\sdn.csv", "x")).isEqualTo("sdn.csv");
        assertThat(OrewatchServer.safeName(".hidden", "list.xml")).isEqualTo("list.xml");
        assertThat(OrewatchServer.safeName("con solidated (1).xml", "x")).isEqualTo("con_solidated__1_.xml");
        assertThat(OrewatchServer.safeName(null, "list.xml")).isEqualTo("list.xml");
    }

    @Test
    void errorCodesMapToPreciseStatuses() {
        assertThat(HttpErrors.status(ErrorCode.REQUEST_TOO_LARGE)).isEqualTo(413);
        assertThat(HttpErrors.status(ErrorCode.UNAUTHORIZED)).isEqualTo(401);
        assertThat(HttpErrors.status(ErrorCode.CONFLICTING_STATE)).isEqualTo(409);
        assertThat(HttpErrors.status(ErrorCode.INVALID_VALUE)).isEqualTo(400);
        assertThat(HttpErrors.status(ErrorCode.NOT_FOUND)).isEqualTo(404);
        assertThat(HttpErrors.status(ErrorCode.STORE_UNAVAILABLE)).isEqualTo(503);
        assertThat(HttpErrors.body(new OrewatchException(ErrorCode.IO_ERROR, "disk path /secret failed")).toString())
                .doesNotContain("/secret");
    }
}

package org.orewatch.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * The secret that write operations (list imports) must present, in an {@code X-API-Key} header
 * or as {@code Authorization: Bearer KEY}. It comes from {@code $OREWATCH_API_KEY}, else from a
 * key file (by default {@code api-key} in the data directory), which is created with a random
 * key, readable by its owner only, the first time the server starts without one.
 */
public final class ApiKey {

    /** Shorter keys are refused: they could be guessed. */
    public static final int MINIMUM_LENGTH = 16;

    private final byte[] secret;
    private final String source;

    private ApiKey(String secret, String source) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.source = source;
    }

    public static ApiKey of(String secret, String source) {
        String trimmed = secret == null ? "" : secret.strip();
        if (trimmed.length() < MINIMUM_LENGTH) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the API key from " + source + " is too short: at least "
                    + MINIMUM_LENGTH + " characters");
        }
        return new ApiKey(trimmed, source);
    }

    /** $OREWATCH_API_KEY when set, else the key in {@code file}, created with a random key if missing. */
    public static ApiKey resolve(String fromEnvironment, Path file) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return of(fromEnvironment, "$OREWATCH_API_KEY");
        }
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, HexFormat.of().formatHex(random) + System.lineSeparator(), StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // On file systems without POSIX permissions the file keeps the directory's.
                }
            }
            return of(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(file.toString()),
                    "cannot read or create the API key file: " + failure.getMessage(), failure);
        }
    }

    /** Where the key came from, for the start-up message (never the key itself). */
    public String source() {
        return source;
    }

    /** Whether the presented key is this one, compared in constant time. */
    public boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(secret, presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}

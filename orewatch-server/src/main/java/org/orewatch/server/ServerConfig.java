package org.orewatch.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.orewatch.screening.ScreeningPolicy;

/**
 * How the server runs.
 *
 * @param host the address to listen on (127.0.0.1 keeps the server to this machine)
 * @param port 0 picks a free port (tests)
 * @param maxBodyBytes largest JSON request body accepted
 * @param maxUploadBytes largest list upload accepted (all files of one import together)
 * @param refreshInterval how often the server checks the store for list versions another process imported
 * @param uploadDirectory where uploads are spooled while they are read
 */
public record ServerConfig(String host, int port, ApiKey apiKey, ScreeningPolicy policy, long maxBodyBytes, long maxUploadBytes,
        Duration refreshInterval, Path uploadDirectory) {

    public static final long DEFAULT_MAX_BODY_BYTES = 4L << 20;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L << 20;
    /** At most this many queries in one POST /api/v1/screen. */
    public static final int MAX_QUERIES = 1_000;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(uploadDirectory, "uploadDirectory");
    }
}

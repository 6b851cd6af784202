package org.orewatch.core;

/**
 * Every failure orewatch reports has one of these codes. The range a code falls in decides how
 * it reaches the user: {@link Kind#USER_ERROR} is a 4xx answer and CLI exit code 2,
 * {@link Kind#NOT_FOUND} a 404 and exit code 3, {@link Kind#INSUFFICIENT_RESOURCES} a 503 and
 * exit code 4, {@link Kind#INTERNAL_ERROR} a 500 and exit code 1.
 *
 * <p>Codes are stable: scripts and API clients match on {@link #name()}. Add new codes at the end
 * of their group; never renumber or rename one.
 */
public enum ErrorCode {
    // User errors: the input is wrong and the user can fix it.
    INVALID_ARGUMENT(1, Kind.USER_ERROR),
    INVALID_FILE_FORMAT(2, Kind.USER_ERROR),
    INVALID_VALUE(3, Kind.USER_ERROR),
    UNKNOWN_REFERENCE(4, Kind.USER_ERROR),
    DUPLICATE_ID(5, Kind.USER_ERROR),
    MISSING_CITATION(6, Kind.USER_ERROR),
    VALIDATION_FAILED(7, Kind.USER_ERROR),
    REQUEST_TOO_LARGE(8, Kind.USER_ERROR),
    UNAUTHORIZED(9, Kind.USER_ERROR),
    CONFLICTING_STATE(10, Kind.USER_ERROR),

    // Something the user named does not exist.
    NOT_FOUND(100, Kind.NOT_FOUND),
    FILE_NOT_FOUND(101, Kind.NOT_FOUND),

    // Resources ran out; retrying later or with more may succeed.
    RESOURCE_EXHAUSTED(200, Kind.INSUFFICIENT_RESOURCES),
    STORE_UNAVAILABLE(201, Kind.INSUFFICIENT_RESOURCES),

    // A defect or an environment failure that is not the user's fault.
    INTERNAL_ERROR(900, Kind.INTERNAL_ERROR),
    IO_ERROR(901, Kind.INTERNAL_ERROR);

    /** How a code is presented: HTTP status and process exit code. */
    public enum Kind {
        USER_ERROR(400, 2),
        NOT_FOUND(404, 3),
        INSUFFICIENT_RESOURCES(503, 4),
        INTERNAL_ERROR(500, 1);

        private final int httpStatus;
        private final int exitCode;

        Kind(int httpStatus, int exitCode) {
            this.httpStatus = httpStatus;
            this.exitCode = exitCode;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final int number;
    private final Kind kind;

    ErrorCode(int number, Kind kind) {
        this.number = number;
        this.kind = kind;
    }

    public int number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }
}

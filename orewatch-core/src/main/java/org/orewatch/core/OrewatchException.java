package org.orewatch.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A failure with a stable {@link ErrorCode} and, when the failure is about an input, the position
 * in that input. The CLI maps the code to an exit status and the server to an HTTP status; the
 * message is written for the user who caused or must fix it.
 */
public class OrewatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient SourcePosition position;

    public OrewatchException(ErrorCode code, String message) {
        this(code, null, message, null);
    }

    public OrewatchException(ErrorCode code, SourcePosition position, String message) {
        this(code, position, message, null);
    }

    public OrewatchException(ErrorCode code, SourcePosition position, String message, Throwable cause) {
        super(position == null ? message : position + ": " + message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.position = position;
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }
}

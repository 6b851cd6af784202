package org.orewatch.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/**
 * How failures reach API clients: an HTTP status from the error code, and a JSON body
 * {@code {"error": {"code": "INVALID_ARGUMENT", "number": 1, "message": "...", "position": {...}}}}.
 * Codes are stable; clients match on {@code code}.
 */
final class HttpErrors {

    private HttpErrors() {
    }

    /** The code's kind decides, except where HTTP has a more precise status. */
    static int status(ErrorCode code) {
        return switch (code) {
            case REQUEST_TOO_LARGE -> 413;
            case UNAUTHORIZED -> 401;
            case CONFLICTING_STATE -> 409;
            default -> code.kind().httpStatus();
        };
    }

    static Map<String, Object> body(OrewatchException failure) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", failure.code().name());
        error.put("number", failure.code().number());
        // Internal failures are not the client's fault and their details are not the client's business.
        error.put("message", failure.code().kind() == ErrorCode.Kind.INTERNAL_ERROR ? "internal error; see the server log"
                : failure.getMessage());
        failure.position().ifPresent(position -> {
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("file", position.file());
            at.put("line", position.line());
            at.put("field", position.field());
            error.put("position", at);
        });
        return Map.of("error", error);
    }
}

package org.orewatch.kb.load;

import org.orewatch.core.ErrorCode;
import org.orewatch.core.SourcePosition;

/** One finding of the loader: an error makes the knowledge base unusable, a warning does not. */
public record Problem(Severity severity, ErrorCode code, SourcePosition position, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(ErrorCode code, SourcePosition position, String message) {
        return new Problem(Severity.ERROR, code, position, message);
    }

    public static Problem warning(ErrorCode code, SourcePosition position, String message) {
        return new Problem(Severity.WARNING, code, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code kb/mines.yaml:12:9 [value.unit]: error UNKNOWN_REFERENCE: ...}, as compilers print. */
    @Override
    public String toString() {
        return position + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code + ": " + message;
    }
}

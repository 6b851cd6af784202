package org.orewatch.trade;

import java.util.List;

/**
 * Two or more rows state the same statistic with different values, and nothing says which to
 * believe. Thrown by the methods with the rows concerned; the caller, who knows the file,
 * turns it into a message naming their lines.
 */
public final class ConflictingRecordsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Integer> origins;

    public ConflictingRecordsException(String message, List<Integer> origins) {
        super(message);
        this.origins = List.copyOf(origins);
    }

    /** Indexes of the rows in what was read. */
    public List<Integer> origins() {
        return origins;
    }
}

package org.orewatch.store;

import java.util.Objects;

/**
 * How careful an import is.
 *
 * @param force store a new version even when the files are byte-for-byte those of the current one
 * @param maxRemovedShare refuse a version that drops more than this share of the current
 *     version's entries (a truncated but well-formed file would otherwise silently unlist people);
 *     1.0 allows any shrinkage
 * @param batchSize entries written per JDBC batch
 */
public record ImportOptions(boolean force, double maxRemovedShare, int batchSize, ImportObserver observer) {

    /** A new version may drop at most a fifth of the entries unless the user says otherwise. */
    public static final double DEFAULT_MAX_REMOVED_SHARE = 0.2;

    public ImportOptions {
        Objects.requireNonNull(observer, "observer");
        if (!(maxRemovedShare >= 0 && maxRemovedShare <= 1)) {
            throw new IllegalArgumentException("maxRemovedShare must be in [0, 1]");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, DEFAULT_MAX_REMOVED_SHARE, 500, ImportObserver.NONE);
    }

    public ImportOptions withForce(boolean value) {
        return new ImportOptions(value, maxRemovedShare, batchSize, observer);
    }

    public ImportOptions withMaxRemovedShare(double value) {
        return new ImportOptions(force, value, batchSize, observer);
    }

    public ImportOptions withBatchSize(int value) {
        return new ImportOptions(force, maxRemovedShare, value, observer);
    }

    public ImportOptions withObserver(ImportObserver value) {
        return new ImportOptions(force, maxRemovedShare, batchSize, value);
    }
}

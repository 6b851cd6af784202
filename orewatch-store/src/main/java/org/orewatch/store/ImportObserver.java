package org.orewatch.store;

/** Told as an import writes its entries, batch by batch (a progress bar; tests inject faults here). */
@FunctionalInterface
public interface ImportObserver {

    ImportObserver NONE = (written, total) -> {
    };

    /** Called after each batch is written, inside the import's transaction. */
    void batchWritten(int written, int total);
}

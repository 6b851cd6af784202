package org.orewatch.store;

import java.io.PrintStream;

/**
 * Runs in a separate JVM for the crash tests: {@code hold URL} opens the store and waits;
 * {@code import URL} starts a large import and, once some batches are written (inside the
 * uncommitted transaction), says so and waits to be killed.
 */
public final class ImportChildProcess {

    static final String READY = "READY";
    static final String MID_IMPORT = "MID-IMPORT";

    private ImportChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        StoreLocation location = new StoreLocation(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null);
        try (ListStore store = ListStore.open(location)) {
            if (args[0].equals("hold")) {
                out.println(READY);
                out.flush();
                Thread.sleep(120_000);
                return;
            }
            ImportOptions options = ImportOptions.defaults().withBatchSize(100).withObserver((written, total) -> {
                if (written == 1_000) {
                    out.println(MID_IMPORT);
                    out.flush();
                    try {
                        Thread.sleep(120_000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            store.importSnapshot(SyntheticLists.snapshot("l", 3_000, "f", 0, 3_000, " NEW"), options);
            out.println("FINISHED");
        }
    }
}

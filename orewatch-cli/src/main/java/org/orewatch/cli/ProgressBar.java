package org.orewatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress line on standard error for long runs: done and total, a bar, the rate and the
 * time left. On a terminal it redraws one line; otherwise (a log file, CI) it prints a line every
 * few seconds. Thread-safe: workers report as they finish.
 */
public final class ProgressBar implements AutoCloseable {

    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final String label;
    private final String unit;
    private final long total;
    private final boolean enabled;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrinted = System.nanoTime();
    private long done;
    private boolean drawn;

    public ProgressBar(PrintWriter err, String label, String unit, long total, boolean enabled) {
        this(err, label, unit, total, enabled, System.console() != null);
    }

    ProgressBar(PrintWriter err, String label, String unit, long total, boolean enabled, boolean terminal) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.total = total;
        this.enabled = enabled;
        this.terminal = terminal;
    }

    /** Records that {@code count} items are done in all; prints when it is time to. */
    public synchronized void update(long count) {
        done = Math.max(done, count);
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrinted >= (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            lastPrinted = now;
            print(now, false);
        }
    }

    /** The line as it would be printed now (tests read it). */
    synchronized String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        double share = total == 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(share * WIDTH);
        String left = rate > 0 && done < total ? clock(Duration.ofSeconds((long) Math.ceil((total - done) / rate))) : "0:00";
        return String.format(Locale.ROOT, "%s %,d/%,d %3.0f%% [%s%s] %,.0f %s/s, %s left", label, done, total, share * 100,
                "#".repeat(filled), ".".repeat(WIDTH - filled), rate, unit, left);
    }

    private void print(long now, boolean last) {
        String line = line(now);
        if (terminal) {
            err.print("\r" + line + (last ? System.lineSeparator() : ""));
        } else {
            err.println(line);
        }
        err.flush();
        drawn = true;
    }

    static String clock(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Prints the final line if a line was drawn (short runs stay silent). */
    @Override
    public synchronized void close() {
        if (enabled && drawn) {
            print(System.nanoTime(), true);
        }
    }
}

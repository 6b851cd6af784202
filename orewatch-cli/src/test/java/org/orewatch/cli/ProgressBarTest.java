package org.orewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void theLineShowsDoneTotalShareRateAndTimeLeft() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "screening", "names", 1_000, true, false);
        bar.update(250);
        String line = bar.line(System.nanoTime());
        assertThat(line).startsWith("screening 250/1,000  25% [######..................]").contains(" names/s, ").endsWith(" left");
        bar.close();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void clocksReadAsMinutesOrHours() {
        assertThat(ProgressBar.clock(Duration.ofSeconds(65))).isEqualTo("1:05");
        assertThat(ProgressBar.clock(Duration.ofSeconds(3_725))).isEqualTo("1:02:05");
    }

    @Test
    void aDisabledBarPrintsNothing() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), "x", "y", 10, false, true)) {
            bar.update(10);
        }
        assertThat(text.toString()).isEmpty();
    }
}

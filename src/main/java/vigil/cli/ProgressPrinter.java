package vigil.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import vigil.pipeline.IngestCounts;

/**
 * Shows ingest progress on standard error: a line redrawn in place on a terminal, else one line every
 * {@code interval} (so logs of long runs stay readable).
 */
final class ProgressPrinter implements Consumer<IngestCounts> {
    private final PrintStream err;
    private final boolean terminal;
    private final Duration interval;
    private final Instant start = Instant.now();
    private Instant lastPrint = Instant.EPOCH;
    private boolean drewLine;

    ProgressPrinter(PrintStream err, boolean terminal, Duration interval) {
        this.err = err;
        this.terminal = terminal;
        this.interval = interval;
    }

    @Override
    public synchronized void accept(IngestCounts c) {
        Instant now = Instant.now();
        if (!terminal && Duration.between(lastPrint, now).compareTo(interval) < 0) return;
        lastPrint = now;
        double secs = Math.max(1, Duration.between(start, now).toMillis()) / 1000.0;
        String line = String.format(Locale.ROOT, "%,d docs  %,d stored (%,d committed)  %,d unchanged  %,d rejected  %.1f docs/s",
                c.seen(), c.stored(), c.committed(), c.unchanged(), c.rejected(), c.seen() / secs);
        if (terminal) {
            err.print("\r" + line + "   ");
            drewLine = true;
        } else {
            err.println("progress: " + line);
        }
        err.flush();
    }

    /** Ends the redrawn line so the summary starts on its own line. */
    synchronized void done() {
        if (drewLine) err.println();
    }
}

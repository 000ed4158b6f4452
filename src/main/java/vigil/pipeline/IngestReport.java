package vigil.pipeline;

import java.time.Duration;
import java.util.List;
import vigil.model.Problem;

/** The outcome of an ingest run: final counts, the first problems (all are in the errors log) and the time taken. */
public record IngestReport(IngestCounts counts, List<Problem> problems, Duration elapsed) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    public double docsPerSecond() {
        double s = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return counts.seen() / s;
    }
}

package vigil.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import vigil.model.Problem;
import vigil.pipeline.IngestCounts;
import vigil.pipeline.IngestReport;

/** The end-of-run summary of ingest and reprocess. */
final class Summary {
    private Summary() {}

    static void print(PrintStream out, IngestReport r, Path errorLog) {
        IngestCounts c = r.counts();
        out.printf(Locale.ROOT, "%,d documents read in %.1f s (%.1f docs/s)%n", c.seen(), r.elapsed().toMillis() / 1000.0,
                r.docsPerSecond());
        out.printf(Locale.ROOT, "  %,d new articles stored (%,d of them not articles: home/section/error pages), %,d events%n",
                c.stored(), c.notArticles(), c.events());
        out.printf(Locale.ROOT, "  %,d unchanged (taken in before), %,d duplicates, %,d rejected%n",
                c.unchanged(), c.duplicates(), c.rejected());
        if (!r.problems().isEmpty()) {
            out.println("Problems:");
            int shown = 0;
            for (Problem p : r.problems()) {
                if (shown++ == 20) {
                    out.printf("  ... %d more%n", c.rejected() - 20);
                    break;
                }
                out.println("  " + p.line());
            }
            out.println("All problems: " + errorLog);
        }
        out.flush();
    }
}

package vigil.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vigil.model.Problem;
import vigil.pipeline.IngestReport;
import vigil.pipeline.Ingestor;
import vigil.pipeline.Pipelines;
import vigil.source.Fetcher;
import vigil.source.Source;
import vigil.source.SourceException;
import vigil.source.SourceOptions;
import vigil.source.Sources;
import vigil.store.Workspace;

/** {@code vigil ingest SOURCE...}: take news in, archive it raw, extract, code and store it. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest news: every raw document is archived (WARC), extracted, coded and stored.",
                "A SOURCE is a file, a directory (recursively), a WARC/WARC.gz file, an RSS/Atom feed (file or URL),",
                "an OPML file listing feeds, or an http(s) URL of a page; the kind is detected from the content.",
                "Documents taken in before are skipped, so re-running a source adds only what is new.",
                "Exit status: 0 when the run completed (rejected documents are counted and logged),",
                "1 when --strict is given and a document was rejected, 2 for a bad argument or data directory."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, directories, WARC files, feeds, OPML files or URLs.")
    List<String> sources;

    @Option(names = "--strict", description = "Fail (exit 1) when any document is rejected.")
    boolean strict;

    @Option(names = "--allow-private", description = "Allow fetching from private, loopback and link-local addresses "
            + "(off by default so that a feed cannot point Vigil at internal services).")
    boolean allowPrivate;

    @Option(names = "--per-host-delay", paramLabel = "MS", defaultValue = "1000",
            description = "Milliseconds between two requests to the same host (default ${DEFAULT-VALUE}).")
    long perHostDelayMs;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads for extraction and coding (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "500",
            description = "Commit (make durable) every N documents or 5 seconds, whichever comes first (default ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "When not on a terminal, print a progress line at most this often (default ${DEFAULT-VALUE}).")
    int progressInterval;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) throw new UserError("--threads must be at least 1");
        if (commitEvery < 1) throw new UserError("--commit-every must be at least 1");
        if (perHostDelayMs < 0) throw new UserError("--per-host-delay must not be negative");
        try (Workspace ws = Workspaces.forWriting(data.dir())) {
            IngestReport report = run(ws, sources, options(ws), threads, commitEvery, progressInterval, quiet);
            Summary.print(System.out, report, ws.dir().errorLog());
            return strict && report.counts().rejected() > 0 ? 1 : 0;
        }
    }

    private SourceOptions options(Workspace ws) {
        return SourceOptions.defaults()
                .withAllowPrivateAddresses(allowPrivate)
                .withPerHostDelay(Duration.ofMillis(perHostDelayMs))
                .withStateDir(ws.dir().state());
    }

    /** Opens the sources and runs them through the standard pipeline; shared with {@code vigil demo}. */
    static IngestReport run(Workspace ws, List<String> specs, SourceOptions options, int threads, int commitEvery,
                            int progressSeconds, boolean quiet) throws IOException {
        List<Source> opened = new ArrayList<>();
        List<Problem> unopened = new ArrayList<>();
        Fetcher fetcher; // one per run, so politeness delays and robots.txt rules hold across sources
        try {
            fetcher = new Fetcher(options);
        } catch (SourceException e) {
            throw new UserError(e.getMessage());
        }
        for (String spec : specs) {
            try {
                opened.add(Sources.open(spec, fetcher));
            } catch (SourceException e) {
                Problem p = Problem.of(spec, null, "source", e.getMessage());
                ws.errors().write(p);
                unopened.add(p);
            }
        }
        ProgressPrinter progress = new ProgressPrinter(System.err, !quiet && System.console() != null,
                Duration.ofSeconds(progressSeconds));
        Ingestor ingestor = new Ingestor(Pipelines.standard(), ws.store(), ws.archive(), ws.errors(), threads)
                .commitEvery(commitEvery, Duration.ofSeconds(5));
        if (!quiet) ingestor.onProgress(progress);
        IngestReport r = ingestor.ingest(opened);
        progress.done();
        if (unopened.isEmpty()) return r;
        List<Problem> all = new ArrayList<>(unopened);
        all.addAll(r.problems());
        var c = r.counts();
        return new IngestReport(new vigil.pipeline.IngestCounts(c.seen(), c.stored(), c.committed(), c.unchanged(),
                c.duplicates(), c.notArticles(), c.rejected() + unopened.size(), c.events()), all, r.elapsed());
    }
}

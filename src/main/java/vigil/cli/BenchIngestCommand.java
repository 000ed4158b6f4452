package vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vigil.pipeline.IngestCounts;
import vigil.pipeline.IngestReport;
import vigil.source.SourceOptions;
import vigil.store.Workspace;

/** {@code vigil bench ingest}: documents/second and peak heap for ingesting a directory, then a re-ingest. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest a directory of HTML pages into a fresh data directory and print documents/s and peak heap;",
                "then ingest it again, which must add nothing. With --generate N, N synthetic news pages are written first."})
public final class BenchIngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Directory of pages (e.g. ../shared/data/corpus).")
    Path dir;

    @Option(names = "--generate", paramLabel = "N", description = "Write N synthetic pages to a temporary directory and ingest those.")
    Integer generate;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory to fill (default: a new temporary one, deleted after).")
    Path data;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException {
        if ((dir == null) == (generate == null)) throw new UserError("give a DIR or --generate N (one of them)");
        Path tmp = Files.createTempDirectory("vigil-bench-");
        try {
            Path pages = dir;
            if (generate != null) {
                if (generate < 1) throw new UserError("--generate must be at least 1");
                pages = tmp.resolve("pages");
                System.out.printf(Locale.ROOT, "writing %,d synthetic pages...%n", generate);
                SyntheticPages.write(pages, generate, 42);
            } else if (!Files.isDirectory(dir)) {
                throw new UserError("not a directory: " + dir);
            }
            Path target = data != null ? data : tmp.resolve("data");
            try (Workspace ws = Workspaces.forWriting(target)) {
                PeakHeap.reset();
                IngestReport first = IngestCommand.run(ws, List.of(pages.toString()), SourceOptions.defaults(), threads,
                        500, 10, true);
                print("first ingest", first);
                long peak = PeakHeap.bytes();
                IngestReport again = IngestCommand.run(ws, List.of(pages.toString()), SourceOptions.defaults(), threads,
                        500, 10, true);
                print("re-ingest", again);
                System.out.printf(Locale.ROOT, "peak heap: %d MB during the first ingest (max heap %d MB); articles in store: %,d%n",
                        peak >> 20, Runtime.getRuntime().maxMemory() >> 20, ws.store().articleCount());
                if (again.counts().stored() != 0) System.out.println("WARNING: the re-ingest stored new articles");
            }
        } finally {
            deleteTree(tmp);
        }
        return 0;
    }

    private static void print(String label, IngestReport r) {
        IngestCounts c = r.counts();
        System.out.printf(Locale.ROOT, "%-13s %,8d docs in %7.1f s = %7.1f docs/s; stored %,d, unchanged %,d, duplicates %,d, rejected %,d, events %,d%n",
                label, c.seen(), r.elapsed().toMillis() / 1000.0, r.docsPerSecond(), c.stored(), c.unchanged(),
                c.duplicates(), c.rejected(), c.events());
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}

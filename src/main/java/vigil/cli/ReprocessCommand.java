package vigil.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vigil.pipeline.ArchiveSource;
import vigil.pipeline.IngestReport;
import vigil.pipeline.Ingestor;
import vigil.pipeline.Pipelines;
import vigil.store.Workspace;

/** {@code vigil reprocess}: rebuild all derived data from the raw archive with the current code. */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Rebuild the index (articles, events) from the raw WARC archive, with the current code.",
                "Nothing is fetched; the archive is read, not changed."})
public final class ReprocessCommand implements Callable<Integer> {
    @Mixin DataOption data;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) throw new UserError("--threads must be at least 1");
        try (Workspace ws = Workspaces.forWriting(data.dir())) {
            if (ws.archive().files().isEmpty()) throw new UserError("the archive in " + ws.dir().archive() + " is empty: nothing to reprocess");
            ws.store().clear();
            ProgressPrinter progress = new ProgressPrinter(System.err, System.console() != null, Duration.ofSeconds(5));
            IngestReport r = new Ingestor(Pipelines.standard(), ws.store(), null, ws.errors(), threads)
                    .onProgress(progress)
                    .ingest(List.of(new ArchiveSource(ws.archive())));
            progress.done();
            Summary.print(System.out, r, ws.dir().errorLog());
        }
        return 0;
    }
}

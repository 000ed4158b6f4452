package vigil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vigil.export.ArticleColumns;
import vigil.export.Csv;
import vigil.export.EventColumns;
import vigil.export.MergedEventColumns;
import vigil.json.Json;
import vigil.store.Workspace;

/** {@code vigil export}: everything stored, as JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write stored articles or events as JSON Lines or CSV (to a file or standard output).",
                "events: one record per real-world event (the merged reports of every article describing it, with its",
                "independent sources and contradictions); reports: one record per article's event.",
                "Event CSV columns follow GDELT/ACLED naming: event_date, event_type, actor1, actor2, latitude, ..."})
public final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv }

    enum What { articles, events, reports }

    @Mixin DataOption data;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--what", defaultValue = "articles", description = "articles, events (merged: one per real-world event) or reports (one per article's event) "
            + "(default ${DEFAULT-VALUE}).")
    What what;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Workspace ws = Workspaces.forReading(data.dir()); Writer w = open()) {
            AtomicLong n = new AtomicLong();
            Csv csv = new Csv(w);
            if (format == Format.csv) {
                csv.row(switch (what) {
                    case articles -> ArticleColumns.HEADER;
                    case events -> MergedEventColumns.HEADER;
                    case reports -> EventColumns.HEADER;
                });
            }
            try {
                switch (what) {
                    case articles -> ws.store().forEachArticle(a -> write(w, csv, a, ArticleColumns.row(a), n));
                    case events -> ws.store().forEachMergedEvent(m -> write(w, csv, m, MergedEventColumns.row(m), n));
                    case reports -> ws.store().forEachEvent(e -> write(w, csv, e, EventColumns.row(e), n));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
            if (out != null) System.err.printf("vigil: exported %d %s to %s%n", n.get(), what, out);
        }
        return 0;
    }

    private void write(Writer w, Csv csv, Object record, java.util.List<Object> row, AtomicLong n) {
        try {
            if (format == Format.csv) {
                csv.row(row);
            } else {
                w.write(Json.MAPPER.writeValueAsString(record));
                w.write('\n');
            }
            n.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Writer open() throws IOException {
        if (out == null) return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
    }
}

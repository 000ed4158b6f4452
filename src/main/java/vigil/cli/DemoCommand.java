package vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vigil.model.Event;
import vigil.pipeline.IngestReport;
import vigil.server.ServerConfig;
import vigil.source.SourceOptions;
import vigil.store.EventQuery;
import vigil.store.Workspace;

/** {@code vigil demo}: ingest the bundled sample news, show what came out, and serve the dashboard over it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample news (sample/pages) into the data directory, print what was stored,",
                "then serve the dashboard and API over it until stopped (Ctrl-C). Running it again adds nothing new."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--no-serve", description = "Stop after ingesting and printing, without serving.")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path pages = samplePages();
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = Workspaces.forWriting(data.dir());
        try {
            IngestReport r = IngestCommand.run(ws, List.of(pages.toString()),
                    SourceOptions.defaults().withStateDir(ws.dir().state()), 2, 500, 5, true);
            Summary.print(System.out, r, ws.dir().errorLog());
            out.printf("%nStored in %s: %d articles, %d real-world events from %d reports. Some of them:%n",
                    ws.dir().root().toAbsolutePath(), ws.store().articleCount(),
                    ws.store().searchMerged(EventQuery.all(1)).total(), ws.store().searchEvents(EventQuery.all(1)).total());
            for (var m : ws.store().searchMerged(EventQuery.all(8)).items()) out.println("  " + EventLine.of(m));
            out.println();
            out.flush();
        } catch (IOException | RuntimeException e) {
            ws.close();
            throw e;
        }
        if (noServe) {
            ws.close();
            return 0;
        }
        return ServeCommand.serve(ws, false, new ServerConfig(host, port, null, null), out, null);
    }

    /** The sample pages next to the launcher ({@code -Dvigil.home}), else under the working directory. */
    static Path samplePages() {
        String home = System.getProperty("vigil.home");
        Path p = Path.of(home != null ? home : ".").resolve("sample").resolve("pages");
        if (!Files.isDirectory(p)) throw new UserError("sample pages not found at " + p.toAbsolutePath()
                + " (run the demo from the Vigil checkout, or via ./vigil)");
        return p;
    }
}

package vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vigil.server.IngestFunction;
import vigil.source.SourceOptions;
import vigil.server.ServerConfig;
import vigil.server.VigilServer;
import vigil.store.DataDirException;
import vigil.store.Workspace;

/** {@code vigil serve}: the REST API and the dashboard over a data directory, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api, described at /api/openapi.json) and the web dashboard over a data directory.",
                "Reading is open; writing (POST /api/ingest) needs the API token from --token-file or $VIGIL_API_TOKEN.",
                "When another process is ingesting into the same directory, the server reads it and shows new events as they are committed."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the API token for writing endpoints (else $VIGIL_API_TOKEN; none: writing disabled).")
    Path tokenFile;

    @Option(names = "--tile-url", paramLabel = "URL", description = "Map tile URL template, e.g. 'https://tiles.example.org/{z}/{x}/{y}.png'. Without it the map shows the shipped country outlines (works offline).")
    String tileUrl;

    /** Set by tests and embedders to stop a running server; null means run until the process ends. */
    CountDownLatch stop;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) throw new UserError("--port must be between 0 and 65535");
        if (tileUrl != null && !(tileUrl.startsWith("http://") || tileUrl.startsWith("https://"))) {
            throw new UserError("--tile-url must be an http(s) URL template with {z}, {x} and {y}");
        }
        String token = token();
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws;
        boolean readOnly = false;
        if (!new vigil.store.DataDir(data.dir()).exists()) {
            out.printf("vigil: %s holds no data yet; serving a new, empty data directory (fill it with 'vigil ingest')%n", data.dir());
        }
        try {
            ws = Workspace.openForWriting(data.dir());
        } catch (DataDirException e) {
            if (!e.getMessage().contains("in use")) throw new UserError(e.getMessage());
            // Another process (an ingest) holds the index: serve it read-only and follow its commits.
            ws = Workspaces.forReading(data.dir());
            readOnly = true;
        }
        return serve(ws, readOnly, new ServerConfig(host, port, token, tileUrl), out, stop);
    }

    /**
     * Serves an opened workspace until {@code stop} is counted down (or the process ends when it is null), then
     * closes it. {@code vigil demo} calls this after ingesting the sample corpus.
     */
    static int serve(Workspace workspace, boolean readOnly, ServerConfig config, PrintWriter out, CountDownLatch stop)
            throws IOException, InterruptedException {
        ScheduledExecutorService refresher = null;
        if (readOnly) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vigil-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(() -> {
                try {
                    workspace.store().refresh();
                } catch (IOException | RuntimeException e) {
                    // The writer may be mid-commit; the next round picks the commit up.
                }
            }, 2, 2, TimeUnit.SECONDS);
        }
        IngestFunction ingest = readOnly ? null : new ServeIngest(workspace);
        VigilServer server = new VigilServer(workspace.store(), config, ingest);
        try {
            server.start();
        } catch (RuntimeException e) {
            if (refresher != null) refresher.shutdownNow();
            workspace.close();
            throw new UserError("cannot listen on " + config.host() + ":" + config.port() + " (" + rootMessage(e)
                    + "); pass another --port or --host");
        }
        long reports = workspace.store().searchEvents(vigil.store.EventQuery.all(1)).total();
        long events = workspace.store().searchMerged(vigil.store.EventQuery.all(1)).total();
        out.printf("vigil: serving %s (%d articles, %d real-world events from %d reports)%s%n", workspace.dir().root(),
                workspace.store().articleCount(), events, reports, readOnly ? ", read-only: another process is writing to it" : "");
        out.printf("vigil: writing endpoints %s%n", config.writable() ? "enabled with the API token"
                : "disabled (no API token configured)");
        if (!isLoopback(config.host())) {
            out.printf("vigil: note: bound to %s, so anyone who can reach it can read the API and dashboard%n", config.host());
        }
        out.printf("vigil: API description at %sapi/openapi.json%n", server.url());
        out.printf("vigil: dashboard at %s%n", server.url());
        out.flush();
        CountDownLatch done = stop != null ? stop : new CountDownLatch(1);
        ScheduledExecutorService finalRefresher = refresher;
        Thread hook = new Thread(() -> shutdown(server, workspace, finalRefresher), "vigil-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        done.await();
        Runtime.getRuntime().removeShutdownHook(hook);
        shutdown(server, workspace, refresher);
        return 0;
    }

    private static void shutdown(VigilServer server, Workspace ws, ScheduledExecutorService refresher) {
        if (refresher != null) refresher.shutdownNow();
        server.close();
        try {
            ws.close();
        } catch (IOException e) {
            System.err.println("vigil: closing the data directory failed: " + e.getMessage());
        }
    }

    private String token() {
        if (tokenFile != null) {
            try {
                String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                if (t.isEmpty()) throw new UserError("--token-file " + tokenFile + " is empty");
                if (t.length() < 12) throw new UserError("the API token in " + tokenFile + " is too short (use at least 12 characters)");
                return t;
            } catch (IOException e) {
                throw new UserError("cannot read --token-file " + tokenFile + ": " + e.getMessage());
            }
        }
        String env = System.getenv("VIGIL_API_TOKEN");
        if (env != null && !env.isBlank() && env.strip().length() < 12) {
            throw new UserError("VIGIL_API_TOKEN is too short (use at least 12 characters)");
        }
        return env == null || env.isBlank() ? null : env.strip();
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** POST /api/ingest runs the same ingest as {@code vigil ingest}, into the served data directory. */
    static final class ServeIngest implements IngestFunction {
        private final Workspace ws;

        ServeIngest(Workspace ws) {
            this.ws = ws;
        }

        @Override
        public Object ingest(List<String> sources) throws IOException {
            // Private and loopback addresses stay refused: API callers must not reach internal services.
            SourceOptions options = SourceOptions.defaults().withStateDir(ws.dir().state());
            return IngestCommand.run(ws, sources, options, 2, 500, 5, true);
        }
    }
}

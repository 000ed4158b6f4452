package vigil.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vigil.json.Json;
import vigil.store.Store;

/**
 * The REST API ({@code /api/...}, described at {@code /api/openapi.json}) and the dashboard ({@code /}) over one
 * store, in one process. Reading is open; writing endpoints need the configured API token.
 */
public final class VigilServer implements AutoCloseable {
    static {
        // Jetty and Javalin chatter at INFO; Vigil prints its own one-line summary instead.
        for (String quiet : new String[] {"org.eclipse.jetty", "io.javalin"}) {
            String key = "org.slf4j.simpleLogger.log." + quiet;
            if (System.getProperty(key) == null) System.setProperty(key, "warn");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(VigilServer.class);
    static final String WEB = "/vigil/server/web";

    private final ServerConfig config;
    private final List<Route> routes = new ArrayList<>();
    private final IngestJobs jobs;
    private final Javalin app;

    public VigilServer(Store store, ServerConfig config, IngestFunction ingest) {
        this.config = config;
        this.jobs = ingest == null ? null : new IngestJobs(ingest);
        routes.addAll(new EventRoutes(store).routes());
        routes.addAll(new ArticleRoutes(store).routes());
        routes.addAll(new IngestRoutes(new TokenGuard(config.token()), jobs).routes());
        routes.add(Route.get("/api/config", this::dashboardConfig));
        routes.add(Route.get("/api/openapi.json", VigilServer::openApi));
        String csp = SecurityHeaders.contentSecurityPolicy(config.tileUrl());
        app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = WEB;
                sf.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
            c.http.maxRequestSize = 1_000_000;
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", csp);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
        });
        for (Route r : routes) app.addHttpHandler(r.method(), r.path(), r.handler());
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error (details are in the server log)", null);
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.attribute("vigil.error") == null) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)", null);
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute("vigil.error") == null) error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(), null);
        });
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (parameter != null) body.put("parameter", parameter);
        body.put("status", status);
        ctx.attribute("vigil.error", Boolean.TRUE);
        ctx.status(status).json(body);
    }

    public VigilServer start() {
        app.start(config.host(), config.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The dashboard's address. */
    public String url() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        if (h.equals("0.0.0.0")) h = "127.0.0.1";
        return "http://" + h + ":" + port() + "/";
    }

    /** The endpoints, in registration order (the OpenAPI test compares them with the document). */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    record DashboardConfig(String tileUrl, boolean writable) {}

    private void dashboardConfig(Context ctx) {
        new Params(ctx, java.util.Set.of());
        ctx.json(new DashboardConfig(config.tileUrl(), config.writable()));
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = VigilServer.class.getResourceAsStream("/vigil/server/openapi.json")) {
            if (in == null) throw new IOException("openapi.json missing from the classpath");
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    @Override
    public void close() {
        app.stop();
        if (jobs != null) jobs.close();
    }
}

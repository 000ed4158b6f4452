package vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.json.Json;

/**
 * {@code POST /api/ingest} ({@code {"sources": ["https://...", ...]}}) and {@code GET /api/ingest/{job}}; both need
 * the API token. Only http(s) URLs are taken: a remote caller must not make the server read its own files.
 */
final class IngestRoutes {
    static final int MAX_SOURCES = 100;

    private final TokenGuard guard;
    private final IngestJobs jobs;

    IngestRoutes(TokenGuard guard, IngestJobs jobs) {
        this.guard = guard;
        this.jobs = jobs;
    }

    List<Route> routes() {
        return List.of(Route.post("/api/ingest", this::submit), Route.get("/api/ingest/{job}", this::status));
    }

    void submit(Context ctx) {
        guard.require(ctx);
        new Params(ctx, Set.of());
        if (jobs == null) throw new ApiError(503, null, "ingest is not available in this server");
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (Exception e) {
            throw ApiError.badParameter("body", "not JSON; send {\"sources\": [\"https://...\"]}");
        }
        JsonNode list = body == null ? null : body.get("sources");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw ApiError.badParameter("sources", "give a non-empty list of page or feed URLs");
        }
        if (list.size() > MAX_SOURCES) throw ApiError.badParameter("sources", "at most " + MAX_SOURCES + " per request");
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String name = "sources[" + i + "]";
            if (!list.get(i).isTextual()) throw ApiError.badParameter(name, "not a string");
            sources.add(httpUrl(name, list.get(i).asText().strip()));
        }
        ctx.status(202).json(jobs.submit(sources));
    }

    void status(Context ctx) {
        guard.require(ctx);
        new Params(ctx, Set.of());
        String id = ctx.pathParam("job");
        if (jobs == null) throw ApiError.notFound("ingest job", id);
        ctx.json(jobs.get(id).orElseThrow(() -> ApiError.notFound("ingest job", id)));
    }

    static String httpUrl(String name, String s) {
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw ApiError.badParameter(name, "only http(s) URLs can be ingested through the API, not '" + s + "'");
            }
            return s;
        } catch (URISyntaxException e) {
            throw ApiError.badParameter(name, "not a URL: '" + s + "'");
        }
    }
}

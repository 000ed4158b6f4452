package vigil.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vigil.json.Json;
import vigil.model.Article;
import vigil.model.Event;
import vigil.store.EventPoint;
import vigil.store.EventQuery;
import vigil.store.Page;
import vigil.store.Stats;
import vigil.store.Store;
import vigil.stories.EventReport;
import vigil.stories.MergedEvent;

/**
 * {@code /api/events}, {@code /api/events/{id}} and {@code /api/stats}. Rows are real-world events (merged reports)
 * by default, single articles' events with {@code view=reports}.
 */
final class EventRoutes {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 5000;
    private static final Set<String> LIST_PARAMS = with(EventFilters.NAMES, "sort", "limit", "cursor", "format");

    private final Store store;

    EventRoutes(Store store) {
        this.store = store;
    }

    List<Route> routes() {
        return List.of(Route.get("/api/events", this::list), Route.get("/api/events/{id}", this::detail),
                Route.get("/api/stats", this::stats));
    }

    void list(Context ctx) throws IOException {
        Params p = new Params(ctx, LIST_PARAMS);
        EventFormats.Format format = p.choice("format", EventFormats.Format.class, EventFormats.Format.JSON);
        EventQuery q = EventFilters.read(p)
                .sort(EventFilters.sort(p))
                .limit(p.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT))
                .after(p.string("cursor"))
                .build();
        if (format == EventFormats.Format.GEOJSON) {
            // Maps want many points: they come from the index's columns, without loading whole events.
            Page<EventPoint> points = StoreCalls.search(() -> store.eventPoints(q));
            ctx.contentType("application/geo+json").result(Json.MAPPER.writeValueAsString(EventFormats.geoJson(points)));
            return;
        }
        if (q.merged()) {
            Page<MergedEvent> page = StoreCalls.search(() -> store.searchMerged(q));
            if (format == EventFormats.Format.CSV) {
                csvHeaders(ctx, page);
                ctx.contentType("text/csv; charset=utf-8").result(EventFormats.mergedCsv(page));
            } else {
                ctx.json(new PageView<>(mergedRows(page.items()), page.total(), page.next()));
            }
            return;
        }
        Page<Event> page = StoreCalls.search(() -> store.searchEvents(q));
        if (format == EventFormats.Format.CSV) {
            csvHeaders(ctx, page);
            ctx.contentType("text/csv; charset=utf-8").result(EventFormats.csv(page));
        } else {
            ctx.json(new PageView<>(withArticles(page.items()), page.total(), page.next()));
        }
    }

    private static void csvHeaders(Context ctx, Page<?> page) {
        ctx.header("X-Total-Count", Long.toString(page.total()));
        if (page.next() != null) ctx.header("X-Next-Cursor", page.next());
    }

    /**
     * Each merged event with the number of its reports and a summary of the article of its first original report
     * (the table shows its site), looked up once each.
     */
    private List<ObjectNode> mergedRows(List<MergedEvent> events) throws IOException {
        Map<String, Optional<Article>> articles = new HashMap<>();
        List<ObjectNode> out = new ArrayList<>();
        for (MergedEvent m : events) {
            String articleId = representative(m).articleId();
            Optional<Article> a = articles.get(articleId);
            if (a == null) {
                a = store.article(articleId);
                articles.put(articleId, a);
            }
            ObjectNode n = Json.MAPPER.valueToTree(m);
            n.put("reportCount", m.reports().size());
            a.ifPresent(article -> n.set("article", Json.MAPPER.valueToTree(ArticleSummary.of(article))));
            out.add(n);
        }
        return out;
    }

    /** The earliest report that is not a copy, else the earliest. */
    static EventReport representative(MergedEvent m) {
        for (EventReport r : m.reports()) if (r.copyOf() == null) return r;
        return m.reports().get(0);
    }

    /** Each event with a summary of its article, which the table shows; articles are looked up once each. */
    private List<ObjectNode> withArticles(List<Event> events) throws IOException {
        Map<String, Optional<Article>> articles = new HashMap<>();
        List<ObjectNode> out = new ArrayList<>();
        for (Event e : events) {
            Optional<Article> a = articles.get(e.articleId());
            if (a == null) {
                a = store.article(e.articleId());
                articles.put(e.articleId(), a);
            }
            ObjectNode n = Json.MAPPER.valueToTree(e);
            a.ifPresent(article -> n.set("article", Json.MAPPER.valueToTree(ArticleSummary.of(article))));
            out.add(n);
        }
        return out;
    }

    void detail(Context ctx) throws IOException {
        new Params(ctx, Set.of());
        String id = ctx.pathParam("id");
        Optional<Event> event = store.event(id);
        if (event.isPresent()) {
            Event e = event.get();
            Article a = store.article(e.articleId()).orElse(null);
            Corroboration c = a == null ? null : Corroboration.of(store, e, a);
            ctx.json(new EventDetail(e, a, c, store.mergedEventOf(e.id()).orElse(null)));
            return;
        }
        MergedEvent m = store.mergedEvent(id).orElseThrow(() -> ApiError.notFound("event", id));
        // Shown like its first original report, with the corroboration of all its reports.
        EventReport first = representative(m);
        Event e = store.event(first.eventId()).orElseThrow(() -> ApiError.notFound("event", id));
        Article a = store.article(e.articleId()).orElse(null);
        ctx.json(new EventDetail(e, a, Corroboration.of(store, m, e.id()), m));
    }

    void stats(Context ctx) throws IOException {
        Params p = new Params(ctx, EventFilters.NAMES);
        EventQuery q = EventFilters.read(p).build();
        Stats s = StoreCalls.search(() -> store.stats(q));
        ctx.json(s);
    }

    /**
     * An event with everything needed to check it: the event (every field's evidence span), the full text of
     * its article (the spans' offsets index into it), its sources, corroboration count and contradictions, and the
     * merged event it is a report of. For a merged event's id, {@code event} and {@code article} are its first
     * original report.
     */
    record EventDetail(Event event, Article article, Corroboration corroboration, MergedEvent merged) {}

    static Set<String> with(Set<String> base, String... more) {
        Set<String> s = new HashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }
}

package vigil.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.json.Json;
import vigil.store.LuceneStore;

class ApiTest {
    @TempDir static Path dir;
    static LuceneStore store;
    static VigilServer open, guarded;
    static final List<List<String>> ingested = new CopyOnWriteArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = LuceneStore.open(dir);
        Newsroom.fill(store);
        open = new VigilServer(store, ServerConfig.local(0), s -> { ingested.add(s); return "ok"; }).start();
        guarded = new VigilServer(store, new ServerConfig("127.0.0.1", 0, "s3cret-token", null),
                s -> { ingested.add(s); return java.util.Map.of("seen", s.size()); }).start();
    }

    @AfterAll
    static void stop() throws Exception {
        open.close();
        guarded.close();
        store.close();
    }

    static HttpResponse<String> get(VigilServer s, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.url() + pathAndQuery.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(open, pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Set<String> ids(JsonNode page) {
        Set<String> out = new HashSet<>();
        page.get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    /** The id of the merged event whose first report is the event of {@code a}. */
    static String merged(vigil.model.Article a) {
        return "mev-" + Newsroom.eventId(a);
    }

    @Test
    void eventsAreListedNewestFirstWithTheirArticles() throws Exception {
        // Eight articles' events; the two Anbar reports are one real event.
        JsonNode page = json("/api/events");
        assertEquals(7, page.get("total").asInt());
        JsonNode first = page.get("items").get(0);
        assertEquals(merged(Newsroom.IDLIB), first.get("id").asText());
        assertEquals("levant-wire.example", first.at("/article/site").asText());
        assertEquals("Maarat al-Numan", first.at("/location/name").asText());
        assertEquals(1, first.get("independentSources").asInt());
        JsonNode reports = json("/api/events?view=reports");
        assertEquals(8, reports.get("total").asInt());
        assertEquals(Newsroom.eventId(Newsroom.IDLIB), reports.at("/items/0/id").asText());
        assertEquals("levant-wire.example", reports.at("/items/0/article/site").asText());
    }

    @Test
    void oneRealEventIsOneRowWithItsReportsSourcesAndContradictions() throws Exception {
        JsonNode page = json("/api/events?country=IQ");
        assertEquals(1, page.get("total").asInt());
        JsonNode anbar = page.at("/items/0");
        assertEquals(merged(Newsroom.ANBAR_1), anbar.get("id").asText());
        assertEquals(2, anbar.get("independentSources").asInt());
        assertEquals(2, anbar.get("reportCount").asInt());
        assertEquals(List.of(Newsroom.ANBAR_1.id(), Newsroom.ANBAR_2.id()),
                List.of(anbar.at("/reports/0/articleId").asText(), anbar.at("/reports/1/articleId").asText()));
        assertTrue(anbar.at("/reports/1/evidence").size() > 0, "each report keeps its evidence");
        assertEquals(4, anbar.get("fatalitiesMin").asInt());
        assertEquals(6, anbar.get("fatalitiesMax").asInt());
        assertEquals("fatalities", anbar.at("/contradictions/0/field").asText());
        assertEquals("story-anbar", anbar.get("storyId").asText());
        // Its detail is that of its first report, corroborated by both.
        JsonNode d = json("/api/events/" + merged(Newsroom.ANBAR_1));
        assertEquals(Newsroom.eventId(Newsroom.ANBAR_1), d.at("/event/id").asText());
        assertEquals(2, d.at("/corroboration/independent").asInt());
        assertEquals(merged(Newsroom.ANBAR_1), d.at("/merged/id").asText());
        assertEquals(merged(Newsroom.ANBAR_1), json("/api/events/" + Newsroom.eventId(Newsroom.ANBAR_2)).at("/merged/id").asText());
    }

    @Test
    void filtersNarrowTheEvents() throws Exception {
        assertEquals(Set.of(merged(Newsroom.IDLIB)), ids(json("/api/events?country=SY")));
        assertEquals(3, json("/api/events?type=FIGHT").get("total").asInt());
        assertEquals(4, json("/api/events?type=FIGHT&view=reports").get("total").asInt());
        assertEquals(Set.of(merged(Newsroom.KYIV), merged(Newsroom.ANBAR_1)), ids(json("/api/events?mode=aerial")));
        assertEquals(Set.of(Newsroom.eventId(Newsroom.KYIV), Newsroom.eventId(Newsroom.ANBAR_1), Newsroom.eventId(Newsroom.ANBAR_2)),
                ids(json("/api/events?mode=aerial&view=reports")));
        assertEquals(Set.of(merged(Newsroom.ANBAR_1)), ids(json("/api/events?actor=" + enc("Islamic State"))));
        assertEquals(Set.of(Newsroom.eventId(Newsroom.ANBAR_1), Newsroom.eventId(Newsroom.ANBAR_2)),
                ids(json("/api/events?view=reports&actor=" + enc("Islamic State"))));
        assertEquals(Set.of(merged(Newsroom.FASHER)), ids(json("/api/events?actor=SDNREB")));
        // West Africa only (west,south,east,north).
        assertEquals(Set.of(merged(Newsroom.ZAMFARA)), ids(json("/api/events?bbox=-20,0,20,20")));
        assertEquals(Set.of(merged(Newsroom.IDLIB), merged(Newsroom.ZAMFARA)),
                ids(json("/api/events?from=2026-11-16&to=2026-11-21&country=SY,NG")));
        assertEquals(Set.of(merged(Newsroom.BOGOTA)), ids(json("/api/events?q=" + enc("community leaders"))));
        // Words of any report find the merged event: "Six killed" is only in the second Anbar report's title.
        assertEquals(Set.of(merged(Newsroom.ANBAR_1)), ids(json("/api/events?q=" + enc("six killed"))));
        // The two Anbar reports come from two sites of one story: corroborated.
        assertEquals(Set.of(merged(Newsroom.ANBAR_1)), ids(json("/api/events?min_sources=2")));
        assertEquals(Set.of(Newsroom.eventId(Newsroom.ANBAR_1), Newsroom.eventId(Newsroom.ANBAR_2)), ids(json("/api/events?min_sources=2&view=reports")));
        assertEquals(0, json("/api/events?min_sources=3").get("total").asInt());
        assertEquals(merged(Newsroom.FASHER), json("/api/events?sort=fatalities").at("/items/0/id").asText());
        assertEquals(merged(Newsroom.ANBAR_1), json("/api/events?sort=sources").at("/items/0/id").asText());
    }

    @Test
    void cursorPagesThroughAllEventsOnce() throws Exception {
        for (String view : List.of("events", "reports")) {
            List<String> seen = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                JsonNode page = json("/api/events?view=" + view + "&limit=3" + (next == null ? "" : "&cursor=" + enc(next)));
                page.get("items").forEach(i -> seen.add(i.get("id").asText()));
                next = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            } while (next != null && pages < 10);
            int expected = view.equals("events") ? 7 : 8;
            assertEquals(expected, seen.size(), view);
            assertEquals(expected, new HashSet<>(seen).size(), view);
            assertEquals(3, pages, view);
        }
    }

    @Test
    void geoJsonAndCsvFormats() throws Exception {
        JsonNode fc = json("/api/events?format=geojson&type=FIGHT");
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(3, fc.get("features").size(), "one marker per real event");
        assertEquals(4, json("/api/events?format=geojson&type=FIGHT&view=reports").get("features").size());
        JsonNode idlib = json("/api/events?format=geojson&country=SY").at("/features/0");
        assertEquals(merged(Newsroom.IDLIB), idlib.at("/properties/id").asText());
        assertEquals(36.67, idlib.at("/geometry/coordinates/0").asDouble(), 1e-5);
        assertEquals(35.64, idlib.at("/geometry/coordinates/1").asDouble(), 1e-5);
        assertEquals("Maarat al-Numan", idlib.at("/properties/place").asText());
        assertEquals("2026-11-21", idlib.at("/properties/date").asText());
        assertEquals(12, idlib.at("/properties/fatalities").asInt());
        HttpResponse<String> csv = get(open, "/api/events?format=csv&limit=5&view=reports");
        assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("event_id,article_id,event_date,event_type"));
        assertEquals(6, lines.size());
        assertEquals("8", csv.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(csv.headers().firstValue("X-Next-Cursor").isPresent());
        HttpResponse<String> mergedCsv = get(open, "/api/events?format=csv&country=IQ");
        List<String> rows = mergedCsv.body().lines().toList();
        assertEquals("1", mergedCsv.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(rows.get(0).startsWith("event_id,article_id,event_date,event_type"));
        assertTrue(rows.get(0).endsWith(",independent_sources,reports,fatalities_min,fatalities_max,contradictions,story_id,report_article_ids"), rows.get(0));
        assertTrue(rows.get(1).startsWith(merged(Newsroom.ANBAR_1) + "," + Newsroom.ANBAR_1.id() + ","), rows.get(1));
        assertTrue(rows.get(1).contains(",2,2,4,6,fatalities,story-anbar,"), rows.get(1));
    }

    @Test
    void eventDetailShowsEvidenceSourcesAndContradictions() throws Exception {
        JsonNode d = json("/api/events/" + Newsroom.eventId(Newsroom.ANBAR_1));
        String text = d.at("/article/text").asText();
        for (JsonNode ev : d.at("/event/evidence")) {
            int start = ev.at("/span/start").asInt(), end = ev.at("/span/end").asInt();
            assertEquals(ev.at("/span/text").asText(), text.substring(start, end), "evidence offsets index the article text");
        }
        assertEquals(2, d.at("/corroboration/independent").asInt());
        assertEquals(2, d.at("/corroboration/sources").size());
        assertEquals("levant-wire.example", d.at("/corroboration/sources/1/article/site").asText());
        JsonNode contradiction = d.at("/corroboration/contradictions/0");
        assertEquals("fatalities", contradiction.get("field").asText());
        assertEquals(Set.of("4", "6"), Set.of(contradiction.at("/claims/0/value").asText(), contradiction.at("/claims/1/value").asText()));
        assertEquals("story-anbar", d.at("/corroboration/story/id").asText());
        JsonNode lone = json("/api/events/" + Newsroom.eventId(Newsroom.KYIV));
        assertEquals(1, lone.at("/corroboration/independent").asInt());
        assertEquals(0, lone.at("/corroboration/contradictions").size());
    }

    @Test
    void statsCountForCharts() throws Exception {
        assertEquals(7, json("/api/stats").get("total").asInt(), "real events by default");
        assertEquals(3, json("/api/stats").at("/byType/0/count").asInt());
        JsonNode s = json("/api/stats?view=reports");
        assertEquals(8, s.get("total").asInt());
        assertEquals("FIGHT", s.at("/byType/0/key").asText());
        assertEquals(4, s.at("/byType/0/count").asInt());
        assertEquals("IQ", s.at("/byCountry/0/key").asText());
        assertEquals("2026-11-05", s.at("/byDay/0/day").asText());
        assertEquals(1, s.at("/byDay/0/byType/ASSAULT").asInt());
        assertEquals("Islamic State", s.at("/byActor/0/key").asText());
        assertEquals(1, json("/api/stats?country=SY").get("total").asInt());
    }

    @Test
    void articlesAndStories() throws Exception {
        JsonNode hits = json("/api/articles?q=Bogot%C3%A1");
        assertEquals(1, hits.get("total").asInt());
        assertEquals(Newsroom.BOGOTA.id(), hits.at("/items/0/article/id").asText());
        assertTrue(hits.at("/items/0/snippet").asText().startsWith("Thousands of people marched"));
        JsonNode a = json("/api/articles/" + Newsroom.ANBAR_2.id());
        assertEquals(Newsroom.ANBAR_2.text(), a.at("/article/text").asText());
        assertEquals(1, a.get("events").size());
        assertEquals("story-anbar", a.at("/story/id").asText());
        assertTrue(a.path("notCoded").isMissingNode(), a.toString()); // coded: no reason given
        JsonNode stories = json("/api/stories");
        assertEquals(1, stories.get("total").asInt());
        assertEquals(2, stories.at("/items/0/articles").asInt());
        JsonNode story = json("/api/stories/story-anbar");
        assertEquals(List.of(Newsroom.ANBAR_1.id(), Newsroom.ANBAR_2.id()),
                List.of(story.at("/articles/0/article/id").asText(), story.at("/articles/1/article/id").asText()));
        assertEquals(1, story.at("/articles/0/events").asInt());
    }

    @Test
    void badParametersGet400NamingTheParameter() throws Exception {
        String[][] cases = {
                {"/api/events?limit=0", "limit"}, {"/api/events?limit=ten", "limit"}, {"/api/events?from=2026-13-01", "from"},
                {"/api/events?country=IRQ", "country"}, {"/api/events?bbox=1,2,3", "bbox"}, {"/api/events?bbox=0,95,10,99", "bbox"},
                {"/api/events?sort=sideways", "sort"}, {"/api/events?format=xml", "format"}, {"/api/events?view=merged", "view"}, {"/api/events?contry=IQ", "contry"},
                {"/api/events?cursor=not-a-cursor", "cursor"}, {"/api/events?from=2026-11-20&to=2026-11-01", "to"},
                {"/api/events?min_sources=-1", "min_sources"}, {"/api/stats?limit=5", "limit"}, {"/api/articles?site=a/b", "site"},
                {"/api/stories?cursor=%25%25%25", "cursor"}, {"/api/events?type=%3Cscript%3E", "type"}, {"/api/events?actor=%2C%2C", "actor"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = get(open, c[0]);
            assertEquals(400, r.statusCode(), c[0] + " -> " + r.body());
            JsonNode body = Json.MAPPER.readTree(r.body());
            assertEquals(c[1], body.get("parameter").asText(), c[0]);
            assertTrue(body.get("error").asText().startsWith(c[1] + ":"), body.toString());
            assertNoStackTrace(r.body());
        }
    }

    @Test
    void unknownIdsAndPathsGet404Json() throws Exception {
        for (String path : List.of("/api/events/nope", "/api/articles/nope", "/api/stories/nope", "/api/nothing-here")) {
            HttpResponse<String> r = get(open, path);
            assertEquals(404, r.statusCode(), path);
            assertEquals(404, Json.MAPPER.readTree(r.body()).get("status").asInt());
            assertNoStackTrace(r.body());
        }
    }

    private static HttpResponse<String> post(VigilServer s, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "api/ingest"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void writingNeedsTheConfiguredToken() throws Exception {
        String body = "{\"sources\": [\"https://example.org/feed.xml\"]}";
        int before = ingested.size();
        assertEquals(403, post(open, "anything", body).statusCode(), "no token configured: writing disabled");
        assertEquals(401, post(guarded, null, body).statusCode());
        assertEquals(401, post(guarded, "s3cret-tokeX", body).statusCode());
        assertEquals(before, ingested.size(), "nothing was ingested without the token");
        HttpResponse<String> ok = post(guarded, "s3cret-token", body);
        assertEquals(202, ok.statusCode(), ok.body());
        String job = Json.MAPPER.readTree(ok.body()).get("id").asText();
        JsonNode status = null;
        for (int i = 0; i < 100; i++) {
            status = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(guarded.url() + "api/ingest/" + job))
                    .header("Authorization", "Bearer s3cret-token").build(), HttpResponse.BodyHandlers.ofString()).body());
            if (status.get("status").asText().equals("done")) break;
            Thread.sleep(20);
        }
        assertEquals("done", status.get("status").asText());
        assertEquals(1, status.at("/result/seen").asInt());
        assertTrue(ingested.contains(List.of("https://example.org/feed.xml")));
        assertEquals(401, get(guarded, "/api/ingest/" + job).statusCode(), "job status needs the token too");
        HttpResponse<String> local = post(guarded, "s3cret-token", "{\"sources\": [\"file:///etc/passwd\"]}");
        assertEquals(400, local.statusCode());
        assertEquals("sources[0]", Json.MAPPER.readTree(local.body()).get("parameter").asText());
        assertEquals("body", Json.MAPPER.readTree(post(guarded, "s3cret-token", "{not json").body()).get("parameter").asText());
    }

    @Test
    void responsesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        for (String path : List.of("/", "/api/events", "/js/main.js")) {
            HttpResponse<String> r = get(open, path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        }
        assertEquals(200, get(open, "/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
    }

    @Test
    void openApiDocumentDescribesExactlyTheRoutes() throws Exception {
        JsonNode doc = json("/api/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> served = new HashSet<>();
        for (Route r : open.routes()) served.add(r.method().name() + " " + r.path());
        assertEquals(served, documented);
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at vigil."), body);
    }
}

package vigil.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.json.Json;
import vigil.pipeline.IngestReport;
import vigil.server.ServerConfig;
import vigil.server.VigilServer;
import vigil.source.SourceOptions;
import vigil.store.Workspace;

/** News pages through the real pipeline into the store, then out of the API with evidence that points into the text. */
class IngestThenServeTest {
    @TempDir Path dir;
    final HttpClient http = HttpClient.newHttpClient();

    JsonNode get(VigilServer s, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void ingestedPagesShowUpWithTheirEvidence() throws Exception {
        Path pages = Path.of("src/test/resources/server/pages");
        try (Workspace ws = Workspace.openForWriting(dir)) {
            IngestReport report = IngestCommand.run(ws, List.of(pages.toString()), SourceOptions.defaults(), 1, 100, 5, true);
            assertEquals(3, report.counts().stored(), report.toString());
            try (VigilServer server = new VigilServer(ws.store(), ServerConfig.local(0), null).start()) {
                JsonNode events = get(server, "api/events?limit=100");
                assertTrue(events.get("total").asInt() >= 2, events.toString());
                int checked = 0;
                for (JsonNode e : events.get("items")) {
                    JsonNode detail = get(server, "api/events/" + e.get("id").asText());
                    String text = detail.at("/article/text").asText();
                    for (JsonNode ev : detail.at("/event/evidence")) {
                        int start = ev.at("/span/start").asInt(), end = ev.at("/span/end").asInt();
                        assertEquals(ev.at("/span/text").asText(), text.substring(start, end));
                        checked++;
                    }
                }
                assertTrue(checked > 0, "the coder gave evidence spans");
                JsonNode search = get(server, "api/articles?q=Goma");
                assertEquals(1, search.get("total").asInt());
                assertEquals(events.get("total").asInt(), get(server, "api/stats").get("total").asInt());
            }
        }
    }
}

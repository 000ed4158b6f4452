package vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.json.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GeoparseCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesOneLineOfToponymsPerDocument() throws Exception {
        Path in = dir.resolve("in.jsonl"), out = dir.resolve("out.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"a\",\"text\":\"Shelling hit Mosul and Erbil.\"}",
                "{\"id\":7,\"text\":\"Nothing to see here.\"}"), StandardCharsets.UTF_8);
        assertEquals(0, Main.run("geoparse", "--jsonl", in.toString(), "--out", out.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        JsonNode a = Json.MAPPER.readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        JsonNode t = a.get("toponyms");
        assertEquals(2, t.size());
        assertEquals("Mosul", t.get(0).get("name").asText());
        assertEquals(13, t.get(0).get("start").asInt());
        assertEquals(18, t.get(0).get("end").asInt());
        assertEquals("IQ", t.get(0).get("country").asText());
        assertEquals(99072, t.get(0).get("geonameid").asLong());
        assertEquals(7, Json.MAPPER.readTree(lines.get(1)).get("id").asInt());
        assertEquals(0, Json.MAPPER.readTree(lines.get(1)).get("toponyms").size());
    }

    @Test
    void aContinentGetsTheCountryItsPointLiesIn() throws Exception {
        Path in = dir.resolve("in.jsonl"), out = dir.resolve("out.jsonl");
        Files.write(in, List.of("{\"id\":1,\"text\":\"Flights across Europe and Asia were cancelled.\"}"),
                StandardCharsets.UTF_8);
        assertEquals(0, Main.run("geoparse", "--jsonl", in.toString(), "--out", out.toString()));
        JsonNode t = Json.MAPPER.readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).get("toponyms");
        assertEquals("Europe", t.get(0).get("name").asText());
        assertEquals("CONT", t.get(0).get("feature_code").asText());
        assertEquals("DE", t.get(0).get("country").asText());   // GeoNames' Europe point lies in Germany
        assertEquals("CN", t.get(1).get("country").asText());   // and Asia's in Tibet
    }

    @Test
    void badInputIsAUserError() throws Exception {
        Path in = dir.resolve("bad.jsonl");
        Files.writeString(in, "{\"id\":1,\"text\":\"ok\"}\nnot json\n", StandardCharsets.UTF_8);
        assertEquals(2, Main.run("geoparse", "--jsonl", in.toString(), "--out", dir.resolve("o.jsonl").toString()));
        assertEquals(2, Main.run("geoparse", "--jsonl", dir.resolve("missing.jsonl").toString(), "--out",
                dir.resolve("o.jsonl").toString()));
    }
}

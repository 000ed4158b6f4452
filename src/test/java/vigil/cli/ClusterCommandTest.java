package vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.json.Json;

class ClusterCommandTest {
    @TempDir
    Path dir;

    @Test
    void clustersABatchFileAndMarksCopies() throws Exception {
        Path in = dir.resolve("in.jsonl");
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("src/test/resources/stories/airstrike.jsonl"))) {
            JsonNode o = Json.MAPPER.readTree(line);
            Map<String, Object> row = new HashMap<>();
            row.put("id", o.get("id").asText());
            row.put("title", o.get("title").asText());
            row.put("text", o.get("text").asText());
            row.put("date", o.get("published").asText().substring(0, 10));
            row.put("source", o.get("site").asText());
            sb.append(Json.MAPPER.writeValueAsString(row)).append('\n');
        }
        Files.writeString(in, sb.toString());
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("cluster", "--jsonl", in.toString(), "--out", out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertEquals(6, lines.size());
        Map<String, JsonNode> byId = new HashMap<>();
        for (String l : lines) byId.put(Json.MAPPER.readTree(l).get("id").asText(), Json.MAPPER.readTree(l));
        for (JsonNode n : byId.values()) assertEquals("story-a-agency", n.get("cluster").asText());
        assertEquals("a-agency", byId.get("a-copy2").get("duplicate_of").asText());
        assertEquals("a-agency", byId.get("a-rewrite").get("rewrite_of").asText());
        assertTrue(byId.get("a-followup").get("duplicate_of") == null);
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Path in = dir.resolve("bad.jsonl");
        Files.writeString(in, "{\"id\":\"x\",\"text\":\"ok\"}\n{not json\n");
        assertEquals(2, Main.run("cluster", "--jsonl", in.toString(), "--out", dir.resolve("o.jsonl").toString()));
        Files.writeString(in, "{\"id\":\"x\",\"date\":\"yesterday\"}\n");
        assertEquals(2, Main.run("cluster", "--jsonl", in.toString(), "--out", dir.resolve("o.jsonl").toString()));
        assertEquals(2, Main.run("cluster", "--jsonl", dir.resolve("missing.jsonl").toString(), "--out",
                dir.resolve("o.jsonl").toString()));
    }
}

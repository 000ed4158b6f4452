package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import vigil.json.Json;

/** The JSON Lines interface used by {@code vigil code} and the benchmarks. */
class BatchCoderTest {
    private static String run(String in, Views view) throws Exception {
        StringWriter w = new StringWriter();
        new BatchCoder(CoderFixtures.CODER, null, view).run(new BufferedReader(new StringReader(in)), w, "in.jsonl");
        return w.toString();
    }

    @Test
    void writesEventsInTheExchangeFormat() throws Exception {
        String out = run("{\"id\":\"a\",\"lang\":\"en\",\"doc_date\":\"2025-03-15\","
                + "\"text\":\"Israeli warplanes struck a Hamas compound in Gaza on Friday, killing four militants.\"}\n"
                + "{\"id\":\"b\",\"text\":\"The weather was fine.\"}\n", Views.STANDARD);
        String[] lines = out.split("\n");
        assertEquals(2, lines.length);
        JsonNode a = Json.MAPPER.readTree(lines[0]);
        assertEquals("a", a.get("id").asText());
        JsonNode e = a.get("events").get(0);
        assertEquals("ASSAULT", e.get("type").asText());
        assertEquals("aerial", e.get("mode").asText());
        assertEquals("AIR_STRIKE", e.get("acled").asText());
        assertEquals("ISRMIL", e.get("source").get(0).get("code").asText());
        assertEquals("Hamas", e.get("target").get(0).get("group").asText());
        assertEquals(4, e.get("fatalities").asInt());
        assertEquals("2025-03-14", e.get("date").asText());
        assertTrue(e.get("evidence").size() >= 5);
        assertEquals(0, Json.MAPPER.readTree(lines[1]).get("events").size());
    }

    @Test
    void acledViewGivesOneEvent() throws Exception {
        String out = run("{\"id\":\"p\",\"lang\":\"en\",\"text\":\"Police fired tear gas at protesters who threw stones "
                + "and clashed with officers in the capital.\"}\n", Views.ACLED);
        JsonNode ev = Json.MAPPER.readTree(out).get("events");
        assertEquals(1, ev.size());
        assertEquals("VIOL_DEMONSTR", ev.get(0).get("type").asText());
    }

    @Test
    void legacyPloverNames() throws Exception {
        String out = run("{\"id\":\"d\",\"lang\":\"en\",\"text\":\"The opposition accused the government of fraud.\"}\n", Views.PLOVER2018);
        assertEquals("DISAPPROVE", Json.MAPPER.readTree(out).get("events").get(0).get("type").asText());
    }

    @Test
    void badLinesAreNamed() {
        BatchCoder.BadInput e = assertThrows(BatchCoder.BadInput.class, () -> run("{\"id\":1,\"text\":\"x\"}\nnot json\n", Views.STANDARD));
        assertEquals("in.jsonl:2: not a JSON object", e.getMessage());
        e = assertThrows(BatchCoder.BadInput.class, () -> run("{\"text\":\"x\"}\n", Views.STANDARD));
        assertTrue(e.getMessage().contains("needs \"id\" and \"text\""));
        e = assertThrows(BatchCoder.BadInput.class, () -> run("{\"id\":\"x\",\"text\":\"y\",\"doc_date\":\"March\"}\n", Views.STANDARD));
        assertTrue(e.getMessage().contains("doc_date"));
    }
}

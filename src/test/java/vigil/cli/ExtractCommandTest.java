package vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.json.Json;

class ExtractCommandTest {
    @TempDir
    Path tmp;

    private Path copyFixture(String name, Path target) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/extract/" + name)) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    @Test
    void batchWritesOneEntryPerPage() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("pages"));
        copyFixture("article-with-junk.html", dir.resolve("floods.html"));
        copyFixture("home-page.html", dir.resolve("home.html"));
        byte[] latin = Files.readAllBytes(copyFixture("latin1.html", tmp.resolve("l.html")));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("tal.html.gz")))) {
            gz.write(latin);
        }
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        Path out = tmp.resolve("out.json");
        CliRun run = CliRun.of("extract", "--html-dir", dir.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = Json.MAPPER.readTree(out.toFile());
        assertEquals(3, json.size());
        JsonNode floods = json.get("floods");
        assertTrue(floods.get("articleBody").asText().startsWith("Three villages in the upper valley"));
        assertEquals("Floods cut off three villages in the valley", floods.get("title").asText());
        assertEquals("2024-03-05T07:30:00Z", floods.get("published").asText());
        assertEquals("Mara Lindqvist, Tomas Reyes", floods.get("author").asText());
        assertEquals("en", floods.get("language").asText());
        assertEquals("ARTICLE", floods.get("pageType").asText());
        assertEquals("NOT_ARTICLE", json.get("home").get("pageType").asText());
        assertTrue(json.get("tal").get("articleBody").asText().contains("Straßenbrücke"));
    }

    @Test
    void singleFilePrintsArticleJson() throws Exception {
        Path page = copyFixture("paywalled.html", tmp.resolve("p.html"));
        CliRun run = CliRun.of("extract", page.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode a = Json.MAPPER.readTree(run.out());
        assertEquals("Inside the budget talks that nearly collapsed", a.get("title").asText());
        assertTrue(a.get("teaser").asBoolean());
    }

    @Test
    void userMistakesGiveOneLine() {
        CliRun missing = CliRun.of("extract", tmp.resolve("nope.html").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        CliRun noOut = CliRun.of("extract", "--html-dir", tmp.toString());
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().contains("--out"), noOut.err());
    }
}

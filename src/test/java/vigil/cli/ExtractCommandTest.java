package vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
    Path dir;

    private void copyFixture(String name, Path to, boolean gzip) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/extract/" + name);
             OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(to)) : Files.newOutputStream(to)) {
            in.transferTo(out);
        }
    }

    @Test
    void batchWritesOneEntryPerPageIncludingGzippedOnes() throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        copyFixture("article-with-junk.html", pages.resolve("flood.html"), false);
        copyFixture("home-page.html", pages.resolve("home.html.gz"), true);
        Files.writeString(pages.resolve("notes.txt"), "not a page");
        Path out = dir.resolve("out.json");

        assertEquals(0, Main.run("extract", "--html-dir", pages.toString(), "--out", out.toString()));

        JsonNode root = Json.MAPPER.readTree(out.toFile());
        assertEquals(2, root.size());
        JsonNode flood = root.get("flood");
        assertTrue(flood.get("articleBody").asText().startsWith("More than three thousand people"));
        assertEquals("Flooding forces thousands from homes in river valley", flood.get("title").asText());
        assertEquals("2024-03-14T07:30:00Z", flood.get("published").asText());
        assertEquals("Maria Lindqvist", flood.get("author").asText());
        assertEquals("en", flood.get("language").asText());
        assertEquals("ARTICLE", flood.get("pageType").asText());
        assertFalse(root.get("home").get("articleBody").isNull());
    }

    @Test
    void missingDirectoryIsAUserError() {
        assertEquals(2, Main.run("extract", "--html-dir", dir.resolve("nope").toString(), "--out",
                dir.resolve("o.json").toString()));
        assertEquals(2, Main.run("extract", dir.resolve("missing.html").toString()));
    }
}

package vigil.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir Path tmp;

    static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Car bomb kills five at checkpoint in Kirkuk | The Northern Ledger</title>
            <meta property="article:published_time" content="2026-11-12T07:45:00Z">
            </head><body><nav><a href="/">Home</a><a href="/iraq">Iraq</a></nav>
            <article><h1>Car bomb kills five at checkpoint in Kirkuk</h1>
            <p>A car bomb exploded at a police checkpoint on the southern edge of Kirkuk on Wednesday, killing five
            people and wounding at least 14, police and hospital officials said.</p>
            <p>No group immediately claimed responsibility for the attack, the deadliest in the province this year.</p>
            </article><footer>© 2026 The Northern Ledger</footer></body></html>
            """;

    private Path corpus() throws Exception {
        Path dir = tmp.resolve("news");
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("kirkuk.html"), PAGE);
        Files.writeString(dir.resolve("nested/kirkuk-copy.htm"), PAGE); // same content, another file
        Files.writeString(dir.resolve("protest.html"), PAGE.replace("Car bomb kills five at checkpoint in Kirkuk", "Students march in Basra over power cuts")
                .replace("A car bomb exploded at a police checkpoint", "Hundreds of students marched through the city centre")
                .replace("Kirkuk", "Basra"));
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        Files.writeString(dir.resolve("broken.html"), "<html><body><div><p>Unclosed <b>tags and <<<>>> garbage");
        return dir;
    }

    @Test
    void ingestsADirectoryReportsProblemsAndReIngestAddsNothing() throws Exception {
        Path news = corpus();
        Path data = tmp.resolve("data");
        CliRun first = CliRun.of("ingest", news.toString(), "--data", data.toString(), "--quiet");
        assertEquals(0, first.exit(), first.err());
        // The copy at another path is another article (the stories stage links it as a duplicate); the broken
        // page is kept, as a page that is not an article.
        assertTrue(first.out().contains("4 new articles stored (1 of them not articles"), first.out());
        assertTrue(first.out().contains("empty.html"), "the empty file is named: " + first.out());
        assertTrue(first.out().contains("photo.jpg"), "the binary file is named: " + first.out());
        assertFalse(first.err().contains("Exception"), first.err());
        List<String> log = Files.readAllLines(data.resolve("logs/errors.jsonl"), StandardCharsets.UTF_8);
        assertTrue(log.size() >= 2, "one log line per problem: " + log);
        assertTrue(log.stream().allMatch(l -> l.startsWith("{") && l.contains("\"reason\"")), log.toString());

        CliRun again = CliRun.of("ingest", news.toString(), "--data", data.toString(), "--quiet");
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("0 new articles stored"), again.out());

        CliRun search = CliRun.of("search", "Kirkuk", "--data", data.toString());
        assertEquals(0, search.exit());
        assertTrue(search.out().contains("Car bomb kills five at checkpoint in Kirkuk"), search.out());
        assertTrue(search.out().contains("2 of 2 matching"), search.out());
        String id = search.out().substring(0, 16);
        CliRun show = CliRun.of("show", id, "--data", data.toString());
        assertTrue(show.out().contains("wounding at least 14"), show.out());
        assertTrue(show.out().contains("published: 2026-11-12T07:45:00Z"), show.out());
    }

    @Test
    void strictFailsOnRejectedDocumentsAndNonStrictDoesNot() throws Exception {
        Path news = corpus();
        assertEquals(0, CliRun.of("ingest", news.toString(), "--data", tmp.resolve("a").toString(), "-q").exit());
        assertEquals(1, CliRun.of("ingest", news.toString(), "--data", tmp.resolve("b").toString(), "-q", "--strict").exit());
    }

    @Test
    void userMistakesGetOneLineAndExitTwo() throws Exception {
        Path notWritable = tmp.resolve("file-not-dir");
        Files.writeString(notWritable, "x");
        CliRun r = CliRun.of("ingest", corpus().toString(), "--data", notWritable.resolve("sub").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("vigil: cannot create data directory"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        CliRun missing = CliRun.of("ingest", tmp.resolve("no-such-dir").toString(), "--data", tmp.resolve("d").toString(), "-q");
        assertEquals(0, missing.exit(), "a missing source is a rejected input, not a failed run");
        assertTrue(missing.out().contains("no-such-dir"), missing.out());

        CliRun badDate = CliRun.of("search", "--from", "yesterday", "--data", tmp.resolve("d").toString());
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("--from: not a date"), badDate.err());
    }

    @Test
    void exportWritesJsonLinesAndCsv() throws Exception {
        Path data = tmp.resolve("data");
        CliRun.of("ingest", corpus().toString(), "--data", data.toString(), "-q");
        Path jsonl = tmp.resolve("out/articles.jsonl");
        assertEquals(0, CliRun.of("export", "--data", data.toString(), "-o", jsonl.toString()).exit());
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(4, lines.size());
        assertEquals(1, lines.stream().filter(l -> l.contains("\"pageType\":\"NOT_ARTICLE\"")).count(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"title\":\"Students march in Basra over power cuts\"")), lines.toString());
        Path csv = tmp.resolve("out/articles.csv");
        assertEquals(0, CliRun.of("export", "--data", data.toString(), "--format", "csv", "-o", csv.toString()).exit());
        String text = Files.readString(csv);
        assertTrue(text.startsWith("id,url,site,title,published"), text);
        assertTrue(text.contains("\"A car bomb exploded"), "multi-line text is quoted: " + text);
        assertEquals(5, text.split("\r\n(?=[0-9a-f]{16},)|\r\n$").length, "header + 4 rows: " + text);
    }

    @Test
    void reprocessRebuildsTheIndexFromTheArchive() throws Exception {
        Path data = tmp.resolve("data");
        CliRun.of("ingest", corpus().toString(), "--data", data.toString(), "-q");
        CliRun r = CliRun.of("reprocess", "--data", data.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("4 new articles stored"), r.out());
        CliRun search = CliRun.of("search", "Basra", "--data", data.toString());
        assertTrue(search.out().contains("1 of 1 matching"), search.out());
    }
}

package vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.Problem;
import vigil.model.RawDocument;

class WarcArchiveTest {
    @TempDir Path dir;

    static final byte[] PAGE = ("<html lang=\"ar\"><head><meta charset=\"windows-1256\"><title>x</title></head>"
            + "<body><p>Reporters said the convoy was hit near Mosul.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void recordsComeBackByteForByteWithTheirHeadersAndReferences() throws Exception {
        RawDocument http = new RawDocument("https://www.nordpost-news.example/world/airstrike", Instant.parse("2026-11-18T09:00:00Z"),
                200, Map.of("content-type", List.of("text/html; charset=windows-1256"), "content-encoding", List.of("gzip"),
                "etag", List.of("\"abc\"")), "text/html", PAGE, "https://www.nordpost-news.example/feed.xml", null);
        RawDocument file = new RawDocument("file:///home/ana/news/protest.html", Instant.parse("2026-11-19T10:00:00Z"),
                200, Map.of(), "text/html", "<p>Marcha en Bogotá</p>".getBytes(StandardCharsets.UTF_8), "news/", null);
        List<String> refs = new ArrayList<>();
        try (WarcArchive archive = new WarcArchive(dir)) {
            refs.add(archive.append(http));
            refs.add(archive.append(file));
            archive.flush();
        }
        List<RawDocument> back = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : new WarcArchive(dir).files()) ArchiveReader.replay(f, back::add, problems::add);

        assertEquals(List.of(), problems);
        assertEquals(2, back.size());
        RawDocument h = back.get(0);
        assertEquals(http.url(), h.url());
        assertArrayEquals(PAGE, h.body());
        assertEquals("text/html;charset=windows-1256", h.header("Content-Type").replace(" ", ""));
        assertEquals("windows-1256", h.declaredCharset());
        assertEquals("\"abc\"", h.header("etag"));
        assertNull(h.header("content-encoding"), "the archived body is decoded, so the encoding header must go");
        assertEquals(http.fetchedAt(), h.fetchedAt());
        assertEquals(http.origin(), h.origin());
        assertEquals(refs.get(0), h.rawRef());
        RawDocument f = back.get(1);
        assertEquals("file:///home/ana/news/protest.html", f.url());
        assertEquals("<p>Marcha en Bogotá</p>", new String(f.body(), StandardCharsets.UTF_8));
        assertEquals("text/html", f.contentType());
        assertEquals(refs.get(1), f.rawRef());
        assertTrue(refs.get(1).matches("vigil-\\d{14}-\\d{5}\\.warc\\.gz#\\d+"), refs.get(1));
    }

    @Test
    void aFileCutShortByACrashYieldsItsWholeRecordsAndOneProblem() throws Exception {
        try (WarcArchive archive = new WarcArchive(dir)) {
            for (int i = 0; i < 3; i++) {
                archive.append(new RawDocument("https://levant-wire.example/news/" + i, Instant.parse("2026-11-21T12:00:00Z"),
                        200, Map.of("content-type", List.of("text/html")), "text/html",
                        ("<p>Report number " + i + " on shelling near Idlib.</p>").repeat(50).getBytes(StandardCharsets.UTF_8),
                        "levant", null));
            }
        }
        Path file = new WarcArchive(dir).files().get(0);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 40)); // the last record loses its tail

        List<RawDocument> back = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ArchiveReader.replay(file, back::add, problems::add);
        assertEquals(2, back.size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().contains("damaged"), problems.get(0).reason());
    }
}

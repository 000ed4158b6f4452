package vigil.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import vigil.model.RawDocument;

class WarcSourceTest {
    static final Instant T = Instant.parse("2026-03-05T07:30:00Z");
    @TempDir
    Path dir;

    static String page(String title) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title
                + "</h1><p>The district governor confirmed the figures on Thursday.</p></body></html>";
    }

    static HttpResponse http(int status, String type, byte[] body) {
        return new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .addHeader("Server", "nginx").body(MediaType.parse(type), body).build();
    }

    static WarcResponse response(String url, Instant at, int status, String type, String body) throws IOException {
        return new WarcResponse.Builder(URI.create(url)).date(at)
                .body(http(status, type, body.getBytes(StandardCharsets.UTF_8))).build();
    }

    Path write(String name, WarcCompression compression, List<org.netpreserve.jwarc.WarcRecord> records) throws IOException {
        Path p = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, compression)) {
            for (var r : records) w.write(r);
        }
        return p;
    }

    CollectingSink read(Path p) throws SourceException {
        CollectingSink sink = new CollectingSink();
        Sources.open(p.toString(), SourceOptions.defaults()).read(sink);
        return sink;
    }

    List<org.netpreserve.jwarc.WarcRecord> mixedRecords() throws IOException {
        String a = "https://www.harbour-ledger.example/world/market-blast.html";
        return List.of(
                new WarcRequest.Builder(URI.create(a)).date(T)
                        .body(new HttpRequest.Builder("GET", "/world/market-blast.html").addHeader("Host", "x").build()).build(),
                response(a, T, 200, "text/html; charset=utf-8", page("Blast at the central market")),
                response("https://www.harbour-ledger.example/img/logo.png", T, 200, "image/png", "\u0089PNG fake"),
                response("https://www.harbour-ledger.example/missing", T, 404, "text/html", page("Not found")),
                new WarcRevisit.Builder(URI.create(a)).date(T.plusSeconds(3600))
                        .body(http(200, "text/html", new byte[0])).build(),
                new WarcResource.Builder(URI.create("https://www.meridian-wire.example/briefing.html")).date(T.plusSeconds(60))
                        .body(MediaType.parse("text/html"), page("Morning briefing").getBytes(StandardCharsets.UTF_8)).build(),
                new WarcMetadata.Builder().date(T).body(MediaType.parse("application/warc-fields"),
                        "via: test\n".getBytes(StandardCharsets.UTF_8)).build());
    }

    @Test
    void responseAndResourceRecordsWithHtmlBecomeDocuments() throws Exception {
        for (WarcCompression c : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
            Path p = write(c == WarcCompression.GZIP ? "mixed.warc.gz" : "mixed.warc", c, mixedRecords());
            CollectingSink sink = read(p);
            assertEquals(List.of("https://www.harbour-ledger.example/world/market-blast.html",
                    "https://www.meridian-wire.example/briefing.html"), sink.urls(), c.toString());
            RawDocument d = sink.documents.get(0);
            assertEquals(T, d.fetchedAt());
            assertEquals(200, d.status());
            assertEquals("text/html", d.contentType());
            assertEquals("nginx", d.header("server"));
            assertTrue(d.headers().containsKey("content-type"));
            assertEquals("utf-8", d.declaredCharset());
            assertArrayEquals(page("Blast at the central market").getBytes(StandardCharsets.UTF_8), d.body());
            assertEquals(p.toString(), d.origin());
            assertNull(d.rawRef());
            assertEquals(T.plusSeconds(60), sink.documents.get(1).fetchedAt());
            assertTrue(sink.problems.isEmpty(), sink.problemLines().toString());
        }
    }

    @Test
    void asksTheSinkBeforeReadingARecord() throws Exception {
        Path p = write("mixed.warc.gz", WarcCompression.GZIP, mixedRecords());
        CollectingSink sink = CollectingSink.skipping(Set.of("https://www.meridian-wire.example/briefing.html"));
        Sources.open(p.toString(), SourceOptions.defaults()).read(sink);
        assertEquals(List.of("https://www.harbour-ledger.example/world/market-blast.html"), sink.urls());
        assertTrue(sink.asked.contains("https://www.meridian-wire.example/briefing.html"));
    }

    @Test
    void aFailingSinkIsNotMistakenForABrokenRecord() throws Exception {
        Path p = write("mixed.warc.gz", WarcCompression.GZIP, mixedRecords());
        SourceSink failing = new SourceSink() {
            @Override
            public void document(RawDocument document) {
                throw new IllegalStateException("store is full");
            }

            @Override
            public void problem(vigil.model.Problem problem) {
                throw new AssertionError("reported as a problem: " + problem.line());
            }
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Sources.open(p.toString(), SourceOptions.defaults()).read(failing));
        assertEquals("store is full", e.getMessage());
    }

    List<org.netpreserve.jwarc.WarcRecord> threePages() throws IOException {
        return List.of(
                response("https://www.valley-courier.example/a.html", T, 200, "text/html", page("First")),
                response("https://www.valley-courier.example/b.html", T, 200, "text/html", page("Second")),
                response("https://www.valley-courier.example/c.html", T, 200, "text/html", page("Third " + "x".repeat(4000))));
    }

    @Test
    void aTruncatedWarcGzKeepsWhatCameBeforeAndReportsTheRest() throws Exception {
        Path full = write("three.warc.gz", WarcCompression.GZIP, threePages());
        byte[] bytes = Files.readAllBytes(full);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
        CollectingSink sink = read(cut);
        assertEquals(List.of("https://www.valley-courier.example/a.html", "https://www.valley-courier.example/b.html"),
                sink.urls(), sink.problemLines().toString());
        assertEquals(1, sink.problems.size(), sink.problemLines().toString());
        assertTrue(sink.problems.get(0).item().startsWith(cut + "#"), sink.problems.get(0).item());
        assertTrue(sink.problems.get(0).reason().contains("truncated"), sink.problems.get(0).reason());
    }

    @Test
    void aBrokenRecordInTheMiddleIsSkippedAndReadingGoesOn() throws Exception {
        Path p = write("three.warc", WarcCompression.NONE, threePages());
        String text = Files.readString(p, StandardCharsets.ISO_8859_1);
        int second = text.indexOf("WARC/1", text.indexOf("b.html") - 400);
        // damage the second record's header line so it no longer parses
        String broken = text.substring(0, second) + "WARC/1.1\r\nContent-Length: banana\r\nWARC-Type response"
                + text.substring(text.indexOf("\r\n\r\n", second));
        Files.writeString(p, broken, StandardCharsets.ISO_8859_1);
        CollectingSink sink = read(p);
        assertEquals(List.of("https://www.valley-courier.example/a.html", "https://www.valley-courier.example/c.html"),
                sink.urls());
        assertEquals(1, sink.problems.size(), sink.problemLines().toString());
    }

    @Test
    void aGarbageFileNamedWarcIsAProblemNotACrash() throws Exception {
        Path p = dir.resolve("junk.warc");
        Files.writeString(p, "WARC/1.0\r\nthis is not a record at all\r\n\r\n");
        CollectingSink sink = read(p);
        assertTrue(sink.documents.isEmpty());
        assertEquals(1, sink.problems.size(), sink.problemLines().toString());
    }

    @Test
    void arcFilesAreReadLikeWarcs() throws Exception {
        String body = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page("Archived in ARC");
        String version = "1 0 Vigil\nURL IP-address Archive-date Content-type Archive-length\n";
        String arc = "filedesc://test.arc 0.0.0.0 20260302120000 text/plain " + version.length() + "\n" + version + "\n"
                + "http://www.valley-courier.example/arc.html 192.0.2.1 20260302120000 text/html " + body.length() + "\n"
                + body + "\n";
        Path p = dir.resolve("old.arc");
        Files.writeString(p, arc, StandardCharsets.ISO_8859_1);
        CollectingSink sink = read(p);
        assertEquals(List.of("http://www.valley-courier.example/arc.html"), sink.urls(), sink.problemLines().toString());
        assertEquals(Instant.parse("2026-03-02T12:00:00Z"), sink.documents.get(0).fetchedAt());
        assertTrue(sink.body(0).contains("Archived in ARC"));
        assertEquals("ARC file " + p, Sources.open(p.toString(), SourceOptions.defaults()).describe());
    }
}

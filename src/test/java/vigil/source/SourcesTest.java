package vigil.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.RawDocument;

class SourcesTest {
    static final String ARTICLE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Two soldiers wounded near the checkpoint</title></head><body><article><p>Two soldiers were"
            + " wounded when a roadside bomb exploded near the northern checkpoint, the army said.</p></article>"
            + "</body></html>";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(String s) throws IOException {
        var bos = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bos.toByteArray();
    }

    static CollectingSink read(String spec) throws SourceException {
        CollectingSink sink = new CollectingSink();
        Sources.open(spec, SourceOptions.defaults()).read(sink);
        return sink;
    }

    @Test
    void anHtmlFileBecomesOneDocumentWithAFileUri() throws Exception {
        Path p = write("checkpoint.html", ARTICLE);
        Source s = Sources.open(p.toString(), SourceOptions.defaults());
        assertEquals("HTML file " + p, s.describe());
        CollectingSink sink = new CollectingSink();
        s.read(sink);
        RawDocument d = sink.documents.get(0);
        assertEquals(p.toUri().toString(), d.url());
        assertTrue(d.url().startsWith("file:"));
        assertEquals(200, d.status());
        assertEquals("text/html", d.contentType());
        assertTrue(d.headers().isEmpty());
        assertEquals(p.toString(), d.origin());
        assertArrayEquals(ARTICLE.getBytes(StandardCharsets.UTF_8), d.body());
        assertEquals(List.of(p.toUri().toString()), sink.asked);
    }

    @Test
    void contentDecidesNotTheName() throws Exception {
        Path disguised = write("report.txt", "\n\n  <!-- saved page " + "=".repeat(12000) + " -->\n" + ARTICLE);
        assertEquals(1, read(disguised.toString()).documents.size());
        Path gz = write("checkpoint.bin", gzip(ARTICLE));
        CollectingSink sink = read(gz.toString());
        assertEquals(ARTICLE, sink.body(0));
        assertEquals("gzipped HTML file " + gz, Sources.open(gz.toString(), SourceOptions.defaults()).describe());
        Path notHtml = write("page.html", PNG);
        assertEquals(List.of(notHtml.toUri() + ": not HTML: image/png"), read(notHtml.toString()).problemLines());
    }

    @Test
    void badFilesBecomeProblemsNotExceptions() throws Exception {
        Path empty = write("empty.html", new byte[0]);
        assertEquals(List.of(empty.toUri() + ": empty file"), read(empty.toString()).problemLines());
        Path blank = write("blank.html", "  \n\t \n");
        assertEquals(List.of(blank.toUri() + ": empty file"), read(blank.toString()).problemLines());
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 3;
        Path bin = write("noise.dat", noise);
        assertEquals(List.of(bin.toUri() + ": not HTML: application/octet-stream"), read(bin.toString()).problemLines());
        Path text = write("notes.txt", "Casualty figures still unconfirmed.\nCall the desk.\n");
        assertEquals(List.of(text.toUri() + ": not HTML: text/plain"), read(text.toString()).problemLines());
        Path svg = write("map.svg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        assertEquals(List.of(svg.toUri() + ": not HTML: an XML document with root element <svg>"),
                read(svg.toString()).problemLines());
        Path brokenGz = write("cut.html.gz", java.util.Arrays.copyOf(gzip(ARTICLE), 12));
        assertTrue(read(brokenGz.toString()).problemLines().get(0).contains("corrupt gzip file"));
    }

    @Test
    void tooLargeFilesAreRefused() throws Exception {
        Path big = write("big.html", "<html><body>" + "<p>word</p>".repeat(2000) + "</body></html>");
        CollectingSink sink = new CollectingSink();
        Sources.open(big.toString(), SourceOptions.defaults().withMaxBytes(4096)).read(sink);
        assertEquals(List.of(big.toUri() + ": too large: more than 4 KB"), sink.problemLines());
    }

    @Test
    void aDirectoryIsReadRecursivelyInPathOrderSkippingHiddenFiles() throws Exception {
        write("b-second.html", ARTICLE.replace("Two soldiers", "Second"));
        write("a-first.html", ARTICLE.replace("Two soldiers", "First"));
        write("sub/c-third.html.gz", gzip(ARTICLE.replace("Two soldiers", "Third")));
        write("sub/d-picture.png", PNG);
        write("sub/e-empty.html", new byte[0]);
        write(".hidden.html", ARTICLE);
        write(".cache/page.html", ARTICLE);
        Path warc = dir.resolve("sub/f-archive.warc.gz");
        try (var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                org.netpreserve.jwarc.WarcCompression.GZIP)) {
            w.write(WarcSourceTest.response("https://www.valley-courier.example/w.html", WarcSourceTest.T, 200,
                    "text/html", WarcSourceTest.page("From the archive")));
        }
        Source s = Sources.open(dir.toString(), SourceOptions.defaults());
        assertEquals("directory " + dir, s.describe());
        CollectingSink sink = new CollectingSink();
        s.read(sink);
        assertEquals(List.of(dir.resolve("a-first.html").toUri().toString(), dir.resolve("b-second.html").toUri().toString(),
                dir.resolve("sub/c-third.html.gz").toUri().toString(), "https://www.valley-courier.example/w.html"),
                sink.urls());
        assertTrue(sink.body(2).contains("Third were wounded"));
        assertEquals(List.of(dir.resolve("sub/d-picture.png").toUri() + ": not HTML: image/png",
                dir.resolve("sub/e-empty.html").toUri() + ": empty file"), sink.problemLines());
        // the same tree read again gives the same order
        CollectingSink again = new CollectingSink();
        s.read(again);
        assertEquals(sink.urls(), again.urls());
    }

    @Test
    void theSinkCanSkipFilesItAlreadyHas() throws Exception {
        Path a = write("a.html", ARTICLE);
        write("b.html", ARTICLE);
        CollectingSink sink = CollectingSink.skipping(Set.of(a.toUri().toString()));
        Sources.open(dir.toString(), SourceOptions.defaults()).read(sink);
        assertEquals(List.of(dir.resolve("b.html").toUri().toString()), sink.urls());
    }

    @Test
    void specsThatNameNothingReadableFailWithOneLine() throws Exception {
        SourceException missing = assertThrows(SourceException.class,
                () -> Sources.open(dir.resolve("nope.html").toString(), SourceOptions.defaults()));
        assertEquals("no such file or directory: " + dir.resolve("nope.html"), missing.getMessage());
        SourceException ftp = assertThrows(SourceException.class,
                () -> Sources.open("ftp://files.example/feed.xml", SourceOptions.defaults()));
        assertTrue(ftp.getMessage().startsWith("unsupported URL scheme"), ftp.getMessage());
        assertThrows(SourceException.class, () -> Sources.open("  ", SourceOptions.defaults()));
        Path p = write("x.html", ARTICLE);
        assertEquals("HTML file " + p.toUri(), Sources.open(p.toUri().toString(), SourceOptions.defaults()).describe());
    }

    @Test
    void urlsAreSniffedAfterFetching() throws Exception {
        try (TestServer server = new TestServer()) {
            server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /drafts/\n");
            server.page("/article.html", "text/html; charset=utf-8", ARTICLE);
            server.page("/plain-but-html", "text/plain", ARTICLE);
            server.route("/logo.png", ex -> TestServer.send(ex, 200, "image/png", PNG));
            server.page("/drafts/x.html", "text/html", ARTICLE);
            SourceOptions o = FetcherTest.local();

            CollectingSink page = new CollectingSink();
            Source s = Sources.open(server.url("/article.html"), o);
            assertEquals("URL " + server.url("/article.html"), s.describe());
            s.read(page);
            assertEquals(List.of(server.url("/article.html")), page.urls());
            assertEquals("utf-8", page.documents.get(0).declaredCharset());

            CollectingSink plain = new CollectingSink();
            Sources.open(server.url("/plain-but-html"), o).read(plain);
            assertEquals("text/html", plain.documents.get(0).contentType());

            CollectingSink png = new CollectingSink();
            Sources.open(server.url("/logo.png"), o).read(png);
            assertEquals(List.of(server.url("/logo.png") + ": not HTML: image/png"), png.problemLines());

            SourceException robots = assertThrows(SourceException.class,
                    () -> Sources.open(server.url("/drafts/x.html"), o).read(new CollectingSink()));
            assertTrue(robots.getMessage().contains("robots.txt"), robots.getMessage());
            assertEquals(0, server.count("/drafts/x.html"));

            CollectingSink skip = CollectingSink.skipping(Set.of(server.url("/article.html")));
            Sources.open(server.url("/article.html"), o).read(skip);
            assertEquals(1, server.count("/article.html"));
        }
    }

    @Test
    void theBenchReadsTheSampleCorpusOffline() {
        var out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = vigil.cli.Main.run("bench", "sources", "--repeat", "1", "sample");
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertTrue(printed.contains("documents: 8 "), printed);     // the eight pages; README and feed are not pages
        assertTrue(printed.contains("5  offline"), printed);        // the feed's five links, never fetched
    }

    @Test
    void sniffer() {
        assertEquals(Sniffer.Kind.FEED, Sniffer.sniff("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">".getBytes()).kind());
        assertEquals(Sniffer.Kind.FEED, Sniffer.sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes()).kind());
        assertEquals(Sniffer.Kind.FEED, Sniffer.sniff("<rdf:RDF xmlns:rdf=\"x\">".getBytes()).kind());
        assertEquals(Sniffer.Kind.OPML, Sniffer.sniff("<?xml version=\"1.0\"?><opml version=\"2.0\">".getBytes()).kind());
        assertEquals(Sniffer.Kind.HTML, Sniffer.sniff("\uFEFF<!doctype html><title>x</title>".getBytes(StandardCharsets.UTF_8)).kind());
        assertEquals(Sniffer.Kind.HTML, Sniffer.sniff("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">".getBytes()).kind());
        assertEquals(Sniffer.Kind.WARC, Sniffer.sniff("WARC/1.1\r\n".getBytes()).kind());
        assertEquals("application/pdf", Sniffer.sniff("%PDF-1.7\n".getBytes()).mediaType());
        assertEquals(Sniffer.Kind.HTML, Sniffer.sniff("<?xml version=\"1.0\" encoding=\"UTF-16\"?><html>"
                .getBytes(StandardCharsets.UTF_16LE)).kind());
    }
}

package vigil.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {
    static final String PAGE = "<!DOCTYPE html><html><head><title>Curfew extended</title></head>"
            + "<body><p>The curfew in the old town was extended by a week.</p></body></html>";

    TestServer server;

    /** Loopback tests must allow private addresses; delays are kept tiny so the suite stays fast. */
    static SourceOptions local() {
        return SourceOptions.defaults().withAllowPrivateAddresses(true).withPerHostDelay(Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.page("/news/curfew.html", "text/html; charset=utf-8", PAGE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAPageWithItsHeadersAndOurUserAgent() throws Exception {
        FetchResult r = new Fetcher(local()).fetch(server.url("/news/curfew.html"));
        assertEquals(200, r.status());
        assertEquals("text/html", r.contentType());
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("text/html; charset=utf-8"), r.headers().get("content-type"));
        String ua = server.headersByPath.get("/news/curfew.html").get(0).get("User-agent").get(0);
        assertEquals(SourceOptions.USER_AGENT, ua);
        assertEquals("vigil", local().robotName());
    }

    @Test
    void honoursRobotsTxtAndFetchesItOncePerHost() throws Exception {
        server.page("/private/memo.html", "text/html", PAGE);
        Fetcher f = new Fetcher(local());
        FetchException e = assertThrows(FetchException.class, () -> f.fetch(server.url("/private/memo.html")));
        assertTrue(e.getMessage().contains("robots.txt"), e.getMessage());
        assertEquals(0, server.count("/private/memo.html"));
        f.fetch(server.url("/news/curfew.html"));
        assertEquals(1, server.count("/robots.txt"));
        // robots can be switched off explicitly
        assertEquals(200, new Fetcher(local().withObeyRobots(false)).fetch(server.url("/private/memo.html")).status());
    }

    @Test
    void robotsRulesForVigilByName() throws Exception {
        server.page("/robots.txt", "text/plain", "User-agent: vigil\nDisallow: /\n\nUser-agent: *\nAllow: /\n");
        FetchException e = assertThrows(FetchException.class,
                () -> new Fetcher(local()).fetch(server.url("/news/curfew.html")));
        assertTrue(e.getMessage().startsWith("disallowed by robots.txt"), e.getMessage());
    }

    @Test
    void aFailingRobotsTxtHoldsOffTheHostWithAClearReason() throws Exception {
        server.route("/robots.txt", ex -> TestServer.send(ex, 503, "text/plain", "busy"));
        FetchException e = assertThrows(FetchException.class,
                () -> new Fetcher(local()).fetch(server.url("/news/curfew.html")));
        assertEquals("robots.txt of 127.0.0.1 is unavailable (server error); try later", e.getMessage());
        assertEquals(0, server.count("/news/curfew.html"));
        // a missing robots.txt (4xx) allows everything
        server.route("/robots.txt", ex -> TestServer.send(ex, 404, "text/plain", "no"));
        assertEquals(200, new Fetcher(local()).fetch(server.url("/news/curfew.html")).status());
    }

    @Test
    void waitsBetweenRequestsToTheSameHost() throws Exception {
        Fetcher f = new Fetcher(local().withPerHostDelay(Duration.ofMillis(150)));
        long t0 = System.nanoTime();
        f.fetch(server.url("/news/curfew.html"));   // robots.txt, then the page: one delay
        f.fetch(server.url("/news/curfew.html"));   // another delay
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 300, "three requests to one host took only " + ms + " ms");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws Exception {
        server.route("/old", ex -> TestServer.redirect(ex, 301, "/news/curfew.html"));
        FetchResult r = new Fetcher(local()).fetch(server.url("/old"));
        assertEquals(200, r.status());
        assertEquals(server.url("/news/curfew.html"), r.url());
        assertEquals(server.url("/old"), r.requestedUrl());
    }

    @Test
    void stopsRedirectLoopsAndLongChains() throws Exception {
        server.route("/a", ex -> TestServer.redirect(ex, 302, "/b"));
        server.route("/b", ex -> TestServer.redirect(ex, 302, "/a"));
        FetchException loop = assertThrows(FetchException.class, () -> new Fetcher(local()).fetch(server.url("/a")));
        assertTrue(loop.getMessage().startsWith("redirect loop"), loop.getMessage());
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.route("/hop" + i, ex -> TestServer.redirect(ex, 307, "/hop" + next));
        }
        FetchException chain = assertThrows(FetchException.class,
                () -> new Fetcher(local().withMaxRedirects(3)).fetch(server.url("/hop0")));
        assertEquals("too many redirects (more than 3)", chain.getMessage());
        assertEquals(0, server.count("/hop5"));
    }

    @Test
    void returnsErrorStatusesWithAReadableLine() throws Exception {
        server.route("/boom", ex -> TestServer.send(ex, 500, "text/html", "<h1>oops</h1>"));
        Fetcher f = new Fetcher(local());
        assertEquals("HTTP 404 Not Found", f.fetch(server.url("/missing")).statusLine());
        FetchResult boom = f.fetch(server.url("/boom"));
        assertFalse(boom.ok());
        assertEquals("HTTP 500 Internal Server Error", boom.statusLine());
    }

    @Test
    void aTricklingServerHitsTheTotalDeadline() throws Exception {
        server.route("/slow", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 40; i++) {   // 4 s at most, then the handler ends by itself
                out.write("<p>.</p>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(100);
            }
        });
        SourceOptions o = local().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(700));
        long t0 = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> new Fetcher(o).fetch(server.url("/slow")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.getMessage().startsWith("timed out"), e.getMessage());
        assertTrue(ms < 2500, "took " + ms + " ms");
    }

    @Test
    void aServerThatNeverAnswersHitsTheReadTimeout() throws Exception {
        server.route("/mute", ex -> sleep(3000));
        SourceOptions o = local().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(5));
        FetchException e = assertThrows(FetchException.class, () -> new Fetcher(o).fetch(server.url("/mute")));
        assertTrue(e.getMessage().startsWith("timed out"), e.getMessage());
    }

    @Test
    void capsTheSizeWithOrWithoutContentLength() throws Exception {
        byte[] big = new byte[300_000];
        java.util.Arrays.fill(big, (byte) 'a');
        server.route("/big", ex -> TestServer.send(ex, 200, "text/html", big));
        server.route("/big-chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) out.write(big, 0, 10_000);
            }
        });
        Fetcher f = new Fetcher(local().withMaxBytes(100_000));
        for (String path : List.of("/big", "/big-chunked")) {
            FetchException e = assertThrows(FetchException.class, () -> f.fetch(server.url(path)));
            assertTrue(e.getMessage().startsWith("too large"), e.getMessage());
        }
    }

    @Test
    void decodesGzipAndCapsWhatItInflatesTo() throws Exception {
        server.route("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        });
        byte[] zeros = new byte[2_000_000];
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", gzip(zeros));
        });
        Fetcher f = new Fetcher(local().withMaxBytes(100_000));
        FetchResult r = f.fetch(server.url("/gz"));
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8));
        assertNull(r.headers().get("content-encoding"));
        String accept = server.headersByPath.get("/gz").get(0).get("Accept-encoding").get(0);
        assertTrue(accept.contains("gzip"));
        FetchException e = assertThrows(FetchException.class, () -> f.fetch(server.url("/bomb")));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void conditionalGetGives304OnTheSecondRunWithPersistedValidators(@TempDir Path dir) throws Exception {
        server.route("/feed.xml", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            if ("\"v1\"".equals(inm)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT");
            TestServer.send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>");
        });
        SourceOptions o = local().withStateDir(dir.resolve("state"));
        FetchResult first = new Fetcher(o).fetch(server.url("/feed.xml"));
        assertEquals(200, first.status());
        assertFalse(first.notModified());
        assertTrue(Files.readString(dir.resolve("state/http-cache.tsv")).contains("\"v1\""));
        FetchResult second = new Fetcher(o).fetch(server.url("/feed.xml"));   // a new run: state from the file
        assertTrue(second.notModified());
        assertEquals(304, second.status());
        var sent = server.headersByPath.get("/feed.xml").get(1);
        assertEquals("Tue, 03 Mar 2026 10:00:00 GMT", sent.get("If-modified-since").get(0));
        // an unconditional fetch ignores the validators
        assertEquals(200, new Fetcher(o).fetch(server.url("/feed.xml"), false).status());
    }

    @Test
    void reportsRefusedConnectionsAndUnknownHosts() throws Exception {
        int port;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Fetcher f = new Fetcher(local());
        FetchException refused = assertThrows(FetchException.class,
                () -> f.fetch("http://127.0.0.1:" + port + "/x"));
        assertTrue(refused.getMessage().startsWith("cannot connect"), refused.getMessage());
        // .invalid never resolves (RFC 6761); the lookup fails locally, nothing is sent anywhere
        FetchException unknown = assertThrows(FetchException.class, () -> f.fetch("http://no-such-host.invalid/"));
        assertEquals("unknown host no-such-host.invalid", unknown.getMessage());
        FetchException scheme = assertThrows(FetchException.class, () -> f.fetch("ftp://example.org/file"));
        assertTrue(scheme.getMessage().startsWith("not an http(s) URL"));
    }

    @Test
    void ssrfGuardRefusesLocalAndPrivateAddressesWithoutConnecting() {
        Fetcher f = new Fetcher(SourceOptions.defaults(), FetchState.inMemory());
        // literal addresses are checked without any lookup or connection; only the loopback one has a server
        for (String url : List.of(server.url("/news/curfew.html"), "http://localhost:" + server.port() + "/",
                "http://localhost/", "http://127.0.0.1/", "http://[::1]/", "https://127.0.0.2:8443/",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]:" + server.port() + "/",
                "http://10.0.0.1/", "http://192.168.1.1/", "http://172.16.5.4/", "http://0.0.0.0/",
                "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
                "http://224.0.0.1/")) {
            FetchException e = assertThrows(FetchException.class, () -> f.fetch(url), url);
            assertTrue(e.getMessage().startsWith("refused:"), url + " -> " + e.getMessage());
            assertTrue(e.getMessage().contains("--allow-private"));
        }
        assertTrue(server.requests.isEmpty(), "the guard let a request through: " + server.requests);
    }

    @Test
    void ssrfGuardChecksEveryRedirectHop() throws Exception {
        // the first hop is allowed by a guard that only refuses what is not loopback, the second is not
        server.route("/jump", ex -> TestServer.redirect(ex, 302, "http://10.0.0.1/admin"));
        FetchException e = assertThrows(FetchException.class,
                () -> new Fetcher(local(), FetchState.inMemory(), new AddressGuard(false) {
                    @Override
                    void check(String host) throws FetchException {
                        if (!host.equals("127.0.0.1")) super.check(host);
                    }
                }).fetch(server.url("/jump")));
        assertTrue(e.getMessage().startsWith("refused: 10.0.0.1"), e.getMessage());
        assertEquals(1, server.count("/jump"));
    }

    @Test
    void addressClassification() throws Exception {
        for (String ip : List.of("127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.10", "169.254.169.254",
                "0.0.0.0", "100.100.0.1", "::1", "fc00::1", "fe80::1", "ff02::1", "::ffff:10.0.0.1", "64:ff9b::a00:1")) {
            assertTrue(AddressGuard.isNonPublic(java.net.InetAddress.getByName(ip)), ip);
        }
        for (String ip : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "100.128.0.1")) {
            assertFalse(AddressGuard.isNonPublic(java.net.InetAddress.getByName(ip)), ip);
        }
    }

    @Test
    void fileStateKeepsTheLastValidatorsAndSurvivesATornLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("http-cache.tsv");
        FetchState s = FetchState.file(file);
        s.put("https://a.example/feed", new FetchState.Validators("\"1\"", null));
        s.put("https://a.example/feed", new FetchState.Validators("\"2\"", "Mon, 02 Mar 2026 08:00:00 GMT"));
        Files.writeString(file, "https://b.example/x\t\"tor", java.nio.file.StandardOpenOption.APPEND);
        FetchState again = FetchState.file(file);
        assertEquals(new FetchState.Validators("\"2\"", "Mon, 02 Mar 2026 08:00:00 GMT"), again.get("https://a.example/feed"));
        assertNull(again.get("https://b.example/x"));
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        }
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b}, java.util.Arrays.copyOf(bos.toByteArray(), 2));
        return bos.toByteArray();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package vigil.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.RawDocument;

class FeedSourceTest {
    static final List<String> PAGES = List.of("/world/ceasefire-talks.html", "/world/flood-report.html",
            "/wire/protest-ministry.html", "/region/bridge-closed.html", "/port/strike-week-two.html",
            "/port/grain-fire.html", "/bulletin/town-hall.html");

    TestServer server;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        for (String p : PAGES) {
            server.page(p, "text/html; charset=utf-8", "<html><head><title>" + p + "</title></head><body><p>Story at "
                    + p + "</p></body></html>");
        }
        for (String f : List.of("rss2.xml", "atom.xml", "rdf.xml", "malformed.xml")) {
            server.route("/feeds/" + f, ex -> TestServer.send(ex, 200, "application/xml", fixture("feeds/" + f)));
        }
        server.route("/sitemap-index.xml", ex -> TestServer.send(ex, 200, "application/xml", fixture("sitemap-index.xml")));
        server.route("/sitemaps/news.xml.gz", ex -> TestServer.send(ex, 200, "application/x-gzip",
                FetcherTest.gzip(fixture("news-sitemap.xml").getBytes(StandardCharsets.UTF_8))));
        server.route("/feeds/gone.xml", ex -> TestServer.send(ex, 410, "text/html", "gone"));
        server.page("/internal/secret", "text/plain", "TOP-SECRET-TOKEN");
        server.page("/internal/dtd", "application/xml-dtd", "<!ENTITY leak 'TOP-SECRET-TOKEN'>");
        server.page("/formats/rss-0.91.dtd", "application/xml-dtd", "<!ENTITY eacute '&#233;'>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    String fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/source/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{BASE}", server.url(""));
        }
    }

    Path file(String name) throws IOException {
        Path p = dir.resolve(Path.of(name).getFileName());
        Files.writeString(p, fixture(name));
        return p;
    }

    CollectingSink read(String spec) throws SourceException {
        CollectingSink sink = new CollectingSink();
        Sources.open(spec, FetcherTest.local()).read(sink);
        return sink;
    }

    @Test
    void localRssFileFetchesItsLinksAndKeepsLinklessContent() throws Exception {
        Path feed = file("feeds/rss2.xml");
        Source source = Sources.open(feed.toString(), FetcherTest.local());
        assertEquals("feed file " + feed, source.describe());
        CollectingSink sink = new CollectingSink();
        source.read(sink);
        assertEquals(List.of(server.url("/world/ceasefire-talks.html"), server.url("/world/flood-report.html"),
                feed.toUri() + "#live-2026-03-02-border"), sink.urls());
        RawDocument fetched = sink.documents.get(0);
        assertEquals(200, fetched.status());
        assertEquals("text/html", fetched.contentType());
        assertEquals(feed.toString(), fetched.origin());
        assertTrue(sink.body(0).contains("Story at /world/ceasefire-talks.html"));
        String live = sink.body(2);
        assertTrue(live.contains("<title>Live notes: night of shelling in the border district</title>"), live);
        assertTrue(live.contains("<p>Two people were injured, the district council said.</p>"), live);
        assertTrue(live.contains("2026-03-02T22:05:00Z"), live);
        assertEquals(List.of(feed.toUri() + "#empty-item: feed item has neither an http(s) link nor content"),
                sink.problemLines());
    }

    @Test
    void asksTheSinkBeforeFetching() throws Exception {
        Path feed = file("feeds/rss2.xml");
        CollectingSink sink = CollectingSink.skipping(Set.of(server.url("/world/ceasefire-talks.html")));
        Sources.open(feed.toString(), FetcherTest.local()).read(sink);
        assertEquals(0, server.count("/world/ceasefire-talks.html"));
        assertEquals(1, server.count("/world/flood-report.html"));
        assertTrue(sink.asked.contains(server.url("/world/ceasefire-talks.html")));
        assertFalse(sink.urls().contains(server.url("/world/ceasefire-talks.html")));
    }

    @Test
    void duplicateAndRedirectedLinksAreFetchedOnceAndCheckedUnderTheirRealUrl() throws Exception {
        server.route("/proxy/1", ex -> TestServer.redirect(ex, 301, "/world/ceasefire-talks.html"));
        String rss = "<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>a</title><link>" + server.url("/world/flood-report.html") + "</link></item>"
                + "<item><title>a again</title><link>" + server.url("/world/flood-report.html") + "</link></item>"
                + "<item><title>b</title><link>" + server.url("/proxy/1") + "</link></item>"
                + "</channel></rss>";
        Path feed = dir.resolve("dup.xml");
        Files.writeString(feed, rss);
        CollectingSink sink = CollectingSink.skipping(Set.of(server.url("/world/ceasefire-talks.html")));
        Sources.open(feed.toString(), FetcherTest.local()).read(sink);
        assertEquals(1, server.count("/world/flood-report.html"));
        assertEquals(List.of(server.url("/world/flood-report.html")), sink.urls());
        assertTrue(sink.asked.contains(server.url("/world/ceasefire-talks.html")), sink.asked.toString());
    }

    @Test
    void atomAndRdfFeedsOverHttp() throws Exception {
        CollectingSink atom = read(server.url("/feeds/atom.xml"));
        assertEquals(List.of(server.url("/wire/protest-ministry.html"), server.url("/feeds/atom.xml") + "#tag%3Ameridian-wire.example%2C2026%3Ainline"),
                atom.urls());
        assertTrue(atom.body(1).contains("Police said the march ended peacefully."), atom.body(1));
        CollectingSink rdf = read(server.url("/feeds/rdf.xml"));
        assertEquals(List.of(server.url("/region/bridge-closed.html")), rdf.urls());
        assertEquals(0, server.count("/img/protest.jpg"));
    }

    @Test
    void malformedFeedStillYieldsItsLinks() throws Exception {
        CollectingSink sink = read(file("feeds/malformed.xml").toString());
        assertTrue(sink.urls().contains(server.url("/port/strike-week-two.html")), sink.urls().toString());
        assertTrue(sink.urls().contains(server.url("/port/grain-fire.html")), sink.urls().toString());
        assertTrue(sink.problems.isEmpty(), sink.problemLines().toString());
    }

    @Test
    void xxeToALocalFileIsRefusedAndNothingLeaks() throws Exception {
        CollectingSink sink = read(file("feeds/xxe-file.xml").toString());
        assertTrue(sink.documents.isEmpty());
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.get(0).reason().contains("declares XML entities"), sink.problemLines().toString());
        assertFalse(sink.problemLines().toString().contains("root:"));
    }

    @Test
    void xxeToALocalUrlIsRefusedWithoutAnyRequest() throws Exception {
        CollectingSink sink = read(file("feeds/xxe-http.xml").toString());
        assertTrue(sink.documents.isEmpty());
        assertEquals(1, sink.problems.size());
        assertEquals(0, server.count("/internal/secret"));
        assertEquals(0, server.count("/internal/dtd"));
    }

    @Test
    void billionLaughsIsRefusedFast() throws Exception {
        long t0 = System.nanoTime();
        CollectingSink sink = read(file("feeds/billion-laughs.xml").toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(sink.documents.isEmpty());
        assertTrue(sink.problems.get(0).reason().startsWith("refused:"), sink.problemLines().toString());
        assertTrue(ms < 2000, "took " + ms + " ms");
    }

    @Test
    void theParsersThemselvesExpandNoEntities() throws Exception {
        // the second lock, without XmlSafety in front: Rome refuses the DOCTYPE, the jsoup fallback expands nothing
        byte[] laughs = fixture("feeds/billion-laughs.xml").getBytes(StandardCharsets.UTF_8);
        FeedParser.Parsed p = FeedParser.parse(laughs, null);
        assertTrue(p.lenient());
        assertTrue(p.items().get(0).html().length() < 100, "entities were expanded");
        byte[] xxe = fixture("feeds/xxe-http.xml").getBytes(StandardCharsets.UTF_8);
        FeedParser.Parsed q = FeedParser.parse(xxe, null);
        assertFalse(q.items().get(0).html().contains("TOP-SECRET"));
        assertEquals(0, server.count("/internal/secret") + server.count("/internal/dtd"));
    }

    @Test
    void anExternalDtdIsNeverLoadedButTheFeedIsRead() throws Exception {
        CollectingSink sink = read(file("feeds/external-dtd.xml").toString());
        assertEquals(List.of(server.url("/bulletin/town-hall.html")), sink.urls());
        assertEquals(0, server.count("/formats/rss-0.91.dtd"));
    }

    @Test
    void opmlListsAreFollowedToFeedsAndTheirItems() throws Exception {
        Path opml = file("feeds.opml");
        Source source = Sources.open(opml.toString(), FetcherTest.local());
        assertEquals("OPML file " + opml, source.describe());
        CollectingSink sink = new CollectingSink();
        source.read(sink);
        assertTrue(sink.urls().contains(server.url("/world/ceasefire-talks.html")));
        assertTrue(sink.urls().contains(server.url("/wire/protest-ministry.html")));
        assertEquals(1, server.count("/feeds/rss2.xml"), "a feed listed twice is read once");
        assertTrue(sink.problemLines().contains(server.url("/feeds/gone.xml") + ": HTTP 410 Gone"), sink.problemLines().toString());
        assertTrue(sink.problemLines().contains(server.url("/world/ceasefire-talks.html") + ": not a feed: an HTML page"),
                sink.problemLines().toString());
    }

    @Test
    void anOpmlUrlIsSniffedAndFollowed() throws Exception {
        server.route("/subscriptions", ex -> TestServer.send(ex, 200, "text/plain", fixture("feeds.opml")));
        Source s = Sources.open(server.url("/subscriptions"), FetcherTest.local());
        CollectingSink sink = new CollectingSink();
        s.read(sink);
        assertTrue(sink.urls().containsAll(List.of(server.url("/world/ceasefire-talks.html"),
                server.url("/wire/protest-ministry.html"))), sink.urls().toString());
        assertEquals(server.url("/subscriptions"), sink.documents.get(0).origin());
    }

    @Test
    void aFeedUrlThatCannotBeFetchedFailsTheWholeSource() {
        SourceException e = org.junit.jupiter.api.Assertions.assertThrows(SourceException.class,
                () -> read(server.url("/feeds/gone.xml")));
        assertEquals(server.url("/feeds/gone.xml") + ": HTTP 410 Gone", e.getMessage());
    }

    @Test
    void theSampleFeedListsItsPagesWithoutFetchingWhatTheSinkDeclines() throws Exception {
        Path sample = Path.of("sample/feed.xml");
        FeedParser.Parsed feed = FeedParser.parse(Files.readAllBytes(sample), null);
        assertFalse(feed.lenient());
        assertEquals(5, feed.items().size());
        assertEquals("https://www.nordpost-news.example/2026/03/14/joint-us-iraqi-airstrike-kills-senior-isis-leader-anbar/",
                feed.items().get(0).link());
        assertEquals("2026-03-14T06:42:00Z", feed.items().get(0).published().toString());
        assertEquals("مقتل ثلاثة جنود في هجوم على نقطة تفتيش شمال شرقي ديالى", feed.items().get(4).title());
        CollectingSink sink = new CollectingSink(url -> false);
        Sources.open(sample.toString(), SourceOptions.defaults()).read(sink);
        assertEquals(feed.items().stream().map(FeedParser.Item::link).toList(), sink.asked);
        assertTrue(sink.documents.isEmpty() && sink.problems.isEmpty());
    }

    @Test
    void jsonFeedsAreReadLikeRss() throws Exception {
        Path feed = file("feeds/feed.json");
        assertEquals("feed file " + feed, Sources.open(feed.toString(), FetcherTest.local()).describe());
        CollectingSink sink = read(feed.toString());
        assertEquals(List.of(server.url("/world/ceasefire-talks.html"), feed.toUri() + "#cd-1043"), sink.urls());
        assertTrue(sink.body(1).contains("<p>Residents reported explosions after midnight.</p><p>Two people were injured.</p>"),
                sink.body(1));
    }

    @Test
    void sitemapIndexesLeadToGzippedNewsSitemapsAndTheirPages() throws Exception {
        CollectingSink sink = read(server.url("/sitemap-index.xml"));
        assertEquals(List.of(server.url("/wire/protest-ministry.html"), server.url("/region/bridge-closed.html")),
                sink.urls());
        assertEquals(1, server.count("/region/bridge-closed.html"));
        assertEquals(List.of(server.url("/sitemaps/missing.xml") + ": HTTP 404 Not Found"), sink.problemLines());
        Path local = file("news-sitemap.xml");
        assertEquals("sitemap file " + local, Sources.open(local.toString(), FetcherTest.local()).describe());
        assertEquals(2, read(local.toString()).documents.size());
    }

    @Test
    void parsesDatesOfBothFormats() {
        assertEquals("2026-03-02T08:40:00Z", FeedParser.parseDate("Mon, 02 Mar 2026 09:40:00 +0100").toString());
        assertEquals("2026-03-02T22:05:00Z", FeedParser.parseDate("2026-03-02T22:05:00Z").toString());
        assertEquals(null, FeedParser.parseDate("yesterday"));
    }
}

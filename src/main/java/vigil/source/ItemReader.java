package vigil.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vigil.model.Problem;
import vigil.model.RawDocument;

/**
 * Turns whatever one source contains into documents and problems: local files (sniffed), feeds, OPML lists,
 * fetched URLs and WARC files. One instance per {@link Source#read} call; it never throws for a bad item.
 */
final class ItemReader {
    private final SourceOptions options;
    private final Fetcher fetcher;
    private final String origin;
    private final SourceSink sink;

    ItemReader(Fetcher fetcher, String origin, SourceSink sink) {
        this.options = fetcher.options();
        this.fetcher = fetcher;
        this.origin = origin;
        this.sink = sink;
    }

    String origin() {
        return origin;
    }

    void problem(String item, String stage, String reason) {
        sink.problem(Problem.of(origin, item, stage, reason));
    }

    // ---- local files

    /** One local file of any kind. */
    void readPath(Path path) {
        String uri = path.toUri().toString();
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            head = Bytes.head(in, Sniffer.HEAD);
        } catch (IOException e) {
            problem(uri, "source", "cannot read: " + message(e));
            return;
        }
        if (size == 0) {
            problem(uri, "source", "empty file");
            return;
        }
        Sniffer.Sniff sniff = Sniffer.sniff(head);
        switch (sniff.kind()) {
            case WARC, ARC -> new WarcReading(this, options, sink).read(path);
            case GZIP -> readGzipFile(path, uri);
            default -> {
                if (size > options.maxBytes()) {
                    problem(uri, "source", "too large: more than " + Bytes.human(options.maxBytes()));
                    return;
                }
                readLocal(uri, sniff, () -> Files.readAllBytes(path));
            }
        }
    }

    private void readGzipFile(Path path, String uri) {
        Sniffer.Sniff inner;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            inner = Sniffer.sniff(Bytes.headOfBroken(in, Sniffer.HEAD));
        } catch (IOException e) {
            problem(uri, "source", "corrupt gzip file: " + message(e));
            return;
        }
        if (inner.kind() == Sniffer.Kind.WARC || inner.kind() == Sniffer.Kind.ARC) {
            new WarcReading(this, options, sink).read(path);
            return;
        }
        readLocal(uri, inner, () -> {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                return Bytes.read(in, options.maxBytes());
            }
        });
    }

    private interface BodySupplier {
        byte[] get() throws IOException;
    }

    private void readLocal(String uri, Sniffer.Sniff sniff, BodySupplier body) {
        try {
            switch (sniff.kind()) {
                case HTML -> {
                    if (!sink.wants(uri)) return;
                    sink.document(new RawDocument(uri, Instant.now(), 200, Map.of(), "text/html", body.get(),
                            origin, null));
                }
                case FEED -> readFeed(body.get(), uri);
                case OPML -> readOpml(body.get(), uri);
                default -> problem(uri, "source", notHtml(sniff, null, "file"));
            }
        } catch (CappedBody.TooLargeException e) {
            problem(uri, "source", "too large: more than " + Bytes.human(options.maxBytes()));
        } catch (IOException e) {
            problem(uri, "source", "cannot read: " + message(e));
        }
    }

    static String notHtml(Sniffer.Sniff sniff, String declared, String what) {
        return switch (sniff.kind()) {
            case EMPTY -> "empty " + what;
            case XML -> "not HTML: an XML document with root element " + sniff.mediaType();
            case WARC, ARC -> "not HTML: a web archive (ingest WARC files from disk)";
            case FEED -> "not HTML: a feed";
            case OPML -> "not HTML: an OPML list";
            default -> "not HTML: " + (declared != null && !MediaTypes.isVague(declared) ? declared : sniff.mediaType());
        };
    }

    // ---- the web

    /**
     * A URL the user named: a page, a feed or an OPML list, told apart by the body.
     *
     * @throws SourceException when it cannot be fetched at all: the whole source is unreadable
     */
    void readUrl(String url) throws SourceException {
        if (!sink.wants(url)) return;
        FetchResult r;
        try {
            r = fetcher.fetch(url);
        } catch (FetchException e) {
            throw new SourceException(url + ": " + e.getMessage(), e);
        }
        if (r.notModified()) return;
        if (!r.ok()) throw new SourceException(url + ": " + r.statusLine());
        Sniffer.Sniff sniff = Sniffer.sniff(head(r.body()));
        switch (sniff.kind()) {
            case FEED -> readFeed(r.body(), r.url());
            case OPML -> readOpml(r.body(), r.url());
            default -> acceptPage(r, sniff);
        }
    }

    /** A page a feed links to. */
    void readPage(String url) {
        FetchResult r = fetch(url);
        if (r != null) acceptPage(r, Sniffer.sniff(head(r.body())));
    }

    /** Fetches and reports failures; null when there is nothing to read (failed, not 2xx, or not modified). */
    private FetchResult fetch(String url) {
        FetchResult r;
        try {
            r = fetcher.fetch(url);
        } catch (FetchException e) {
            problem(url, "fetch", e.getMessage());
            return null;
        }
        if (r.notModified()) return null;   // unchanged since the last run: nothing new
        if (!r.ok()) {
            problem(url, "fetch", r.statusLine());
            return null;
        }
        return r;
    }

    private void acceptPage(FetchResult r, Sniffer.Sniff sniff) {
        String declared = r.contentType();
        boolean html = sniff.kind() == Sniffer.Kind.HTML
                || ((sniff.kind() == Sniffer.Kind.TEXT || sniff.kind() == Sniffer.Kind.XML) && MediaTypes.isHtml(declared));
        if (!html) {
            problem(r.url(), "fetch", notHtml(sniff, declared, "response"));
            return;
        }
        RawDocument doc = r.toRawDocument(origin);
        if (!MediaTypes.isHtml(declared)) {
            doc = new RawDocument(doc.url(), doc.fetchedAt(), doc.status(), doc.headers(), "text/html", doc.body(),
                    origin, null);
        }
        sink.document(doc);
    }

    /** A feed file's or response's items: linked pages are fetched, link-less items become documents themselves. */
    void readFeed(byte[] body, String feedUrl) {
        String unsafe = XmlSafety.unsafeReason(body);
        if (unsafe != null) {
            problem(feedUrl, "source", unsafe);
            return;
        }
        FeedParser.Parsed feed;
        try {
            feed = FeedParser.parse(body, feedUrl);
        } catch (FeedParser.FeedParseException e) {
            problem(feedUrl, "source", e.getMessage());
            return;
        }
        if (feed.items().isEmpty()) {
            problem(feedUrl, "source", "feed has no items");
            return;
        }
        int n = 0;
        for (FeedParser.Item item : feed.items()) {
            if (++n > options.maxFeedItems()) {
                problem(feedUrl, "source", "feed has more than " + options.maxFeedItems() + " items; the rest were skipped");
                return;
            }
            if (HttpUrls.isHttp(item.link())) {
                if (sink.wants(item.link())) readPage(item.link());
            } else if (item.html() != null && !item.html().isBlank()) {
                String url = feedUrl + "#item-" + n;
                if (sink.wants(url)) sink.document(itemDocument(item, url, feedUrl));
            } else {
                problem(feedUrl + "#item-" + n, "source", "feed item has neither an http(s) link nor content");
            }
        }
    }

    /** A small HTML page holding a link-less item's own content, so the extractor can treat it like any page. */
    private RawDocument itemDocument(FeedParser.Item item, String url, String feedUrl) {
        String title = item.title() == null ? "" : item.title();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>")
                .append(org.jsoup.nodes.Entities.escape(title)).append("</title>\n");
        if (item.published() != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(item.published()).append("\">\n");
        }
        html.append("</head><body><article><h1>").append(org.jsoup.nodes.Entities.escape(title)).append("</h1>\n")
                .append(item.html()).append("\n</article></body></html>\n");
        return new RawDocument(url, Instant.now(), 200, Map.of(), "text/html",
                html.toString().getBytes(StandardCharsets.UTF_8), origin, null);
    }

    /** An OPML list: every feed it names is fetched and read. */
    void readOpml(byte[] body, String opmlUrl) {
        String unsafe = XmlSafety.unsafeReason(body);
        if (unsafe != null) {
            problem(opmlUrl, "source", unsafe);
            return;
        }
        Document doc = Jsoup.parse(FeedParser.decode(body), "", Parser.xmlParser());
        Set<String> feeds = new LinkedHashSet<>();
        for (Element outline : doc.select("outline")) {
            String xmlUrl = outline.attributes().getIgnoreCase("xmlUrl");
            if (!xmlUrl.isBlank()) feeds.add(xmlUrl.trim());
        }
        if (feeds.isEmpty()) {
            problem(opmlUrl, "source", "OPML list names no feeds (no outline with an xmlUrl)");
            return;
        }
        for (String f : feeds) {
            String url = HttpUrls.resolve(opmlUrl, f);
            if (url == null) {
                problem(f, "source", "not an http(s) feed URL");
                continue;
            }
            FetchResult r = fetch(url);
            if (r == null) continue;
            Sniffer.Sniff sniff = Sniffer.sniff(head(r.body()));
            if (sniff.kind() == Sniffer.Kind.FEED) {
                readFeed(r.body(), r.url());
            } else {
                problem(url, "fetch", "not a feed: " + (sniff.kind() == Sniffer.Kind.HTML ? "an HTML page"
                        : r.contentType() != null ? r.contentType() : sniff.mediaType()));
            }
        }
    }

    private static byte[] head(byte[] body) {
        return body.length <= Sniffer.HEAD ? body : java.util.Arrays.copyOf(body, Sniffer.HEAD);
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : FeedParser.oneLine(m);
    }
}

package vigil.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import vigil.model.Problem;
import vigil.model.RawDocument;

/**
 * Turns whatever one source contains into documents and problems: sniffs local files and fetched bodies and
 * hands them to the right reader ({@link FeedReading}, {@link OpmlReading}, {@link SitemapReading},
 * {@link WarcReading}) or takes them as pages. One instance per {@link Source#read} call; it never throws for a
 * bad item, only the sink's own exceptions pass through.
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
                case SITEMAP -> readSitemap(body.get(), uri, 0);
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
            case SITEMAP -> "not HTML: a sitemap";
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
        byte[] body = r.body();
        Sniffer.Sniff sniff = Sniffer.sniff(head(body));
        if (sniff.kind() == Sniffer.Kind.GZIP) {   // sitemap.xml.gz, feed.xml.gz served as files
            try {
                body = Bytes.gunzip(body, options.maxBytes());
            } catch (IOException e) {
                throw new SourceException(url + ": corrupt gzip body");
            }
            sniff = Sniffer.sniff(head(body));
        }
        switch (sniff.kind()) {
            case FEED -> readFeed(body, r.url());
            case OPML -> readOpml(body, r.url());
            case SITEMAP -> readSitemap(body, r.url(), 0);
            default -> acceptPage(new FetchResult(r.requestedUrl(), r.url(), r.status(), r.headers(), r.contentType(),
                    body, r.fetchedAt(), false), sniff);
        }
    }

    /** A page a feed links to. */
    void readPage(String url) {
        FetchResult r = fetch(url);
        if (r == null) return;
        // a redirect (feed proxies, http to https) may land on a page the sink already has under its real URL
        if (!r.url().equals(r.requestedUrl()) && !r.url().equals(url) && !sink.wants(r.url())) return;
        acceptPage(r, Sniffer.sniff(head(r.body())));
    }

    /** Fetches and reports failures; null when there is nothing to read (failed, not 2xx, or not modified). */
    FetchResult fetch(String url) {
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

    void readFeed(byte[] body, String feedUrl) {
        new FeedReading(this).read(body, feedUrl);
    }

    void readOpml(byte[] body, String opmlUrl) {
        new OpmlReading(this).read(body, opmlUrl);
    }

    void readSitemap(byte[] body, String sitemapUrl, int depth) {
        new SitemapReading(this).read(body, sitemapUrl, depth);
    }

    SourceSink sink() {
        return sink;
    }

    SourceOptions options() {
        return options;
    }

    static byte[] head(byte[] body) {
        return body.length <= Sniffer.HEAD ? body : java.util.Arrays.copyOf(body, Sniffer.HEAD);
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : FeedParser.oneLine(m);
    }
}

package vigil.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * A polite and careful HTTP client: honours robots.txt, waits between requests to one host, sends conditional
 * GETs, follows a bounded number of redirects itself (checking every hop), enforces timeouts, a total deadline
 * and a size cap, decodes gzip/deflate, and refuses private addresses unless told otherwise.
 * Thread-safe; share one instance so politeness and robots.txt caching span all sources.
 */
public final class Fetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";
    private static final long ROBOTS_MAX_BYTES = 512 * 1024;      // RFC 9309 lets crawlers stop at 500 KiB
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(10);
    private static final Duration ROBOTS_TTL = Duration.ofHours(24);   // RFC 9309: caches should not exceed a day

    private final SourceOptions options;
    private final FetchState state;
    private volatile HttpClient client;   // made on first use: reading local files needs none
    private final AddressGuard guard;
    private final HostThrottle throttle = new HostThrottle();
    private final Map<String, CachedRules> robots = new ConcurrentHashMap<>();

    private record CachedRules(BaseRobotRules rules, long fetchedAtNanos) {}

    /** A fetcher keeping validators in {@code options.stateDir()/http-cache.tsv} (or nowhere when it is null). */
    public Fetcher(SourceOptions options) throws SourceException {
        this(options, openState(options));
    }

    public Fetcher(SourceOptions options, FetchState state) {
        this(options, state, new AddressGuard(options.allowPrivateAddresses()));
    }

    Fetcher(SourceOptions options, FetchState state, AddressGuard guard) {
        this.options = options;
        this.state = state;
        this.guard = guard;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .connectTimeout(options.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)   // every hop goes through the guard and robots
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    private static FetchState openState(SourceOptions options) throws SourceException {
        if (options.stateDir() == null) return FetchState.inMemory();
        try {
            return FetchState.file(options.stateDir().resolve("http-cache.tsv"));
        } catch (IOException e) {
            throw new SourceException("cannot use state directory " + options.stateDir() + ": " + e.getMessage(), e);
        }
    }

    public SourceOptions options() {
        return options;
    }

    /** Conditional GET of {@code url}: see {@link #fetch(String, boolean)}. */
    public FetchResult fetch(String url) throws FetchException {
        return fetch(url, true);
    }

    /**
     * GETs {@code url}, following redirects. Any final HTTP status is returned (check {@link FetchResult#ok()});
     * everything else that goes wrong (refused address, robots.txt, DNS, connection, timeout, size, redirects)
     * throws with a one-line message.
     *
     * @param conditional send the validators remembered for this URL, and remember the new ones
     */
    public FetchResult fetch(String url, boolean conditional) throws FetchException {
        URI uri = HttpUrls.parse(url);
        String requested = uri.toString();
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; ; hop++) {
            seen.add(uri);
            guard.check(uri.getHost());
            BaseRobotRules rules = options.obeyRobots() ? robotsFor(uri) : null;
            if (rules != null && !rules.isAllowed(uri.toString())) {
                if (rules.isDeferVisits()) {
                    throw new FetchException("robots.txt of " + uri.getHost() + " is unavailable (server error); try later");
                }
                throw new FetchException("disallowed by robots.txt of " + uri.getHost());
            }
            throttle.await(HttpUrls.hostKey(uri), delay(rules));
            FetchState.Validators validators = conditional ? state.get(uri.toString()) : null;
            Exchange ex = exchange(uri, validators, options.maxBytes());
            if (isRedirect(ex.status) && ex.header("location") != null) {
                URI next = redirectTarget(uri, ex.header("location"));
                if (seen.contains(next)) throw new FetchException("redirect loop at " + next);
                if (hop >= options.maxRedirects()) {
                    throw new FetchException("too many redirects (more than " + options.maxRedirects() + ")");
                }
                uri = next;
                continue;
            }
            if (ex.status == 304) {
                return new FetchResult(requested, uri.toString(), 304, ex.headers, ex.contentType(), new byte[0],
                        ex.at, true);
            }
            byte[] body = decode(ex);
            if (conditional && ex.status == 200) {
                var v = new FetchState.Validators(ex.header("etag"), ex.header("last-modified"));
                if (!v.isEmpty()) state.put(uri.toString(), v);
            }
            return new FetchResult(requested, uri.toString(), ex.status, ex.headers, ex.contentType(), body, ex.at,
                    false);
        }
    }

    private Duration delay(BaseRobotRules rules) {
        Duration d = options.perHostDelay();
        if (rules != null && rules.getCrawlDelay() > 0) {
            Duration crawl = Duration.ofMillis(Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis()));
            if (crawl.compareTo(d) > 0) d = crawl;
        }
        return d;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, String location) throws FetchException {
        String resolved = HttpUrls.resolve(from.toString(), location);
        if (resolved == null) throw new FetchException("redirect to an unsupported URL: " + HttpUrls.abbreviate(location));
        return HttpUrls.parse(resolved);
    }

    // robots.txt, fetched once per server and kept for the life of this fetcher
    private BaseRobotRules robotsFor(URI uri) throws FetchException {
        String key = HttpUrls.hostKey(uri);
        CachedRules cached = robots.get(key);
        long now = System.nanoTime();
        // rules from a failing server (5xx) are retried after a minute, good ones after a day
        long ttl = cached != null && cached.rules().isDeferVisits() ? Duration.ofMinutes(1).toNanos() : ROBOTS_TTL.toNanos();
        if (cached == null || now - cached.fetchedAtNanos() > ttl) {
            cached = new CachedRules(fetchRobots(uri), now);
            robots.put(key, cached);
        }
        return cached.rules();
    }

    private BaseRobotRules fetchRobots(URI page) throws FetchException {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI uri = URI.create(page.getScheme() + "://" + page.getRawAuthority() + "/robots.txt");
        for (int hop = 0; hop <= 5; hop++) {
            guard.check(uri.getHost());
            throttle.await(HttpUrls.hostKey(uri), options.perHostDelay());
            Exchange ex;
            try {
                ex = exchange(uri, null, ROBOTS_MAX_BYTES);
            } catch (FetchException e) {
                if (e.getMessage().startsWith("too large")) return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
                throw e;
            }
            if (isRedirect(ex.status) && ex.header("location") != null) {
                uri = redirectTarget(uri, ex.header("location"));
                continue;
            }
            if (ex.status >= 200 && ex.status < 300) {
                byte[] body;
                try {
                    body = decode(ex);
                } catch (FetchException e) {
                    return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
                }
                return parser.parseContent(uri.toString(), body, ex.contentType() == null ? "text/plain"
                        : ex.contentType(), List.of(options.robotName()));
            }
            return parser.failedFetch(ex.status);   // 4xx: allow all; 5xx: nothing until it is back (RFC 9309)
        }
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }

    /** One request and response, body collected under the cap and the total deadline. */
    private Exchange exchange(URI uri, FetchState.Validators validators, long maxBytes) throws FetchException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(options.readTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (uri.getScheme().equals("http")) b.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance
        if (validators != null) {
            if (validators.etag() != null) b.header("If-None-Match", validators.etag());
            if (validators.lastModified() != null) b.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client().sendAsync(b.build(), info -> new CappedBody(maxBytes, info));
        } catch (IllegalArgumentException e) {
            throw new FetchException("cannot request " + HttpUrls.abbreviate(uri.toString()) + ": " + e.getMessage());
        }
        long total = options.totalTimeout().toMillis();
        try {
            HttpResponse<byte[]> r = future.get(total, TimeUnit.MILLISECONDS);
            return new Exchange(r.statusCode(), lowerCased(r.headers().map()), r.body(), Instant.now(), maxBytes);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("timed out: no complete response within " + seconds(options.totalTimeout()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            throw describe(e.getCause(), uri, maxBytes);
        }
    }

    private FetchException describe(Throwable t, URI uri, long maxBytes) {
        String where = uri.getHost() + (uri.getPort() != -1 ? ":" + uri.getPort() : "");
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CappedBody.TooLargeException) {
                return new FetchException("too large: more than " + Bytes.human(maxBytes));
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new FetchException("connection to " + where + " timed out after "
                        + seconds(options.connectTimeout()));
            }
            if (c instanceof HttpTimeoutException) {
                return new FetchException("timed out: no response from " + where + " within "
                        + seconds(options.readTimeout()));
            }
            if (c instanceof UnknownHostException) return new FetchException("unknown host " + uri.getHost());
            if (c instanceof ConnectException) return new FetchException("cannot connect to " + where
                    + " (connection refused or unreachable)");
            if (c instanceof SSLException) return new FetchException("TLS error with " + where + ": " + c.getMessage());
            if (c instanceof EOFException) return new FetchException("connection to " + where + " closed early");
        }
        String msg = t == null ? null : t.getMessage();
        return new FetchException("fetch from " + where + " failed: "
                + (msg == null || msg.isBlank() ? (t == null ? "unknown error" : t.getClass().getSimpleName()) : msg));
    }

    private static byte[] decode(Exchange ex) throws FetchException {
        String enc = ex.header("content-encoding");
        if (enc == null) return ex.body;
        enc = enc.trim().toLowerCase(Locale.ROOT);
        try {
            byte[] out = switch (enc) {
                case "", "identity" -> ex.body;
                case "gzip", "x-gzip" -> Bytes.gunzip(ex.body, ex.maxBytes);
                case "deflate" -> Bytes.inflate(ex.body, ex.maxBytes);
                default -> throw new FetchException("unsupported Content-Encoding " + enc);
            };
            ex.headers.remove("content-encoding");
            ex.headers.remove("content-length");
            return out;
        } catch (CappedBody.TooLargeException e) {
            throw new FetchException("too large: more than " + Bytes.human(ex.maxBytes) + " once decompressed");
        } catch (IOException e) {
            throw new FetchException("corrupt " + enc + " body: " + e.getMessage());
        }
    }

    private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var e : headers.entrySet()) {
            if (e.getKey().startsWith(":")) continue;   // HTTP/2 pseudo headers
            out.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                    .addAll(e.getValue());
        }
        return out;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** A raw response before decoding. */
    private record Exchange(int status, Map<String, List<String>> headers, byte[] body, Instant at, long maxBytes) {
        String header(String name) {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        String contentType() {
            return MediaTypes.base(header("content-type"));
        }
    }
}

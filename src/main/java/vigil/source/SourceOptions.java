package vigil.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How sources read and fetch. Start from {@link #defaults()} and change what you need with the {@code with…} methods.
 *
 * @param allowPrivateAddresses fetch from loopback, private, link-local, … addresses (off by default: SSRF guard)
 * @param perHostDelay          minimum time between two requests to the same host
 * @param connectTimeout        time allowed to open a connection
 * @param readTimeout           time allowed until the response headers arrive
 * @param totalTimeout          deadline for a whole response, body included (stops servers that trickle bytes)
 * @param maxBytes              largest body accepted (after decompression); larger ones are reported "too large"
 * @param maxRedirects          redirects followed before giving up
 * @param userAgent             User-Agent header, also the name matched in robots.txt (its product token)
 * @param stateDir              where HTTP validators (ETag, Last-Modified) are kept between runs; null = not kept
 * @param obeyRobots            honour robots.txt (on by default)
 * @param maxFeedItems          items taken from one feed at most
 */
public record SourceOptions(boolean allowPrivateAddresses, Duration perHostDelay, Duration connectTimeout,
                            Duration readTimeout, Duration totalTimeout, long maxBytes, int maxRedirects,
                            String userAgent, Path stateDir, boolean obeyRobots, int maxFeedItems) {

    public static final String USER_AGENT = "Vigil/0.1 (+https://github.com/vigil-news/vigil)";

    public SourceOptions {
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
        if (maxFeedItems <= 0) throw new IllegalArgumentException("maxFeedItems must be positive");
        userAgent = userAgent == null || userAgent.isBlank() ? USER_AGENT : userAgent;
    }

    /** Polite, safe defaults: 1 s per host, 10 s connect, 20 s to headers, 60 s in all, 10 MB, 5 redirects. */
    public static SourceOptions defaults() {
        return new SourceOptions(false, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(60), 10L * 1024 * 1024, 5, USER_AGENT, null, true, 1000);
    }

    public SourceOptions withAllowPrivateAddresses(boolean allow) {
        return new SourceOptions(allow, perHostDelay, connectTimeout, readTimeout, totalTimeout, maxBytes,
                maxRedirects, userAgent, stateDir, obeyRobots, maxFeedItems);
    }

    public SourceOptions withPerHostDelay(Duration delay) {
        return new SourceOptions(allowPrivateAddresses, delay, connectTimeout, readTimeout, totalTimeout, maxBytes,
                maxRedirects, userAgent, stateDir, obeyRobots, maxFeedItems);
    }

    /** Sets the connect and read timeouts and the total deadline at once. */
    public SourceOptions withTimeouts(Duration connect, Duration read, Duration total) {
        return new SourceOptions(allowPrivateAddresses, perHostDelay, connect, read, total, maxBytes,
                maxRedirects, userAgent, stateDir, obeyRobots, maxFeedItems);
    }

    public SourceOptions withMaxBytes(long max) {
        return new SourceOptions(allowPrivateAddresses, perHostDelay, connectTimeout, readTimeout, totalTimeout, max,
                maxRedirects, userAgent, stateDir, obeyRobots, maxFeedItems);
    }

    public SourceOptions withMaxRedirects(int max) {
        return new SourceOptions(allowPrivateAddresses, perHostDelay, connectTimeout, readTimeout, totalTimeout,
                maxBytes, max, userAgent, stateDir, obeyRobots, maxFeedItems);
    }

    public SourceOptions withUserAgent(String agent) {
        return new SourceOptions(allowPrivateAddresses, perHostDelay, connectTimeout, readTimeout, totalTimeout,
                maxBytes, maxRedirects, agent, stateDir, obeyRobots, maxFeedItems);
    }

    /** Keeps HTTP validators in {@code dir/http-cache.tsv}; the ingest command passes {@code DIR/state}. */
    public SourceOptions withStateDir(Path dir) {
        return new SourceOptions(allowPrivateAddresses, perHostDelay, connectTimeout, readTimeout, totalTimeout,
                maxBytes, maxRedirects, userAgent, dir, obeyRobots, maxFeedItems);
    }

    public SourceOptions withObeyRobots(boolean obey) {
        return new SourceOptions(allowPrivateAddresses, perHostDelay, connectTimeout, readTimeout, totalTimeout,
                maxBytes, maxRedirects, userAgent, stateDir, obey, maxFeedItems);
    }

    public SourceOptions withMaxFeedItems(int max) {
        return new SourceOptions(allowPrivateAddresses, perHostDelay, connectTimeout, readTimeout, totalTimeout,
                maxBytes, maxRedirects, userAgent, stateDir, obeyRobots, max);
    }

    /** The product token robots.txt rules are matched against ("vigil"). */
    String robotName() {
        String token = userAgent.split("[/\\s]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return token.isEmpty() ? "vigil" : token;
    }
}

package vigil.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens what a user names (a path or a URL) as the right kind of {@link Source}, judging files by their content. */
public final class Sources {
    private Sources() {}

    /** Opens {@code spec} with a fetcher of its own (see {@link #open(String, Fetcher)}). */
    public static Source open(String spec, SourceOptions options) throws SourceException {
        return open(spec, new Fetcher(options));
    }

    /**
     * Opens {@code spec}: an http(s) URL (page, feed or OPML list, told apart when fetched), a {@code file:} URI,
     * or a local path: a directory (read recursively), an HTML file (plain or gzipped), a feed, an OPML list or a
     * WARC/ARC file (plain or gzipped). Share one {@code fetcher} between sources of one run so that politeness
     * delays and robots.txt rules hold across them.
     *
     * @throws SourceException with a one-line message when the spec names nothing readable
     */
    public static Source open(String spec, Fetcher fetcher) throws SourceException {
        if (spec == null || spec.isBlank()) throw new SourceException("nothing to read: empty source name");
        String s = spec.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (HttpUrls.isHttp(s)) {
            try {
                return new UrlSource(HttpUrls.parse(s).toString(), spec, fetcher);
            } catch (FetchException e) {
                throw new SourceException(e.getMessage());
            }
        }
        Path path;
        try {
            if (lower.startsWith("file:")) {
                path = Path.of(URI.create(s));
            } else if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
                throw new SourceException("unsupported URL scheme in " + spec + " (use http, https or a local path)");
            } else {
                path = Path.of(s);
            }
        } catch (IllegalArgumentException e) { // InvalidPathException too
            throw new SourceException("not a valid path or URL: " + spec);
        }
        if (!Files.exists(path)) throw new SourceException("no such file or directory: " + spec);
        if (!Files.isReadable(path)) throw new SourceException("cannot read " + spec + ": permission denied");
        if (Files.isDirectory(path)) return new DirectorySource(path, spec, fetcher);
        if (!Files.isRegularFile(path)) throw new SourceException("not a regular file: " + spec);
        return new FileSource(path, spec, kind(path, spec), fetcher);
    }

    /** What a file is, for {@link Source#describe()}; reading sniffs again, so this only names it. */
    private static String kind(Path path, String spec) throws SourceException {
        try (InputStream in = Files.newInputStream(path)) {
            Sniffer.Sniff sniff = Sniffer.sniff(Bytes.head(in, Sniffer.HEAD));
            if (sniff.kind() == Sniffer.Kind.GZIP) {
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(path))) {
                    Sniffer.Sniff inner = Sniffer.sniff(Bytes.headOfBroken(gz, Sniffer.HEAD));
                    return "gzipped " + name(inner.kind());
                } catch (IOException e) {
                    return "gzip file";
                }
            }
            return name(sniff.kind());
        } catch (IOException e) {
            throw new SourceException("cannot read " + spec + ": " + ItemReader.message(e), e);
        }
    }

    private static String name(Sniffer.Kind kind) {
        return switch (kind) {
            case HTML -> "HTML file";
            case FEED -> "feed file";
            case OPML -> "OPML file";
            case SITEMAP -> "sitemap file";
            case WARC -> "WARC file";
            case ARC -> "ARC file";
            default -> "file";
        };
    }
}

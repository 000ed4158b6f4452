package vigil.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bytes as they came from a source, before any interpretation.
 *
 * @param url         where the document came from: http(s) URL, or a {@code file:} URI for local files
 * @param fetchedAt   when it was fetched or read
 * @param status      HTTP status, or 200 for files and archive records without one
 * @param headers     response headers (lower-cased names); empty for plain files
 * @param contentType media type without parameters (e.g. {@code text/html}), or null when unknown
 * @param body        the raw bytes, never decoded here
 * @param origin      what the user asked to ingest that led here (a path, feed URL or WARC file)
 * @param rawRef      where the archive keeps these bytes ({@code file.warc.gz#offset}), null until archived
 */
public record RawDocument(String url, Instant fetchedAt, int status, Map<String, List<String>> headers,
                          String contentType, byte[] body, String origin, String rawRef) {
    public RawDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** First value of a header (name matched case-insensitively), or null. */
    public String header(String name) {
        for (var e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
        }
        return null;
    }

    public RawDocument withRawRef(String ref) {
        return new RawDocument(url, fetchedAt, status, headers, contentType, body, origin, ref);
    }

    /** Charset from the Content-Type header ({@code charset=...}), or null. */
    public String declaredCharset() {
        String ct = header("content-type");
        if (ct == null) return null;
        for (String part : ct.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) return p.substring(8).replace("\"", "").trim();
        }
        return null;
    }
}

package vigil.source;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vigil.model.RawDocument;

/**
 * A finished HTTP exchange (after redirects).
 *
 * @param requestedUrl the URL asked for
 * @param url          the URL the body came from (after redirects)
 * @param status       final HTTP status
 * @param headers      response headers, lower-cased names; Content-Encoding and Content-Length are removed when
 *                     the body was decompressed, so headers and body agree
 * @param contentType  media type without parameters, lower-cased, or null
 * @param body         the body, decompressed; empty for 304
 * @param fetchedAt    when the response arrived
 * @param notModified  true when the server answered 304 to a conditional GET: nothing new
 */
public record FetchResult(String requestedUrl, String url, int status, Map<String, List<String>> headers,
                          String contentType, byte[] body, Instant fetchedAt, boolean notModified) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** "HTTP 404 Not Found". */
    public String statusLine() {
        return "HTTP " + status + reason(status);
    }

    public RawDocument toRawDocument(String origin) {
        return new RawDocument(url, fetchedAt, status, headers, contentType, body, origin, null);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 405 -> " Method Not Allowed";
            case 406 -> " Not Acceptable";
            case 408 -> " Request Timeout";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 451 -> " Unavailable For Legal Reasons";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }
}

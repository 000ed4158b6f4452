package vigil.source;

import java.net.IDN;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;

/** Parsing the http(s) URLs found in feeds and redirects, which are often not strictly valid. */
final class HttpUrls {
    private HttpUrls() {}

    static boolean isHttp(String s) {
        if (s == null) return false;
        String t = s.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    /** An absolute http(s) URI without fragment; illegal characters (spaces, non-ASCII) are escaped. */
    static URI parse(String url) throws FetchException {
        String s = url == null ? "" : url.trim();
        if (!isHttp(s)) throw new FetchException("not an http(s) URL: " + abbreviate(s));
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            try {
                URL u = new URL(s);
                String host = u.getHost() == null ? null : IDN.toASCII(u.getHost());
                uri = new URI(u.getProtocol(), u.getUserInfo(), host, u.getPort(), u.getPath(), u.getQuery(), null);
            } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e2) {
                throw new FetchException("malformed URL: " + abbreviate(s));
            }
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) throw new FetchException("URL has no host: " + abbreviate(s));
        String str = uri.toString();
        int hash = str.indexOf('#');
        if (hash >= 0) str = str.substring(0, hash);
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            int q = str.indexOf('?');
            str = q < 0 ? str + "/" : str.substring(0, q) + "/" + str.substring(q);
        }
        return URI.create(str.substring(0, 5).toLowerCase(Locale.ROOT) + str.substring(5));
    }

    /** Resolves a (possibly relative) link against a base URL; null when it cannot be made into an http(s) URL. */
    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) return null;
        String l = link.trim();
        if (isHttp(l)) return l;
        if (l.startsWith("//") && isHttp(base)) return base.substring(0, base.indexOf(':') + 1) + l;
        if (base == null || !isHttp(base)) return null;
        try {
            return parse(base).resolve(l.replace(" ", "%20")).toString();
        } catch (FetchException | IllegalArgumentException e) {
            return null;
        }
    }

    /** "https://host:443" style key identifying one server, for politeness and robots.txt. */
    static String hostKey(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}

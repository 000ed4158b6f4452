package vigil.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** URL canonicalization: one spelling per page, so duplicates are recognised. */
public final class Urls {
    private Urls() {}

    /**
     * Lower-cases scheme and host, drops default ports, fragments and tracking parameters
     * (utm_*, fbclid, gclid, ...). Returns the input unchanged when it is not a parseable URI.
     */
    public static String canonicalize(String url) {
        if (url == null) return null;
        try {
            URI u = new URI(url.trim());
            if (u.getScheme() == null || u.isOpaque()) return url.trim();
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? (host == null ? "" : "/") : u.getRawPath();
            String query = cleanQuery(u.getRawQuery());
            StringBuilder sb = new StringBuilder(scheme).append(':');
            if (host != null) {
                sb.append("//").append(host);
                if (port != -1) sb.append(':').append(port);
            } else if (u.getRawAuthority() != null) {
                sb.append("//").append(u.getRawAuthority());
            } else if (scheme.equals("file")) {
                sb.append("//");
            }
            sb.append(path);
            if (query != null) sb.append('?').append(query);
            return sb.toString();
        } catch (URISyntaxException e) {
            return url.trim();
        }
    }

    private static String cleanQuery(String q) {
        if (q == null || q.isEmpty()) return null;
        List<String> kept = new ArrayList<>();
        for (String p : q.split("&")) {
            String k = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (k.startsWith("utm_") || k.equals("fbclid") || k.equals("gclid") || k.equals("mc_cid")
                    || k.equals("mc_eid") || k.equals("ocid") || k.equals("cmpid") || k.isEmpty()) continue;
            kept.add(p);
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    /** Host without a leading "www.", lower-cased; null for URLs without a host (files). */
    public static String site(String url) {
        try {
            String host = new URI(url.trim()).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

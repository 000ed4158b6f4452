package vigil.server;

import java.net.URI;

/**
 * Response headers that keep whatever a news page contains from running in the dashboard: a Content-Security-Policy
 * without inline scripts or eval, no MIME sniffing, no framing, no referrer leaking to linked sites.
 */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static String contentSecurityPolicy(String tileUrl) {
        String tiles = tileOrigin(tileUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + (tiles == null ? "" : " " + tiles)
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The scheme and host of a tile URL template; a {s} subdomain placeholder becomes a wildcard. */
    static String tileOrigin(String tileUrl) {
        if (tileUrl == null) return null;
        try {
            URI u = new URI(tileUrl.replace("{s}", "tiles-sub").replaceAll("\\{[a-z]+}", "0"));
            if (u.getHost() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) return null;
            String host = u.getHost().replace("tiles-sub", "*");
            return u.getScheme() + "://" + host + (u.getPort() == -1 ? "" : ":" + u.getPort());
        } catch (Exception e) {
            return null;
        }
    }
}

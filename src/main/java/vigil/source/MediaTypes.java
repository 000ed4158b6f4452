package vigil.source;

import java.util.Locale;

/** Media-type helpers. */
final class MediaTypes {
    private MediaTypes() {}

    /** "text/html; charset=utf-8" becomes "text/html"; null or blank becomes null. */
    static String base(String contentType) {
        if (contentType == null) return null;
        String t = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static boolean isHtml(String type) {
        return "text/html".equals(type) || "application/xhtml+xml".equals(type);
    }

    /** Types servers send when they do not know better; the body decides then. */
    static boolean isVague(String type) {
        return type == null || type.equals("text/plain") || type.equals("application/octet-stream")
                || type.equals("binary/octet-stream") || type.equals("application/unknown");
    }

    static boolean isFeedLike(String type) {
        return type != null && (type.equals("application/rss+xml") || type.equals("application/atom+xml")
                || type.equals("application/rdf+xml") || type.equals("application/xml") || type.equals("text/xml")
                || type.equals("text/x-opml") || type.equals("application/feed+json"));
    }
}

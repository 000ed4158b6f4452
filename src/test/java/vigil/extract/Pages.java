package vigil.extract;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vigil.model.Article;
import vigil.model.RawDocument;

/** Builds raw documents from page text for extractor tests. */
final class Pages {
    private Pages() {}

    static RawDocument raw(String url, String html, Charset encoding, String contentTypeHeader) {
        Map<String, List<String>> headers = contentTypeHeader == null ? Map.of() : Map.of("content-type", List.of(contentTypeHeader));
        return new RawDocument(url, Instant.parse("2026-11-20T10:00:00Z"), 200, headers, "text/html",
                html.getBytes(encoding), "test", null);
    }

    static Article extract(String html) throws ExtractionException {
        return new HtmlArticleExtractor().extract(raw("https://www.nordpost-news.example/world/2026/11/18/story", html,
                java.nio.charset.StandardCharsets.UTF_8, "text/html; charset=utf-8"));
    }

    /** A news page with the furniture real sites have around the article. */
    static String newsPage(String head, String articleInner) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies</div>"
                + "<header class=\"site-header\"><a href=\"/\">Nordpost News</a><nav><ul><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/politics\">Politics</a></li><li><a href=\"/business\">Business</a></li></ul></nav></header>"
                + "<main><article>" + articleInner + "</article>"
                + "<section class=\"related-stories\"><h3>Related</h3><ul>"
                + "<li><a href=\"/a\">Drone strike hits convoy near Deir ez-Zor, monitors say</a></li>"
                + "<li><a href=\"/b\">Parliament debates new security law after week of attacks</a></li>"
                + "<li><a href=\"/c\">Analysis: what the Anbar operations mean for the region</a></li></ul></section></main>"
                + "<div class=\"newsletter-signup\">Sign up for our daily briefing. Get the news that matters in your inbox every morning.</div>"
                + "<footer><p>© 2026 Nordpost News. All rights reserved.</p><a href=\"#\">Exit mobile version</a></footer>"
                + "</body></html>";
    }
}

package vigil.extract;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;
import vigil.model.PageType;

/**
 * Decides whether a page is an article: error pages (HTTP status, "page not found" titles), video-only pages,
 * and home or section pages (a bare path, a page made of links without article metadata) are not.
 */
final class PageClassifier {
    private PageClassifier() {}

    private static final Pattern ERROR_TITLE = Pattern.compile("(?i).*\\b(404|410|500|page not found|not found|"
            + "error|seite nicht gefunden|página no encontrada|page introuvable|pagina non trovata|"
            + "страница не найдена|page does not exist|no longer available)\\b.*");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenews", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "liveblogposting", "report", "techarticle", "scholarlyarticle");

    static PageType classify(int status, String url, PageMetadata meta, int textLength, int paragraphs,
                             double pageLinkDensity) {
        if (status >= 400) return PageType.ERROR_PAGE;
        if (textLength < 1000 && meta.title() != null && meta.title().length() < 80
                && ERROR_TITLE.matcher(meta.title()).matches()) {
            return PageType.ERROR_PAGE;
        }
        String type = meta.type() == null ? "" : meta.type();
        boolean declaredArticle = ARTICLE_TYPES.contains(type);
        if ((type.startsWith("video") || type.equals("videoobject")) && textLength < 600) return PageType.NOT_ARTICLE;
        // a declared article may be a short teaser (paywall), still an article
        if (declaredArticle && textLength >= 80) return PageType.ARTICLE;
        if (textLength < 200) return PageType.NOT_ARTICLE;
        if (isRootPath(url) && meta.published() == null) return PageType.NOT_ARTICLE;
        if (type.equals("website") && meta.published() == null && pageLinkDensity > 0.35) return PageType.NOT_ARTICLE;
        if (pageLinkDensity > 0.5 && textLength < 1500 && meta.published() == null) return PageType.NOT_ARTICLE;
        if (paragraphs < 2 && textLength < 500) return PageType.NOT_ARTICLE;
        return PageType.ARTICLE;
    }

    private static boolean isRootPath(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || !u.getScheme().startsWith("http")) return false;
            String p = u.getPath() == null ? "" : u.getPath();
            return p.isEmpty() || p.equals("/") || p.matches("/(index|default|home)\\.\\w+") || p.matches("/[a-z]{2}/?");
        } catch (Exception e) {
            return false;
        }
    }
}

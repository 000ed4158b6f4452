package vigil.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import vigil.model.PageType;

/**
 * Article or not: error pages (HTTP status, "page not found" titles), video pages without text, and home or
 * section pages (little running text, declared as a website or collection, or mostly links).
 */
final class PageClassifier {
    private static final Pattern ERROR_TITLE = Pattern.compile(
            "(?i)\\b(404|page not found|not found|error 50\\d|access denied|seite nicht gefunden|page introuvable|página no encontrada)\\b");

    private PageClassifier() {}

    static PageType classify(int status, PageMetadata meta, MainTextExtractor.Selection sel, String text) {
        if (status >= 400) return PageType.ERROR_PAGE;
        if (ERROR_TITLE.matcher(meta.title()).find() && text.length() < 1500) return PageType.ERROR_PAGE;
        String type = meta.type().toLowerCase(Locale.ROOT);
        int longParagraphs = 0;
        for (Block b : sel.blocks()) {
            if (b.kind() != Block.Kind.HEADING && b.text().length() >= 80 && b.linkDensity() < 0.3) longParagraphs++;
        }
        boolean declaredArticle = type.contains("article") || type.contains("posting") || type.contains("report");
        if (type.startsWith("video") && text.length() < 600) return PageType.NOT_ARTICLE;
        if ((type.equals("website") || type.contains("collection") || type.equals("webpage") || type.contains("itemlist"))
                && longParagraphs < 4) {
            return PageType.NOT_ARTICLE;
        }
        if (!declaredArticle && longParagraphs < 2 && text.length() < 500) return PageType.NOT_ARTICLE;
        if (longParagraphs == 0 && text.length() < 250) return PageType.NOT_ARTICLE;
        // Most of the page's text in links, and the "main" text short: a front or section page.
        long all = 0, links = 0;
        for (Block b : sel.all()) {
            all += b.text().length();
            links += b.linkChars();
        }
        if (!declaredArticle && all > 0 && links > all * 0.5 && text.length() < all * 0.15) return PageType.NOT_ARTICLE;
        return PageType.ARTICLE;
    }
}

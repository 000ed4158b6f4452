package vigil.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import vigil.model.PageType;

/** Decides whether a page is an article, and whether its body is visibly cut (paywall, teaser). */
final class PageClassifier {
    private static final Pattern ERROR_TITLE = Pattern.compile(
            "(?i)\\b(404|page not found|not found|error 5\\d\\d|access denied|forbidden|seite nicht gefunden|página no encontrada)\\b");
    private static final Pattern TEASER_END = Pattern.compile(
            "(?i)(read (the )?(full|more|rest)|continue reading|subscribe to (continue|read)|to continue reading|"
                    + "for subscribers|subscribers only|already a subscriber|log ?in to (continue|read)|"
                    + "sign in to (continue|read)|unlock (this|the) (article|story)|premium content|\\u2026|\\.\\.\\.)\\W*$");
    private static final String PAYWALL_MARKERS = "[class*=paywall], [id*=paywall], [class*=subscriber-only], "
            + "[class*=premium-content], [class*=regwall], [class*=piano-]";

    private PageClassifier() {}

    /** What the classifier needs from the untouched page. */
    record Signals(boolean paywallMarkup, int articleElements) {}

    static Signals signals(Document page) {
        return new Signals(!page.select(PAYWALL_MARKERS).isEmpty(), page.getElementsByTag("article").size());
    }

    static PageType type(Signals page, String title, List<String> paragraphs, Metadata meta) {
        if (title != null && ERROR_TITLE.matcher(title).find() && textLength(paragraphs) < 1500) return PageType.ERROR_PAGE;
        int len = textLength(paragraphs);
        String type = meta.type() == null ? "" : meta.type().toLowerCase(java.util.Locale.ROOT);
        boolean declaredArticle = type.contains("article") || type.contains("posting") || meta.published() != null;
        // A section or home page: many short teaser items, little running prose.
        long longParagraphs = paragraphs.stream().filter(p -> p.length() >= 150).count();
        if (len < 250 && !declaredArticle) return PageType.NOT_ARTICLE;
        if (longParagraphs == 0 && paragraphs.size() >= 5 && len < 800) return PageType.NOT_ARTICLE;
        if (type.equals("website") && longParagraphs < 2 && page.articleElements() >= 5) return PageType.NOT_ARTICLE;
        return PageType.ARTICLE;
    }

    static boolean teaser(Signals page, List<String> paragraphs) {
        if (page.paywallMarkup()) return true;
        if (paragraphs.isEmpty()) return false;
        String last = paragraphs.get(paragraphs.size() - 1);
        return TEASER_END.matcher(last).find() && textLength(paragraphs) < 2500;
    }

    private static int textLength(List<String> ps) {
        int n = 0;
        for (String p : ps) n += p.length();
        return n;
    }
}

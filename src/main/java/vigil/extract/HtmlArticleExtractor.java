package vigil.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vigil.model.Article;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.RawDocument;
import vigil.model.Urls;

/**
 * Vigil's article extractor: decodes the page ({@link HtmlDecoder}), reads its metadata
 * ({@link MetadataExtractor}), finds the main text ({@link MainText}) and classifies the page
 * ({@link PageClassifier}). Pure and thread-safe.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {
    @Override
    public Article extract(RawDocument raw) throws ExtractionException {
        if (raw.body().length == 0) throw new ExtractionException("empty document");
        Document doc = HtmlDecoder.decode(raw);
        Metadata meta = MetadataExtractor.extract(doc, raw.url());
        String title = title(doc, meta);
        PageClassifier.Signals signals = PageClassifier.signals(doc); // read before the main-text pass edits the page
        List<String> paragraphs = MainText.paragraphs(doc, title);
        String text = String.join("\n\n", paragraphs);
        if (text.isBlank() && title.isBlank()) throw new ExtractionException("no readable text");
        PageType type = PageClassifier.type(signals, title, paragraphs, meta);
        boolean teaser = type == PageType.ARTICLE && PageClassifier.teaser(signals, paragraphs);
        String canonical = Urls.canonicalize(meta.canonicalUrl() != null ? meta.canonicalUrl() : raw.url());
        String hash = Ids.contentHash(title + "\n" + text);
        return new Article(Ids.articleId(canonical, hash), raw.url(), canonical, Urls.site(canonical), meta.siteName(),
                title, text, meta.published(), meta.modified(), meta.authors(), meta.language(), raw.fetchedAt(), hash,
                raw.rawRef(), type, teaser, meta.image());
    }

    /** The headline: metadata first, then the page's {@code <h1>}, then {@code <title>} without the site name. */
    static String title(Document doc, Metadata meta) {
        String t = meta.title();
        if (t == null) {
            Element h1 = doc.selectFirst("article h1, main h1, h1");
            if (h1 != null && h1.text().length() > 5) t = h1.text();
        }
        if (t == null) t = doc.title();
        return stripSiteName(t == null ? "" : t.trim(), meta.siteName());
    }

    private static String stripSiteName(String t, String site) {
        String[] seps = {" | ", " - ", " – ", " — ", " :: ", " · "};
        for (String sep : seps) {
            int i = t.lastIndexOf(sep);
            if (i > 10) {
                String tail = t.substring(i + sep.length()).trim();
                boolean isSite = site != null && tail.toLowerCase(Locale.ROOT).contains(site.toLowerCase(Locale.ROOT))
                        || tail.length() <= 30 && tail.split("\\s+").length <= 4;
                if (isSite) return t.substring(0, i).trim();
            }
        }
        return t;
    }
}

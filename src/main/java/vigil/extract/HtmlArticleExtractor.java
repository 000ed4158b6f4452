package vigil.extract;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vigil.model.Article;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.RawDocument;
import vigil.model.Urls;

/**
 * Vigil's article extractor: decodes the bytes (declared or detected charset), reads the page's metadata, cleans
 * the DOM of boilerplate, picks the main text by block voting, and classifies the page (article, not an article,
 * error page) and whether its body is a teaser. Pure and thread-safe.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {
    @Override
    public Article extract(RawDocument raw) throws ExtractionException {
        if (raw.body().length == 0) throw new ExtractionException("empty document");
        String ct = raw.contentType() == null ? "" : raw.contentType().toLowerCase(Locale.ROOT);
        if (!ct.isEmpty() && !ct.contains("html") && !ct.contains("xml") && !ct.startsWith("text/")) {
            throw new ExtractionException("not HTML: " + ct);
        }
        String html = HtmlDecoder.decode(raw.body(), raw.declaredCharset());
        if (!looksLikeHtml(html)) throw new ExtractionException("not HTML: no markup in the first bytes");
        Document doc = Jsoup.parse(ScriptStripper.strip(html), raw.url());
        PageMetadata meta = MetadataExtractor.extract(doc, raw.url());
        Element body = doc.body();
        MainTextExtractor.Selection sel = MainTextExtractor.select(body, meta.title());
        String text = sel.text();
        if (text.isBlank() && meta.title().isBlank()) throw new ExtractionException("no readable text");
        String canonical = Urls.canonicalize(meta.canonical() != null ? meta.canonical() : raw.url());
        String hash = Ids.contentHash(text);
        PageType type = PageClassifier.classify(raw.status(), meta, sel, text);
        String last = sel.blocks().isEmpty() ? null : sel.blocks().get(sel.blocks().size() - 1).text();
        boolean teaser = type == PageType.ARTICLE && TeaserDetector.isTeaser(sel.wallMarker(), meta, text, last);
        return new Article(Ids.articleId(canonical, hash), raw.url(), canonical, Urls.site(canonical), meta.siteName(),
                meta.title(), text, meta.published(), meta.modified(), meta.authors(), meta.language(), raw.fetchedAt(),
                hash, raw.rawRef(), type, teaser, meta.topImage());
    }

    private static boolean looksLikeHtml(String s) {
        int n = Math.min(s.length(), 2048);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '<') return true;
            if (c == '\0') return false;
        }
        return false;
    }

}

package vigil.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vigil.model.Article;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.RawDocument;
import vigil.model.Urls;

/**
 * Vigil's article extractor: decodes the bytes (declared or detected charset), reads the page metadata,
 * finds the main text and classifies the page. Pure and thread-safe: every call parses its own document.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    @Override
    public Article extract(RawDocument raw) throws ExtractionException {
        byte[] body = raw.body();
        if (body.length == 0) throw new ExtractionException("empty document");
        if (!looksLikeHtml(raw)) {
            throw new ExtractionException(raw.contentType() == null ? "not HTML" : "not HTML (" + raw.contentType() + ")");
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(body, raw.declaredCharset());
        String baseUri = raw.url().startsWith("http") ? raw.url() : "";
        Document doc = Jsoup.parse(decoded.text(), baseUri);

        PageIndex index = PageIndex.of(doc);
        PageMetadata meta = MetadataExtractor.extract(doc, index, raw.url());
        MainTextExtractor.Result main = MainTextExtractor.extract(doc);
        List<String> paragraphs = ParagraphFilter.clean(main.paragraphs(), meta.title(), meta.authors());
        String text = String.join("\n\n", paragraphs);
        if (text.isBlank() && meta.title().isBlank()) {
            throw new ExtractionException("no readable text");
        }
        PageType type = PageClassifier.classify(raw.status(), raw.url(), meta, text.length(), paragraphs.size(),
                main.pageLinkDensity());
        boolean teaser = type == PageType.ARTICLE
                && TeaserDetector.isTeaser(main.paragraphs(), text.length(), main.wallPrompt(), meta.paywalled());

        String canonical = Urls.canonicalize(meta.canonicalUrl() != null ? meta.canonicalUrl() : raw.url());
        String hash = Ids.contentHash(text);
        return new Article(Ids.articleId(canonical, hash), raw.url(), canonical, Urls.site(canonical),
                meta.siteName(), meta.title(), text, meta.published(), meta.modified(), meta.authors(),
                meta.language(), raw.fetchedAt(), hash, raw.rawRef(), type, teaser, meta.topImage());
    }

    /** HTML by media type, or (when the type is missing or generic) by a tag near the start. */
    static boolean looksLikeHtml(RawDocument raw) {
        String ct = raw.contentType() == null ? "" : raw.contentType().toLowerCase(Locale.ROOT);
        if (ct.contains("html")) return true;
        if (!ct.isEmpty() && !ct.startsWith("text/plain") && !ct.equals("application/octet-stream")
                && !ct.contains("xml")) {
            return false;
        }
        byte[] b = raw.body();
        String head = new String(b, 0, Math.min(b.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head")
                || head.contains("<body") || head.contains("<p>") || head.contains("<div");
    }
}

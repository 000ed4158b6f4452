package vigil.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A news article extracted from a {@link RawDocument}. Character offsets of every later
 * {@link Span} index into {@link #text()}.
 *
 * @param id          stable id: a hash of the canonical URL and content (see {@code vigil.pipeline.Ids})
 * @param url         the URL the raw document came from
 * @param canonicalUrl canonicalized URL (rel=canonical when present, tracking parameters removed)
 * @param site        host name without "www." (e.g. {@code reuters.com})
 * @param siteName    human name of the site when the page declares one, else null
 * @param title       headline, without the site name
 * @param text        main text; paragraphs separated by a blank line ({@code "\n\n"})
 * @param published   original publication time (UTC) when known, else null
 * @param modified    last modification time when known, else null
 * @param authors     author names, possibly empty
 * @param language    ISO 639-1 code ("en", "es", "ar"), or null when unknown
 * @param fetchedAt   when the raw document was fetched or read
 * @param contentHash SHA-256 (hex) of the normalized main text; equal texts are stored once
 * @param rawRef      pointer to the raw WARC record ({@code file.warc.gz#offset})
 * @param pageType    article or not
 * @param teaser      true when the body is visibly cut (paywall, "read more")
 * @param topImage    URL of the lead image, or null
 */
public record Article(String id, String url, String canonicalUrl, String site, String siteName, String title,
                      String text, Instant published, Instant modified, List<String> authors, String language,
                      Instant fetchedAt, String contentHash, String rawRef, PageType pageType, boolean teaser,
                      String topImage) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        authors = authors == null ? List.of() : List.copyOf(authors);
        pageType = pageType == null ? PageType.ARTICLE : pageType;
    }

    /** Authors joined with ", ", or null when none are known. */
    public String author() {
        return authors.isEmpty() ? null : String.join(", ", authors);
    }

    public Article withLanguage(String lang) {
        return new Article(id, url, canonicalUrl, site, siteName, title, text, published, modified, authors, lang,
                fetchedAt, contentHash, rawRef, pageType, teaser, topImage);
    }
}

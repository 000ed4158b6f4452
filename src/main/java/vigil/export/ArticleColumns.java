package vigil.export;

import java.util.Arrays;
import java.util.List;
import vigil.model.Article;

/** The CSV columns of an article export. */
public final class ArticleColumns {
    private ArticleColumns() {}

    public static final List<String> HEADER = List.of("id", "url", "site", "title", "published", "modified", "author",
            "language", "page_type", "teaser", "fetched", "content_hash", "raw_ref", "text");

    public static List<Object> row(Article a) {
        return Arrays.asList(a.id(), a.canonicalUrl(), a.site(), a.title(), a.published(), a.modified(), a.author(),
                a.language(), a.pageType(), a.teaser(), a.fetchedAt(), a.contentHash(), a.rawRef(), a.text());
    }
}

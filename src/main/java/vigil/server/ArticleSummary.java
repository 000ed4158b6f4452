package vigil.server;

import java.time.Instant;
import vigil.model.Article;

/** What lists show of an article: enough to name and link it, without its text. */
public record ArticleSummary(String id, String url, String site, String siteName, String title, Instant published,
                             Instant fetchedAt, String language) {
    public static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id(), a.url(), a.site(), a.siteName(), a.title(), a.published(), a.fetchedAt(),
                a.language());
    }
}

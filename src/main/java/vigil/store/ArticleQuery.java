package vigil.store;

import java.time.Instant;

/**
 * A search over stored articles. Null fields do not filter.
 *
 * @param text  full-text query (Lucene syntax over title and text), or null for all
 * @param from  earliest publish time (inclusive)
 * @param to    latest publish time (exclusive)
 * @param site  exact site (host without "www.")
 * @param limit at most this many results
 * @param after cursor from a previous {@link Page#next()}, or null
 */
public record ArticleQuery(String text, Instant from, Instant to, String site, int limit, String after) {
    public static ArticleQuery all(int limit) {
        return new ArticleQuery(null, null, null, null, limit, null);
    }
}

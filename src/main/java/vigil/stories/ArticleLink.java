package vigil.stories;

/**
 * An article that is a copy of an earlier one, so it is not an independent source.
 *
 * @param articleId   the later article
 * @param kind        {@link Kind#DUPLICATE} (syndicated or verbatim copy) or {@link Kind#REWRITE} (light rewrite)
 * @param ofArticleId the earliest version found
 * @param similarity  estimated Jaccard similarity of the two texts' word shingles (1.0 for identical content)
 */
public record ArticleLink(String articleId, Kind kind, String ofArticleId, double similarity) {
    public enum Kind { DUPLICATE, REWRITE }
}

package vigil.model;

/**
 * An article that copies an earlier one, so it is not an independent source.
 *
 * @param articleId   the later article
 * @param kind        "duplicate" (syndicated or verbatim copy) or "rewrite" (light rewrite, no new facts)
 * @param ofArticleId the earliest version found
 * @param similarity  estimated similarity of the two texts (1.0 for identical content)
 */
public record CopyLink(String articleId, String kind, String ofArticleId, double similarity) {}

package vigil.model;

import java.util.List;

/**
 * Signs that an article is content-farm output rather than reporting.
 *
 * @param articleId        the article
 * @param flagged          true when the signals together say "content farm"
 * @param reasons          the signals that fired, in words
 * @param rewriteOf        the earlier article it rewrites, or null
 * @param noNewFacts       true when it rewrites an earlier article and adds no fact
 * @param templateFiller   template leftovers such as a list lead-in with no list after it
 * @param boilerplateRatio share of its sentences that are stock filler
 */
public record ContentSignals(String articleId, boolean flagged, List<String> reasons, String rewriteOf,
                             boolean noNewFacts, List<Span> templateFiller, double boilerplateRatio) {
    public ContentSignals {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        templateFiller = templateFiller == null ? List.of() : List.copyOf(templateFiller);
    }
}

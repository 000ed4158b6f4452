package vigil.stories;

import java.util.List;
import vigil.model.Span;

/**
 * Signs that an article is content-farm output rather than reporting.
 *
 * @param rewriteOf         the earlier article it rewrites, or null
 * @param newFacts          facts (numbers, names) it has that its original lacks; empty when not a rewrite
 * @param noNewFacts        true when it rewrites an earlier article and adds no fact
 * @param templateFiller    template leftovers, e.g. a list lead-in ("could include:") with no list after it
 * @param boilerplateRatio  share of its sentences that are stock filler ("Stay tuned for more updates.")
 * @param flagged           true when the signals together say "content farm"
 * @param reasons           the signals that fired, in words
 */
public record ContentFarmSignals(String rewriteOf, List<String> newFacts, boolean noNewFacts,
                                 List<Span> templateFiller, double boilerplateRatio, boolean flagged,
                                 List<String> reasons) {
    public ContentFarmSignals {
        newFacts = List.copyOf(newFacts);
        templateFiller = List.copyOf(templateFiller);
        reasons = List.copyOf(reasons);
    }
}

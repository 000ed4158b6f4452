package vigil.stories;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vigil.model.Article;

/**
 * An agency report of a car bomb, a content farm's sentence-by-sentence rewording of it (too reworded for word-pair
 * MinHash), an independent report of the same bombing and the agency's follow-up with a higher toll.
 */
class RewriteDetectorTest {
    private final RewriteDetector detector = new RewriteDetector();

    static Map<String, Article> articles() throws Exception {
        return Fixtures.articles("rewrites.jsonl").stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    @Test
    void aRewordedRetellingWithoutNewFactsIsARewrite() throws Exception {
        Map<String, Article> a = articles();
        // Too reworded for the near-duplicate index: its word pairs share little with the original's.
        DuplicateDetector dup = new DuplicateDetector();
        dup.add(StoryInput.of(a.get("agency")));
        assertTrue(dup.add(StoryInput.of(a.get("farm"))).isEmpty(), "MinHash alone misses it");

        RewriteDetector.Comparison c = detector.compare(a.get("farm"), a.get("agency"));
        assertEquals(List.of(), c.newFacts(), "seven = 7, the site's own name is no fact");
        assertTrue(c.alignedShare() >= 0.8, "sentences follow the original: " + c);
        assertTrue(c.rewrite(), c.toString());
        ArticleLink link = detector.find(a.get("farm"), List.of(a.get("independent"), a.get("agency"))).orElseThrow();
        assertEquals(ArticleLink.Kind.REWRITE, link.kind());
        assertEquals("agency", link.ofArticleId());
    }

    @Test
    void independentReportsAndFollowUpsAreNotRewrites() throws Exception {
        Map<String, Article> a = articles();
        RewriteDetector.Comparison independent = detector.compare(a.get("independent"), a.get("agency"));
        assertFalse(independent.rewrite(), independent.toString());
        assertTrue(independent.newFacts().containsAll(List.of("41", "ahmed", "salih", "hussein")), independent.toString());
        RewriteDetector.Comparison followUp = detector.compare(a.get("follow-up"), a.get("agency"));
        assertFalse(followUp.rewrite(), followUp.toString());
        assertTrue(followUp.newFacts().contains("11"), "the new toll is a new fact: " + followUp);
        assertTrue(detector.find(a.get("independent"), List.of(a.get("agency"), a.get("farm"))).isEmpty());
        assertTrue(detector.find(a.get("follow-up"), List.of(a.get("agency"), a.get("farm"))).isEmpty());
    }

    @Test
    void theOriginalIsNeverARewriteOfItsLaterRetelling() throws Exception {
        Map<String, Article> a = articles();
        assertTrue(detector.find(a.get("agency"), List.of(a.get("farm"))).isEmpty(), "the farm page came later");
        assertFalse(detector.compare(a.get("agency"), a.get("farm")).rewrite(), "the original has facts the rewrite dropped");
    }

    @Test
    void contentFarmSignalsFlagTheRewrite() throws Exception {
        Map<String, Article> a = articles();
        ArticleLink link = detector.find(a.get("farm"), List.of(a.get("agency"))).orElseThrow();
        ContentFarmSignals s = new ContentFarmDetector().analyze(a.get("farm"), link, a.get("agency"));
        assertTrue(s.noNewFacts());
        assertTrue(s.flagged());
        assertEquals("agency", s.rewriteOf());
    }
}

package vigil.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vigil.model.Article;
import vigil.model.CodedArticle;

/**
 * The acceptance case: an agency story, three verbatim copies on other sites, a content-farm rewrite and
 * a follow-up with a different death toll give one story, one event, two independent sources, a fatalities
 * contradiction with both spans, and the rewrite flagged.
 */
class AirstrikeAcceptanceTest {
    @Test
    void oneStoryOneEventTwoSourcesAndTheConflictingTolls() throws Exception {
        List<Article> articles = Fixtures.articles("airstrike.jsonl");
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) byId.put(a.id(), a);

        StoryStream stream = new StoryStream();
        Map<String, String> storyOf = new HashMap<>();
        Map<String, ArticleLink> links = new HashMap<>();
        for (Article a : articles) {
            StoryStream.Result r = stream.process(StoryInput.of(a));
            storyOf.put(a.id(), r.story().storyId());
            r.link().ifPresent(l -> links.put(a.id(), l));
        }

        // one story, opened by the agency article
        assertEquals(Set.of("story-a-agency"), new HashSet<>(storyOf.values()));
        assertEquals("Airstrike on market in Syria's Saraqib kills 12, officials say",
                stream.clusterer().story("story-a-agency").orElseThrow().title());

        // copies and the rewrite point at the agency article; the agency story and the follow-up are originals
        for (String copy : List.of("a-copy1", "a-copy2", "a-copy3")) {
            assertEquals(ArticleLink.Kind.DUPLICATE, links.get(copy).kind(), copy);
            assertEquals("a-agency", links.get(copy).ofArticleId(), copy);
        }
        assertEquals(ArticleLink.Kind.REWRITE, links.get("a-rewrite").kind());
        assertEquals("a-agency", links.get("a-rewrite").ofArticleId());
        assertFalse(links.containsKey("a-agency"));
        assertFalse(links.containsKey("a-followup"));

        // one merged event with all six reports and two independent sources
        List<CodedArticle> coded = new ArrayList<>();
        for (Article a : articles) coded.add(Fixtures.coded(a));
        List<MergedEvent> events = new EventMerger().merge(coded, storyOf, links);
        assertEquals(1, events.size());
        MergedEvent e = events.get(0);
        assertEquals(6, e.reports().size());
        assertEquals(2, e.independentSources());
        assertEquals(12, e.fatalitiesMin());
        assertEquals(15, e.fatalitiesMax());
        assertEquals("story-a-agency", e.storyId());

        // the tolls conflict; each claim carries the words of its own article
        Contradiction c = e.contradictions().stream().filter(x -> x.field().equals("fatalities")).findFirst()
                .orElseThrow();
        assertEquals(2, c.claims().size());
        Map<String, Claim> claimOf = new HashMap<>();
        for (Claim cl : c.claims()) claimOf.put(cl.articleId(), cl);
        assertEquals("12", claimOf.get("a-agency").value());
        assertEquals("15", claimOf.get("a-followup").value());
        for (Claim cl : c.claims()) {
            assertNotNull(cl.evidence());
            String text = byId.get(cl.articleId()).text();
            assertEquals(cl.evidence().text(), text.substring(cl.evidence().start(), cl.evidence().end()));
            assertTrue(cl.evidence().text().contains(cl.value()));
        }
        assertEquals(List.of("fatalities"), e.contradictions().stream().map(Contradiction::field).toList());

        // the rewrite is flagged as content-farm output; the agency story and the follow-up are not
        ContentFarmDetector farm = new ContentFarmDetector();
        ContentFarmSignals rewrite = farm.analyze(byId.get("a-rewrite"), links.get("a-rewrite"), byId.get("a-agency"));
        assertTrue(rewrite.flagged());
        assertTrue(rewrite.noNewFacts(), "new facts: " + rewrite.newFacts());
        assertEquals("a-agency", rewrite.rewriteOf());
        assertEquals(1, rewrite.templateFiller().size());
        assertTrue(rewrite.templateFiller().get(0).text().endsWith("could include:"));
        assertFalse(farm.analyze(byId.get("a-agency"), null, null).flagged());
        assertFalse(farm.analyze(byId.get("a-followup"), null, null).flagged());
    }
}

package vigil.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vigil.model.Article;

class DuplicateDetectorTest {
    private static StoryInput in(String id, String text, String time) {
        return new StoryInput(id, "", text, Instant.parse(time), id + ".example", null, List.of(), List.of());
    }

    @Test
    void aCopyOfACopyPointsAtTheOriginal() throws Exception {
        String text = Fixtures.articles("fires.jsonl").get(0).text();
        DuplicateDetector d = new DuplicateDetector();
        assertTrue(d.add(in("orig", text, "2025-03-03T08:00:00Z")).isEmpty());
        ArticleLink first = d.add(in("copy1", text + "\n\nShare this article.", "2025-03-03T09:00:00Z")).orElseThrow();
        assertEquals(ArticleLink.Kind.DUPLICATE, first.kind());
        assertEquals("orig", first.ofArticleId());
        ArticleLink second = d.add(in("copy2", text + "\n\nShare this article.", "2025-03-03T10:00:00Z")).orElseThrow();
        assertEquals("orig", second.ofArticleId());
        assertEquals(1.0, second.similarity());
    }

    @Test
    void independentReportsOfTheSameFireAreNotCopies() throws Exception {
        List<Article> all = Fixtures.articles("fires.jsonl");
        DuplicateDetector d = new DuplicateDetector();
        for (Article a : all) assertEquals(Optional.empty(), d.add(StoryInput.of(a)), a.id());
    }

    @Test
    void shortTextsAreNeverLinked() {
        DuplicateDetector d = new DuplicateDetector();
        d.add(in("a", "Live updates: follow the latest news here.", "2025-03-03T08:00:00Z"));
        assertTrue(d.add(in("b", "Live updates: follow the latest news here.", "2025-03-03T08:05:00Z")).isEmpty());
    }

    @Test
    void copiesOutsideTheWindowAreForgotten() throws Exception {
        String text = Fixtures.articles("fires.jsonl").get(1).text();
        String other = Fixtures.articles("fires.jsonl").get(5).text();
        LshIndex index = new LshIndex(new LshIndex.Config(36, 2, 2, 1, 100, 7 * 86_400L));
        DuplicateDetector d = new DuplicateDetector(new MinHasher(72, 2), index, 0.8, 0.35);
        d.add(in("old", text, "2025-01-01T00:00:00Z"));
        d.add(in("news", other, "2025-02-01T00:00:00Z")); // a month later: the old segment leaves the window
        assertTrue(d.add(in("again", text, "2025-02-01T01:00:00Z")).isEmpty());
        assertEquals(2, index.size());
    }
}

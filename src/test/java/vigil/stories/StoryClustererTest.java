package vigil.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vigil.model.Article;

class StoryClustererTest {
    private static Map<String, StoryAssignment> cluster(StoryClusterer c, List<Article> articles) {
        Map<String, StoryAssignment> out = new HashMap<>();
        for (Article a : articles) out.put(a.id(), c.assign(StoryInput.of(a)));
        return out;
    }

    @Test
    void reportsOfOneFireShareAStoryAndAnotherFireInTheSameWeekDoesNot() throws Exception {
        Map<String, StoryAssignment> s = cluster(new StoryClusterer(), Fixtures.articles("fires.jsonl"));
        String warehouse = s.get("fire-w1").storyId();
        assertTrue(s.get("fire-w1").newStory());
        assertEquals(warehouse, s.get("fire-w2").storyId());
        assertEquals(warehouse, s.get("fire-w3").storyId());
        assertFalse(s.get("fire-w3").newStory());
        assertTrue(s.get("fire-w3").similarity() > 0);

        String school = s.get("fire-h1").storyId();
        assertNotEquals(warehouse, school);
        assertEquals(school, s.get("fire-h2").storyId());

        String match = s.get("match-1").storyId();
        assertNotEquals(warehouse, match);
        assertNotEquals(school, match);

        assertEquals("Huge fire destroys warehouse on Wellsford industrial estate", s.get("fire-w3").storyTitle());
        assertEquals(Instant.parse("2025-03-03T08:00:00Z"), s.get("fire-w2").firstSeen());
    }

    @Test
    void worksWithTitleTextAndDateOnly() throws Exception {
        StoryClusterer c = new StoryClusterer();
        Map<String, String> story = new HashMap<>();
        for (Article a : Fixtures.articles("fires.jsonl")) {
            story.put(a.id(), c.assign(StoryInput.of(a.id(), a.title(), a.text(), null, null)).storyId());
        }
        assertEquals(story.get("fire-w1"), story.get("fire-w2"));
        assertEquals(story.get("fire-h1"), story.get("fire-h2"));
        assertNotEquals(story.get("fire-w1"), story.get("fire-h1"));
    }

    @Test
    void theSameWordsMoreThanAYearLaterAreANewStory() throws Exception {
        Article a = Fixtures.articles("fires.jsonl").get(0);
        StoryClusterer c = new StoryClusterer();
        StoryAssignment first = c.assign(StoryInput.of(a));
        // A story may run for months (arrest, trial, verdict), not past its date window of a year.
        StoryInput later = new StoryInput("later", a.title(), a.text(), a.published().plusSeconds(400L * 86_400),
                "other.example", null, List.of(), List.of());
        StoryAssignment second = c.assign(later);
        assertNotEquals(first.storyId(), second.storyId());
        assertTrue(second.newStory());
    }

    @Test
    void activeStoriesAreBoundedAndTheOldestIsClosedFirst() throws Exception {
        StoryClusterer.Config small = new StoryClusterer.Config(0.25, 0.5, 10, 2, 1000, 30, 15, 32, 20, 400, false,
                0.7, 0.5, 8);
        StoryClusterer c = new StoryClusterer(small);
        List<Article> all = Fixtures.articles("fires.jsonl");
        c.assign(StoryInput.of(all.get(0))); // warehouse
        c.assign(StoryInput.of(all.get(3))); // school
        c.assign(StoryInput.of(all.get(5))); // match
        assertEquals(2, c.activeCount());
        assertTrue(c.story("story-fire-w1").isEmpty());
        assertTrue(c.story("story-match-1").isPresent());
        // a later report of the closed story cannot join it any more
        assertNotEquals("story-fire-w1", c.assign(StoryInput.of(all.get(1))).storyId());
    }

    @Test
    void aCopyJoinsItsOriginalsStory() throws Exception {
        List<Article> all = Fixtures.articles("fires.jsonl");
        StoryClusterer c = new StoryClusterer();
        c.assign(StoryInput.of(all.get(0)));
        c.assign(StoryInput.of(all.get(5)));
        // a text that shares nothing with the warehouse story, but is linked to it as a copy
        StoryInput odd = StoryInput.of("odd", "Untitled", "Gallery: pictures from the scene", null, null);
        StoryAssignment s = c.assign(odd, new ArticleLink("odd", ArticleLink.Kind.REWRITE, "fire-w1", 0.5));
        assertEquals("story-fire-w1", s.storyId());
        assertEquals(List.of("fire-w1", "odd"), c.story("story-fire-w1").orElseThrow().articleIds());
    }
}

package vigil.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.Story;
import vigil.model.Urls;
import vigil.store.LuceneStore;
import vigil.stories.StoryAssignment;

class StoryTrackerTest {
    @TempDir Path dir;

    static final String QAIM = "An airstrike by US and Iraqi forces killed a senior Islamic State commander near Qaim in "
            + "western Anbar province on Tuesday, Iraq's military said. The strike hit a hideout used by the group's "
            + "fighters close to the Syrian border, a military statement said, adding that no civilians were hurt.";
    static final String QAIM_FOLLOW_UP = "Iraq's military on Wednesday named the Islamic State commander killed in a US "
            + "and Iraqi airstrike near Qaim in Anbar province, saying he had led the group's fighters along the Syrian "
            + "border for years. The strike on the hideout killed three other fighters, the statement said.";
    static final String BOGOTA = "Thousands of students marched through central Bogotá on Sunday to demand more money "
            + "for public universities, in the largest protest in the Colombian capital this year. Police said the march "
            + "was peaceful and that traffic resumed by the evening.";

    static CodedArticle article(String site, String path, String title, String text, String published) {
        String url = "https://" + site + path;
        String hash = Ids.contentHash(text);
        Article a = new Article(Ids.articleId(url, hash), url, Urls.canonicalize(url), site, null, title, text,
                Instant.parse(published), null, List.of(), "en", Instant.parse(published), hash, null,
                PageType.ARTICLE, false, null);
        return new CodedArticle(AnnotatedArticle.bare(a), List.of());
    }

    @Test
    void reportsOfOneEventShareAStoryAcrossRuns() throws Exception {
        CodedArticle first = article("nordpost-news.example", "/iraq/strike", "Airstrike kills Islamic State commander near Qaim", QAIM, "2026-11-17T08:00:00Z");
        CodedArticle protest = article("diario-sur.example", "/bogota/marcha", "Students march in Bogotá for university funding", BOGOTA, "2026-11-16T18:00:00Z");
        CodedArticle followUp = article("levant-wire.example", "/iraq/commander-named", "Iraq names Islamic State commander killed near Qaim", QAIM_FOLLOW_UP, "2026-11-18T09:00:00Z");
        String storyId;
        try (LuceneStore store = LuceneStore.open(dir)) {
            StoryTracker tracker = new StoryTracker(store);
            for (CodedArticle c : List.of(first, protest)) store.put(c);
            StoryAssignment a = tracker.add(first);
            StoryAssignment b = tracker.add(protest);
            assertNotEquals(a.storyId(), b.storyId());
            storyId = a.storyId();
            store.commit();
        }
        // A later run starts with a fresh tracker: the follow-up must still join the first story.
        try (LuceneStore store = LuceneStore.open(dir)) {
            StoryTracker tracker = new StoryTracker(store);
            store.put(followUp);
            StoryAssignment c = tracker.add(followUp);
            assertEquals(storyId, c.storyId());
            store.commit();
            Story story = store.story(storyId).orElseThrow();
            assertEquals(List.of(first.article().id(), followUp.article().id()), story.articleIds());
            assertEquals(Instant.parse("2026-11-17T08:00:00Z"), story.firstSeen());
        }
    }

    @Test
    void aVerbatimCopyOnAnotherSiteIsLinkedToTheOriginal() throws Exception {
        CodedArticle original = article("levant-wire.example", "/iraq/strike", "Airstrike kills Islamic State commander near Qaim", QAIM, "2026-11-17T08:00:00Z");
        CodedArticle copy = article("daily-meridian.example", "/world/qaim-strike", "Airstrike kills Islamic State commander near Qaim", QAIM, "2026-11-17T11:30:00Z");
        try (LuceneStore store = LuceneStore.open(dir)) {
            StoryTracker tracker = new StoryTracker(store);
            store.put(original);
            store.put(copy);
            tracker.add(original);
            StoryAssignment a = tracker.add(copy);
            store.commit();
            vigil.model.CopyLink link = store.copyLinkOf(copy.article().id()).orElseThrow();
            assertEquals(original.article().id(), link.ofArticleId());
            assertEquals("duplicate", link.kind());
            assertTrue(store.copyLinkOf(original.article().id()).isEmpty());
            assertEquals("story-" + original.article().id(), a.storyId());
            assertEquals(2, store.articleCount(), "both articles are kept");
        }
    }

    @Test
    void theCopyIsTheLaterPublishedArticleWhicheverArrivesFirst() throws Exception {
        CodedArticle original = article("levant-wire.example", "/iraq/strike", "Airstrike kills Islamic State commander near Qaim", QAIM, "2026-11-17T08:00:00Z");
        CodedArticle copy = article("daily-meridian.example", "/world/qaim-strike", "Airstrike kills Islamic State commander near Qaim", QAIM, "2026-11-17T11:30:00Z");
        try (LuceneStore store = LuceneStore.open(dir)) {
            StoryTracker tracker = new StoryTracker(store);
            store.put(copy);
            store.put(original);
            tracker.add(copy); // the copy arrives first
            tracker.add(original);
            store.commit();
            assertEquals(original.article().id(), store.copyLinkOf(copy.article().id()).orElseThrow().ofArticleId());
            assertTrue(store.copyLinkOf(original.article().id()).isEmpty());
        }
    }

    @Test
    void templateFillerIsRecordedAsAContentFarmSignal() throws Exception {
        String filler = QAIM + "\n\nThe strike reignited discussions over how to deal with the group's remaining cells. "
                + "Key strategies could include:\n\nStay tuned for more updates.";
        CodedArticle farm = article("newsflash24.example", "/trending/qaim", "You won't believe this airstrike near Qaim", filler, "2026-11-17T20:00:00Z");
        CodedArticle plain = article("diario-sur.example", "/bogota/marcha", "Students march in Bogotá for university funding", BOGOTA, "2026-11-16T18:00:00Z");
        try (LuceneStore store = LuceneStore.open(dir)) {
            StoryTracker tracker = new StoryTracker(store);
            for (CodedArticle c : List.of(farm, plain)) {
                store.put(c);
                tracker.add(c);
            }
            store.commit();
            vigil.model.ContentSignals s = store.contentSignalsOf(farm.article().id()).orElseThrow();
            assertEquals(1, s.templateFiller().size(), s.toString());
            assertTrue(s.templateFiller().get(0).text().contains("could include:"), s.toString());
            assertFalse(s.reasons().isEmpty());
            assertTrue(store.contentSignalsOf(plain.article().id()).isEmpty(), "nothing fired for plain reporting");
        }
    }

    /** The story fixtures' car bomb: the agency report and a content farm's reworded retelling of it. */
    static CodedArticle fixture(String id) throws Exception {
        try (var in = StoryTrackerTest.class.getResourceAsStream("/stories/rewrites.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                var o = vigil.json.Json.MAPPER.readTree(line);
                if (o.get("id").asText().equals(id)) {
                    return article(o.get("site").asText(), "/" + id, o.get("title").asText(), o.get("text").asText(),
                            o.get("published").asText());
                }
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void aHeavyRewriteOfAnEarlierStoryArticleIsLinkedAndFlagged() throws Exception {
        CodedArticle agency = fixture("agency"), farm = fixture("farm"), independent = fixture("independent");
        try (LuceneStore store = LuceneStore.open(dir)) {
            StoryTracker tracker = new StoryTracker(store);
            for (CodedArticle c : List.of(agency, farm, independent)) {
                store.put(c);
                tracker.add(c);
            }
            store.commit();
            String story = store.storyOf(agency.article().id()).orElseThrow().id();
            assertEquals(story, store.storyOf(farm.article().id()).orElseThrow().id());
            var link = store.copyLinkOf(farm.article().id()).orElseThrow();
            assertEquals("rewrite", link.kind());
            assertEquals(agency.article().id(), link.ofArticleId());
            var signals = store.contentSignalsOf(farm.article().id()).orElseThrow();
            assertTrue(signals.flagged() && signals.noNewFacts(), signals.toString());
            assertEquals(agency.article().id(), signals.rewriteOf());
            assertTrue(store.copyLinkOf(independent.article().id()).isEmpty(), "an independent report is no copy");
            assertTrue(store.copyLinkOf(agency.article().id()).isEmpty());
        }
    }
}

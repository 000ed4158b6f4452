package vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Story;
import vigil.pipeline.Pipelines;
import vigil.stories.Contradiction;
import vigil.stories.MergedEvent;

/** Two sites name a different commander as the man killed: the stored real event shows it, with both spans. */
class MergedPersonsTest {
    @TempDir
    Path dir;

    @Test
    void storedMergedEventsCompareNamedPersons() throws Exception {
        Article a = StoreFixtures.article("https://www.nordpost-news.example/world/anbar-strike-commander",
                "Airstrike kills commander in Anbar",
                "An airstrike by Iraqi forces in Anbar province on Tuesday killed militant commander Abu Khattab al-Ansari,"
                        + " officials said.", "2026-11-18T08:30:00Z");
        Article b = StoreFixtures.article("https://levant-wire.example/iraq/anbar-strike",
                "Iraqi airstrike kills militant leader in Anbar",
                "An airstrike by Iraqi forces in Anbar province on Tuesday killed militant commander Abu Hamza al-Rawi,"
                        + " a security source said.", "2026-11-18T11:00:00Z");
        var pipeline = Pipelines.standard();
        CodedArticle ca = pipeline.understand(a), cb = pipeline.understand(b);
        assertEquals(1, ca.events().size(), ca.events().toString());
        assertEquals(1, cb.events().size(), cb.events().toString());
        try (LuceneStore s = LuceneStore.open(dir)) {
            s.put(ca);
            s.put(cb);
            s.putStory(new Story("story-anbar", a.title(), Instant.parse("2026-11-18T08:30:00Z"), List.of(a.id(), b.id())));
            s.commit();
            List<MergedEvent> merged = s.searchMerged(vigil.store.EventQuery.all(10)).items();
            assertEquals(1, merged.size(), merged.toString());
            MergedEvent m = merged.get(0);
            assertEquals(2, m.independentSources());
            Contradiction persons = m.contradictions().stream().filter(c -> c.field().equals("persons")).findFirst()
                    .orElseThrow(() -> new AssertionError("no persons contradiction in " + m.contradictions()));
            String claims = persons.claims().toString();
            assertTrue(claims.contains("al-Ansari") && claims.contains("al-Rawi"), claims);
        }
    }

    @Test
    void anIdHandedOutBeforeAnEarlierReportArrivedStillFindsTheEvent() throws Exception {
        Article early = StoreFixtures.article("https://www.nordpost-news.example/world/tilu-shelling",
                "Shelling kills four in Tilu", "Rebel artillery shelled the town of Tilu in Idlib province on Monday, killing"
                        + " four civilians, rescuers said.", "2026-11-16T08:00:00Z");
        Article late = StoreFixtures.article("https://levant-wire.example/syria/tilu-shelling",
                "Four killed as shells hit Tilu", "Rebel artillery shelled the town of Tilu in Idlib province on Monday,"
                        + " killing four civilians, a monitor said.", "2026-11-16T15:00:00Z");
        var pipeline = Pipelines.standard();
        try (LuceneStore s = LuceneStore.open(dir)) {
            s.put(pipeline.understand(late));
            s.putStory(new Story("story-tilu", late.title(), Instant.parse("2026-11-16T15:00:00Z"), List.of(late.id())));
            s.commit();
            String first = s.searchMerged(vigil.store.EventQuery.all(10)).items().get(0).id();
            s.put(pipeline.understand(early));
            s.putStory(new Story("story-tilu", late.title(), Instant.parse("2026-11-16T08:00:00Z"), List.of(early.id(), late.id())));
            s.commit();
            List<MergedEvent> now = s.searchMerged(vigil.store.EventQuery.all(10)).items();
            assertEquals(1, now.size(), now.toString());
            assertTrue(!now.get(0).id().equals(first), "the earlier report names the event now");
            assertEquals(now.get(0).id(), s.mergedEvent(first).orElseThrow().id());
        }
    }
}

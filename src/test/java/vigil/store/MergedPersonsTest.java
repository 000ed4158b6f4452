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
}

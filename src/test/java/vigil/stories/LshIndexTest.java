package vigil.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Article;

class LshIndexTest {
    private final MinHasher hasher = new MinHasher(72, 2);

    @Test
    void similarityEstimatesTrackTheTexts() throws Exception {
        List<Article> all = Fixtures.articles("airstrike.jsonl");
        int[] agency = hasher.signature(all.get(0).text());
        assertEquals(1.0, MinHasher.similarity(agency, hasher.signature(all.get(1).text())));
        double rewrite = MinHasher.similarity(agency, hasher.signature(all.get(4).text()));
        double followUp = MinHasher.similarity(agency, hasher.signature(all.get(5).text()));
        assertTrue(rewrite > 0.35 && rewrite < 0.95, "rewrite " + rewrite);
        assertTrue(followUp < 0.2, "follow-up " + followUp);
    }

    @Test
    void snapshotRestoresTheSameCandidates() throws Exception {
        LshIndex index = new LshIndex(new LshIndex.Config(36, 2, 2, 2, 10, 0));
        List<Article> all = Fixtures.articles("fires.jsonl");
        long t = 0;
        for (Article a : all) {
            index.add(new LshIndex.Entry(a.id(), hasher.signature(a.text()), t++, Words.hash64(a.contentHash()),
                    a.id(), a.site()));
        }
        LshIndex back = LshIndex.restore(index.snapshot());
        assertEquals(index.size(), back.size());
        int[] probe = hasher.signature(all.get(3).text() + " Updated at noon.");
        assertEquals(ids(index.candidates(probe)), ids(back.candidates(probe)));
        assertTrue(ids(back.candidates(probe)).contains("fire-h1"));
        LshIndex.Entry e = back.exact(Words.hash64(all.get(2).contentHash()));
        assertNotNull(e);
        assertEquals("fire-w3", e.id());
        assertEquals("regionaltimes.example", e.site());
        assertThrows(IllegalArgumentException.class, () -> LshIndex.restore(new byte[] {1, 2, 3, 4}));
    }

    @Test
    void oldSegmentsAreDroppedSoSizeStaysBounded() {
        LshIndex index = new LshIndex(new LshIndex.Config(36, 2, 2, 100, 3, 0));
        for (int i = 0; i < 1000; i++) {
            int[] sig = hasher.signature("report number " + i + " about event " + (i * 7919) + " in district " + i);
            index.add(new LshIndex.Entry("a" + i, sig, i, i, "a" + i, null));
        }
        assertEquals(300, index.size());
    }

    private static List<String> ids(List<LshIndex.Entry> entries) {
        return entries.stream().map(LshIndex.Entry::id).sorted().toList();
    }
}

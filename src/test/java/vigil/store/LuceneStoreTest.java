package vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Span;

class LuceneStoreTest {
    @TempDir Path dir;

    private static CodedArticle coded(Article a, Event... events) {
        return new CodedArticle(AnnotatedArticle.bare(a), List.of(events));
    }

    @Test
    void storedArticlesAreFoundByWordsSiteAndDate() throws Exception {
        try (LuceneStore s = LuceneStore.open(dir)) {
            s.put(coded(StoreFixtures.AIRSTRIKE));
            s.put(coded(StoreFixtures.PROTEST));
            s.put(coded(StoreFixtures.SHELLING));
            s.commit();

            assertEquals(3, s.articleCount());
            assertEquals(List.of(StoreFixtures.AIRSTRIKE.id()), ids(s.searchArticles(q("anbar", null, null, null))));
            assertEquals(List.of(StoreFixtures.SHELLING.id()), ids(s.searchArticles(q("\"artillery shells\"", null, null, null))));
            assertEquals(List.of(StoreFixtures.PROTEST.id()),
                    ids(s.searchArticles(q(null, null, null, "diario-sur.example"))));
            // Only the two November 15+ articles, newest first when there is no query to rank by.
            assertEquals(List.of(StoreFixtures.SHELLING.id(), StoreFixtures.AIRSTRIKE.id()),
                    ids(s.searchArticles(q(null, Instant.parse("2026-11-15T00:00:00Z"), null, null))));
            assertTrue(s.searchArticles(q("tsunami", null, null, null)).items().isEmpty());
        }
    }

    @Test
    void brokenQuerySyntaxIsSearchedLiterally() throws Exception {
        try (LuceneStore s = LuceneStore.open(dir)) {
            s.put(coded(StoreFixtures.AIRSTRIKE));
            s.commit();
            assertEquals(1, s.searchArticles(q("\"Anbar province", null, null, null)).total());
        }
    }

    @Test
    void cursorPagesThroughEveryArticleOnce() throws Exception {
        try (LuceneStore s = LuceneStore.open(dir)) {
            for (Article a : List.of(StoreFixtures.AIRSTRIKE, StoreFixtures.PROTEST, StoreFixtures.SHELLING)) s.put(coded(a));
            s.commit();
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                Page<Article> p = s.searchArticles(new ArticleQuery(null, null, null, null, 2, cursor));
                seen.addAll(ids(p));
                cursor = p.next();
                pages++;
            } while (cursor != null);
            assertEquals(2, pages);
            assertEquals(3, Set.copyOf(seen).size());
            assertThrows(IllegalArgumentException.class,
                    () -> s.searchArticles(new ArticleQuery(null, null, null, null, 2, "not-a-cursor!")));
        }
    }

    @Test
    void duplicateChecksSeeWritesBeforeCommit() throws Exception {
        try (LuceneStore s = LuceneStore.open(dir)) {
            assertFalse(s.hasRaw("abc"));
            s.markRaw("abc", "https://example.org/a");
            assertTrue(s.hasRaw("abc"));
            assertFalse(s.hasArticle(StoreFixtures.AIRSTRIKE.id()));
            s.put(coded(StoreFixtures.AIRSTRIKE));
            assertTrue(s.hasArticle(StoreFixtures.AIRSTRIKE.id()));
            s.commit();
            assertTrue(s.hasRaw("abc"));
            assertTrue(s.hasArticle(StoreFixtures.AIRSTRIKE.id()));
        }
    }

    @Test
    void puttingAnArticleAgainReplacesItAndItsEvents() throws Exception {
        Article a = StoreFixtures.AIRSTRIKE;
        Event first = event(a, "e0", "ASSAULT");
        Event second = event(a, "e1", "ASSAULT");
        try (LuceneStore s = LuceneStore.open(dir)) {
            s.put(coded(a, first, second));
            s.commit();
            assertEquals(2, s.eventsOf(a.id()).size());
            s.put(coded(a, event(a, "e0", "COERCE")));
            s.commit();
            assertEquals(1, s.articleCount());
            List<Event> events = s.eventsOf(a.id());
            assertEquals(1, events.size());
            assertEquals("COERCE", events.get(0).plover());
            assertEquals(a.text().substring(0, 7), events.get(0).evidence().get(0).span().text());
        }
    }

    @Test
    void readersSeeCommitsOfTheWriterAndASecondWriterIsRefused() throws Exception {
        try (LuceneStore w = LuceneStore.open(dir); LuceneStore r = LuceneStore.openReadOnly(dir)) {
            assertEquals(0, r.articleCount());
            w.put(coded(StoreFixtures.PROTEST));
            w.commit();
            r.refresh();
            assertEquals(1, r.articleCount());
            assertEquals("Thousands march in Bogotá against violence in Cauca", r.article(StoreFixtures.PROTEST.id()).orElseThrow().title());
            DataDirException e = assertThrows(DataDirException.class, () -> LuceneStore.open(dir));
            assertTrue(e.getMessage().contains("in use by another Vigil process"), e.getMessage());
        }
    }

    @Test
    void clearDropsAllDerivedData() throws Exception {
        try (LuceneStore s = LuceneStore.open(dir)) {
            s.put(coded(StoreFixtures.SHELLING));
            s.markRaw("h1", "https://levant-wire.example/news/shelling-idlib-town");
            s.commit();
            s.clear();
            s.commit();
            assertEquals(0, s.articleCount());
            assertFalse(s.hasRaw("h1"));
        }
    }

    private static Event event(Article a, String id, String type) {
        return new Event(a.id() + "-" + id, a.id(), type, null, List.of(), null, List.of(), List.of(), null, null, null,
                null, 0.8, List.of(new Evidence("trigger", 0, Span.of(a.text(), 0, 7))));
    }

    private static ArticleQuery q(String text, Instant from, Instant to, String site) {
        return new ArticleQuery(text, from, to, site, 10, null);
    }

    private static List<String> ids(Page<Article> p) {
        return p.items().stream().map(Article::id).collect(Collectors.toList());
    }
}

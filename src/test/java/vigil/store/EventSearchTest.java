package vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.Actor;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Place;
import vigil.model.Span;
import vigil.model.Story;

class EventSearchTest {
    @TempDir Path dir;
    LuceneStore store;

    static final Place QAIM = new Place(null, "Al Qa'im", 94824, 34.37, 41.09, "IQ", "Anbar", "PPL");
    static final Place BOGOTA = new Place(null, "Bogotá", 3688689, 4.61, -74.08, "CO", "Bogota D.C.", "PPLC");
    static final Place IDLIB = new Place(null, "Maarat al-Numan", 170017, 35.64, 36.67, "SY", "Idlib", "PPL");

    static Actor actor(String text, String iso3, String sector, String group, String code) {
        return new Actor(new Span(0, text.length(), text), iso3, sector, group, code);
    }

    static Event event(Article a, int n, String type, String mode, List<Actor> src, List<Actor> tgt, Place where,
                       LocalDate date, Integer killed) {
        return new Event(a.id() + "-" + n, a.id(), type, mode, List.of(), null, src, tgt, where, date, killed, null,
                0.8, List.of(new Evidence("trigger", 0, new Span(3, 12, "airstrike"))));
    }

    Event airstrike, protest, shelling;

    @BeforeEach
    void fill() throws Exception {
        store = LuceneStore.open(dir);
        Article a = StoreFixtures.AIRSTRIKE, p = StoreFixtures.PROTEST, s = StoreFixtures.SHELLING;
        airstrike = event(a, 0, "ASSAULT", "aerial", List.of(actor("US and Iraqi forces", "USA", "MIL", null, "USAMIL")),
                List.of(actor("Islamic State commander", null, "REB", "Islamic State", "IMGREB")), QAIM,
                LocalDate.of(2026, 11, 17), 1);
        protest = event(p, 0, "PROTEST", "demonstrate", List.of(actor("Thousands of people", "COL", "CVL", null, "COLCVL")),
                List.of(), BOGOTA, null, null);
        shelling = event(s, 0, "ASSAULT", "artillery", List.of(), List.of(actor("civilians", "SYR", "CVL", null, "SYRCVL")),
                IDLIB, LocalDate.of(2026, 11, 21), 12);
        store.put(new CodedArticle(AnnotatedArticle.bare(a), List.of(airstrike)));
        store.put(new CodedArticle(AnnotatedArticle.bare(p), List.of(protest)));
        store.put(new CodedArticle(AnnotatedArticle.bare(s), List.of(shelling)));
        store.commit();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private List<String> ids(EventQuery q) throws Exception {
        return store.searchEvents(q).items().stream().map(Event::id).toList();
    }

    @Test
    void filtersByEveryField() throws Exception {
        assertEquals(List.of(shelling.id(), airstrike.id(), protest.id()), ids(EventQuery.all(10)));
        assertEquals(List.of(airstrike.id()), ids(EventQuery.builder().country("iq").build()));
        assertEquals(List.of(shelling.id(), airstrike.id()), ids(EventQuery.builder().type("assault").build()));
        assertEquals(List.of(shelling.id()), ids(EventQuery.builder().modes(Set.of("artillery")).build()));
        assertEquals(List.of(airstrike.id()), ids(EventQuery.builder().actor("Islamic State").build()));
        assertEquals(List.of(airstrike.id()), ids(EventQuery.builder().actor("USAMIL").build()));
        assertEquals(List.of(protest.id()), ids(EventQuery.builder().text("Cauca").build()));
        // Bounding box around the Levant and Mesopotamia only.
        assertEquals(List.of(shelling.id(), airstrike.id()), ids(EventQuery.builder().bbox(new BoundingBox(30, 35, 38, 45)).build()));
        // The protest has no event date: its article's publish day (Nov 10) counts.
        assertEquals(List.of(protest.id()), ids(EventQuery.builder().from(LocalDate.of(2026, 11, 10)).to(LocalDate.of(2026, 11, 10)).build()));
        assertEquals(List.of(shelling.id(), airstrike.id()), ids(EventQuery.builder().from(LocalDate.of(2026, 11, 17)).build()));
        // Until corroboration lands every event has one source.
        assertEquals(3, store.searchEvents(EventQuery.builder().minSources(1).build()).total());
        assertEquals(0, store.searchEvents(EventQuery.builder().minSources(2).build()).total());
        assertEquals(List.of(shelling.id(), airstrike.id(), protest.id()), ids(EventQuery.builder().sort(EventSort.FATALITIES).build()));
        assertEquals(List.of(protest.id(), airstrike.id(), shelling.id()), ids(EventQuery.builder().sort(EventSort.OLDEST).build()));
    }

    @Test
    void cursorVisitsEachEventOnceEvenWhenEventsArriveBetweenPages() throws Exception {
        List<String> seen = new ArrayList<>();
        Page<Event> page = store.searchEvents(EventQuery.all(2));
        seen.addAll(page.items().stream().map(Event::id).toList());
        assertNotNull(page.next());
        // A newer event arrives; it sorts before the cursor and must not shift the next page.
        Article late = StoreFixtures.article("https://levant-wire.example/news/late", "Late report", "Clashes in Deir ez-Zor.",
                "2026-11-22T10:00:00Z");
        store.put(new CodedArticle(AnnotatedArticle.bare(late), List.of(event(late, 0, "FIGHT", null, List.of(), List.of(),
                null, LocalDate.of(2026, 11, 22), null))));
        store.commit();
        page = store.searchEvents(EventQuery.all(2).withAfter(page.next()));
        seen.addAll(page.items().stream().map(Event::id).toList());
        assertEquals(List.of(shelling.id(), airstrike.id(), protest.id()), seen);
        assertNull(page.next());
        assertEquals(4, page.total());
    }

    @Test
    void storiesCountIndependentSourcesOfTheSameHappening() throws Exception {
        // A second site reports the Anbar strike (same type, country, a day apart); a third article of the story,
        // from the first site again, reports something else.
        Article second = StoreFixtures.article("https://levant-wire.example/iraq/qaim", "Strike near Qaim",
                "US and Iraqi aircraft struck a hideout near Qaim on Monday.", "2026-11-18T14:00:00Z");
        Article sameSite = StoreFixtures.article("https://www.nordpost-news.example/world/anbar-reaction", "Reaction",
                "Tribal leaders in Anbar protested against the strike.", "2026-11-19T09:00:00Z");
        Event secondStrike = event(second, 0, "ASSAULT", "aerial", List.of(), List.of(), QAIM, LocalDate.of(2026, 11, 16), 6);
        Event reaction = event(sameSite, 0, "PROTEST", null, List.of(), List.of(), QAIM, LocalDate.of(2026, 11, 18), null);
        store.put(new CodedArticle(AnnotatedArticle.bare(second), List.of(secondStrike)));
        store.put(new CodedArticle(AnnotatedArticle.bare(sameSite), List.of(reaction)));
        store.putStory(new Story("st-anbar", "Anbar strike", Instant.parse("2026-11-18T08:30:00Z"),
                List.of(StoreFixtures.AIRSTRIKE.id(), second.id(), sameSite.id())));
        store.commit();
        assertEquals(Set.of(airstrike.id(), secondStrike.id()),
                new HashSet<>(ids(EventQuery.builder().minSources(2).limit(10).build())));
        assertEquals(0, store.searchEvents(EventQuery.builder().minSources(3).build()).total());
        // Most sources first, then newest.
        assertEquals(List.of(airstrike.id(), secondStrike.id(), shelling.id()),
                ids(EventQuery.builder().sort(EventSort.SOURCES).limit(3).build()));
        assertEquals(5, store.stats(EventQuery.all(1)).total(), "the recount replaced events, it did not add any");
        // Stored events are unchanged by the recount.
        assertEquals(airstrike, store.event(airstrike.id()).orElseThrow());
    }

    @Test
    void pointsComeFromDocValuesInTheSameOrder() throws Exception {
        Page<EventPoint> all = store.eventPoints(EventQuery.all(10));
        assertEquals(3, all.total());
        assertEquals(List.of(shelling.id(), airstrike.id(), protest.id()), all.items().stream().map(EventPoint::id).toList());
        EventPoint idlib = all.items().get(0);
        assertEquals(35.64, idlib.lat(), 1e-6);
        assertEquals(36.67, idlib.lon(), 1e-6);
        assertEquals("ASSAULT", idlib.type());
        assertEquals(LocalDate.of(2026, 11, 21), idlib.day());
        assertEquals(12, idlib.fatalities());
        assertEquals("SY", idlib.country());
        assertEquals("Maarat al-Numan", idlib.place());
        assertNull(all.items().get(2).fatalities());
        // An event without a location is not a point.
        Article late = StoreFixtures.article("https://levant-wire.example/news/nowhere", "Unplaced", "Clashes somewhere.",
                "2026-11-22T10:00:00Z");
        store.put(new CodedArticle(AnnotatedArticle.bare(late), List.of(event(late, 0, "FIGHT", null, List.of(), List.of(),
                null, LocalDate.of(2026, 11, 22), null))));
        store.commit();
        assertEquals(3, store.eventPoints(EventQuery.all(10)).total());
        Page<EventPoint> first = store.eventPoints(EventQuery.all(2));
        assertEquals(List.of(protest.id()), store.eventPoints(EventQuery.all(2).withAfter(first.next())).items().stream()
                .map(EventPoint::id).toList());
    }

    @Test
    void badCursorIsRejectedNamingTheParameter() {
        var e = assertThrows(IllegalArgumentException.class, () -> store.searchEvents(EventQuery.all(2).withAfter("garbage!")));
        assertTrue(e.getMessage().startsWith("cursor"), e.getMessage());
        String relevanceCursor = LuceneEventSearch.Cursor.ofOffset(2);
        assertThrows(IllegalArgumentException.class, () -> store.searchEvents(EventQuery.all(2).withAfter(relevanceCursor)));
    }

    @Test
    void statsCountByDayTypeCountryAndActor() throws Exception {
        Stats s = store.stats(EventQuery.all(1));
        assertEquals(3, s.total());
        assertEquals(List.of(new Stats.Count("ASSAULT", 2), new Stats.Count("PROTEST", 1)), s.byType());
        assertEquals(Set.of("IQ", "CO", "SY"), new HashSet<>(s.byCountry().stream().map(Stats.Count::key).toList()));
        assertEquals(List.of(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 21)),
                s.byDay().stream().map(Stats.DayCount::day).toList());
        assertEquals(Map.of("ASSAULT", 1L), s.byDay().get(2).byType());
        assertTrue(s.byActor().contains(new Stats.Count("Islamic State", 1)));
        assertTrue(s.byActor().contains(new Stats.Count("USAMIL", 1)));
        Stats iraq = store.stats(EventQuery.builder().country("IQ").build());
        assertEquals(1, iraq.total());
        assertEquals(List.of(new Stats.Count("IQ", 1)), iraq.byCountry());
    }

    @Test
    void eventsAndStoriesAreFoundById() throws Exception {
        assertEquals(shelling, store.event(shelling.id()).orElseThrow());
        assertTrue(store.event("nope").isEmpty());
        Story story = new Story("st-1", "Airstrike in Anbar", Instant.parse("2026-11-18T08:30:00Z"),
                List.of(StoreFixtures.AIRSTRIKE.id()));
        store.putStory(story);
        store.putStory(new Story("st-2", "Shelling in Idlib", Instant.parse("2026-11-21T12:15:00Z"),
                List.of(StoreFixtures.SHELLING.id())));
        store.commit();
        assertEquals(story, store.story("st-1").orElseThrow());
        assertEquals(story, store.storyOf(StoreFixtures.AIRSTRIKE.id()).orElseThrow());
        assertEquals(List.of("st-2", "st-1"), store.searchStories(StoryQuery.all(10)).items().stream().map(Story::id).toList());
        assertEquals(List.of("st-1"), store.searchStories(new StoryQuery("anbar", 10, null)).items().stream().map(Story::id).toList());
        Page<Story> first = store.searchStories(StoryQuery.all(1));
        assertEquals("st-1", store.searchStories(new StoryQuery(null, 1, first.next())).items().get(0).id());
    }
}

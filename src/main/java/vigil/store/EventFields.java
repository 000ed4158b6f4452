package vigil.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import vigil.model.Actor;
import vigil.model.Article;
import vigil.model.Event;
import vigil.model.Place;

/**
 * The searchable side of an event document: what {@link LuceneEventSearch} filters, sorts and counts by.
 * Kept apart from the stored record so the query side can grow without touching how events are stored.
 */
final class EventFields {
    static final String DAY = "ev_day";          // epoch day: event date, else the article's publish (or fetch) day
    static final String COUNTRY = "ev_country";  // ISO2 of the location
    static final String TYPE = "ev_type";        // PLOVER type
    static final String MODE = "ev_mode";        // PLOVER mode
    static final String ACTOR = "ev_actor";      // words of actor names, groups and codes
    static final String ACTOR_KEY = "ev_actor_key"; // one display name per actor, for counts
    static final String LOCATION = "ev_loc";
    static final String PLACE = "ev_place";      // the location's name, for maps
    static final String SOURCES = "ev_sources";  // independent sources reporting the event
    static final String FATALITIES = "ev_fatalities";
    static final String TEXT = "ev_text";        // the article's title and text
    static final String SORT_ID = "ev_sort_id";  // tie-breaker that makes cursors stable
    static final String ARTICLE_ID = "ev_article_id"; // the article, as a column (story recounts)
    static final String SITE = "ev_site";        // the article's site: independent sources are distinct sites
    static final String NO_TYPE = "UNKNOWN";

    private EventFields() {}

    /** Adds the search fields of {@code e}, coded from {@code a}, to its document. */
    static Document add(Document d, Event e, Article a, int sources) {
        d.add(new SortedDocValuesField(SORT_ID, new BytesRef(e.id())));
        d.add(new SortedDocValuesField(ARTICLE_ID, new BytesRef(e.articleId())));
        if (a != null) d.add(new SortedDocValuesField(SITE, new BytesRef(StoryCorroboration.site(a))));
        long day = day(e, a);
        d.add(new LongPoint(DAY, day));
        d.add(new NumericDocValuesField(DAY, day));
        String type = e.plover() == null ? NO_TYPE : e.plover().toUpperCase(Locale.ROOT);
        d.add(new StringField(TYPE, type, Field.Store.NO));
        d.add(new SortedDocValuesField(TYPE, new BytesRef(type)));
        if (e.mode() != null) d.add(new StringField(MODE, e.mode().toLowerCase(Locale.ROOT), Field.Store.NO));
        Place p = e.location();
        if (p != null) {
            if (p.country() != null) {
                String c = p.country().toUpperCase(Locale.ROOT);
                d.add(new StringField(COUNTRY, c, Field.Store.NO));
                d.add(new SortedDocValuesField(COUNTRY, new BytesRef(c)));
            }
            if (p.name() != null) d.add(new SortedDocValuesField(PLACE, new BytesRef(p.name())));
            if (validCoordinates(p)) {
                d.add(new LatLonPoint(LOCATION, p.lat(), p.lon()));
                d.add(new LatLonDocValuesField(LOCATION, p.lat(), p.lon()));
            }
        }
        StringBuilder actorWords = new StringBuilder();
        Set<String> keys = new LinkedHashSet<>();
        for (Actor actor : e.sources()) addActor(actor, actorWords, keys);
        for (Actor actor : e.targets()) addActor(actor, actorWords, keys);
        if (!actorWords.isEmpty()) d.add(new TextField(ACTOR, actorWords.toString(), Field.Store.NO));
        for (String k : keys) d.add(new SortedSetDocValuesField(ACTOR_KEY, new BytesRef(k)));
        int n = Math.max(1, sources);
        d.add(new LongPoint(SOURCES, n));
        d.add(new NumericDocValuesField(SOURCES, n));
        d.add(new NumericDocValuesField(FATALITIES, e.fatalities() == null ? -1 : e.fatalities()));
        if (a != null) d.add(new TextField(TEXT, a.title() + "\n\n" + a.text(), Field.Store.NO));
        return d;
    }

    static long day(Event e, Article a) {
        if (e.date() != null) return e.date().toEpochDay();
        Instant when = a == null ? null : a.published() != null ? a.published() : a.fetchedAt();
        return when == null ? 0 : when.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    /** The name an actor is counted under: its canonical group, else its code, else its words. */
    static String actorKey(Actor a) {
        if (a.group() != null && !a.group().isBlank()) return a.group();
        if (a.code() != null && !a.code().isBlank()) return a.code();
        return a.span() == null || a.span().text().isBlank() ? null : a.span().text().strip();
    }

    private static void addActor(Actor a, StringBuilder words, Set<String> keys) {
        for (String s : new String[] {a.span() == null ? null : a.span().text(), a.group(), a.code(), a.country()}) {
            if (s != null && !s.isBlank()) words.append(s).append(" ; ");
        }
        String k = actorKey(a);
        if (k != null) keys.add(k);
    }

    private static boolean validCoordinates(Place p) {
        return p.lat() >= -90 && p.lat() <= 90 && p.lon() >= -180 && p.lon() <= 180 && !(p.lat() == 0 && p.lon() == 0);
    }
}

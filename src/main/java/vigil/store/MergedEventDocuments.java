package vigil.store;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import vigil.json.Json;
import vigil.model.Article;
import vigil.model.Event;
import vigil.stories.EventReport;
import vigil.stories.MergedEvent;

/**
 * How a merged event (one real-world event with the reports of every article describing it) becomes a Lucene
 * document and back. It carries the same search fields as an article's event ({@link EventFields}), filled from
 * the merged values (the most reported place, the union of actors, the highest toll, the independent-source
 * count), so every filter, sort and count works on both.
 */
final class MergedEventDocuments {
    static final String KIND = "merged";
    /** Member event ids: a rebuild deletes the merged events its events belonged to. */
    static final String MEMBER = "mg_event";
    /** Articles whose titles are added to the searchable text, beyond the representative's full text. */
    private static final int TITLES = 10;

    private MergedEventDocuments() {}

    /**
     * @param representative the article of the merged event's first original report (its text is searched), or null
     * @param others         other reporting articles (their titles are searched too)
     */
    static Document toDocument(MergedEvent m, Article representative, List<Article> others) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, KIND, Field.Store.NO));
        d.add(new StringField(Fields.ID, m.id(), Field.Store.YES));
        for (EventReport r : m.reports()) {
            d.add(new StringField(MEMBER, r.eventId(), Field.Store.NO));
            d.add(new StringField(Fields.ARTICLE, r.articleId(), Field.Store.NO));
        }
        EventFields.add(d, asEvent(m), representative, m.independentSources());
        StringBuilder titles = new StringBuilder();
        int n = 0;
        for (Article a : others) {
            if (a == representative || a.title() == null || ++n > TITLES) continue;
            titles.append(a.title()).append('\n');
        }
        if (!titles.isEmpty()) d.add(new TextField(EventFields.TEXT, titles.toString(), Field.Store.NO));
        d.add(StoredJson.field(m));
        return d;
    }

    static MergedEvent fromDocument(Document d) {
        return StoredJson.read(d, MergedEvent.class, "stored merged event");
    }

    /** The merged values as an event, for the search fields: the highest toll, the first original report's article. */
    static Event asEvent(MergedEvent m) {
        return new Event(m.id(), representative(m).articleId(), m.plover(), m.mode(), List.of(), m.cameo(),
                m.sources(), m.targets(), m.location(), m.date(), m.fatalitiesMax(), null, 0, List.of());
    }

    /** The earliest report that is not a copy (every merged event has one unless its originals are not stored). */
    static EventReport representative(MergedEvent m) {
        for (EventReport r : m.reports()) if (r.copyOf() == null) return r;
        return m.reports().get(0);
    }
}

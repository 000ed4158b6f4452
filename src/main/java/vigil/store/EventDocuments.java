package vigil.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import vigil.json.Json;
import vigil.model.Event;

/** How an event becomes a Lucene document and back. */
final class EventDocuments {
    static final String KIND = "event";

    private EventDocuments() {}

    static Document toDocument(Event e) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, KIND, Field.Store.NO));
        d.add(new StringField(Fields.ID, e.id(), Field.Store.YES));
        d.add(new StringField(Fields.ARTICLE, e.articleId(), Field.Store.NO));
        if (e.plover() != null) d.add(new StringField("plover", e.plover(), Field.Store.NO));
        if (e.location() != null && e.location().country() != null) {
            d.add(new StringField("country", e.location().country(), Field.Store.NO));
        }
        d.add(StoredJson.field(e));
        return d;
    }

    static Event fromDocument(Document d) {
        return StoredJson.read(d, Event.class, "stored event");
    }
}

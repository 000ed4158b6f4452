package vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
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
        try {
            d.add(new StoredField(Fields.JSON, Json.MAPPER.writeValueAsString(e)));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        return d;
    }

    static Event fromDocument(Document d) {
        try {
            return Json.MAPPER.readValue(d.get(Fields.JSON), Event.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored event " + d.get(Fields.ID) + " is unreadable", ex);
        }
    }
}

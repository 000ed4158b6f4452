package vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import vigil.json.Json;

/** The JSON copy every kind of document keeps of its record: written and read back in one way. */
final class StoredJson {
    private StoredJson() {}

    /** The stored {@link Fields#JSON} field holding {@code record}. */
    static StoredField field(Object record) {
        return new StoredField(Fields.JSON, write(record));
    }

    static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record a document holds; {@code what} names it in the error ("stored event"), with the document's id. */
    static <T> T read(Document d, Class<T> type, String what) {
        try {
            return Json.MAPPER.readValue(d.get(Fields.JSON), type);
        } catch (JsonProcessingException e) {
            String id = d.get(Fields.ID);
            throw new IllegalStateException(what + (id == null ? "" : " " + id) + " is unreadable", e);
        }
    }
}

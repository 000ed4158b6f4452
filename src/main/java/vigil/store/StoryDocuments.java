package vigil.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import vigil.json.Json;
import vigil.model.Story;

/** How a story becomes a Lucene document and back. */
final class StoryDocuments {
    static final String KIND = "story";
    static final String FIRST_SEEN = "st_first_seen";
    static final String TITLE = "st_title";
    static final String MEMBER = "st_article";
    static final String SORT_ID = "st_sort_id";

    private StoryDocuments() {}

    static Document toDocument(Story s) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, KIND, Field.Store.NO));
        d.add(new StringField(Fields.ID, s.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(SORT_ID, new BytesRef(s.id())));
        d.add(new TextField(TITLE, s.title() == null ? "" : s.title(), Field.Store.NO));
        long first = s.firstSeen() == null ? 0 : s.firstSeen().toEpochMilli();
        d.add(new LongPoint(FIRST_SEEN, first));
        d.add(new NumericDocValuesField(FIRST_SEEN, first));
        for (String a : s.articleIds()) d.add(new StringField(MEMBER, a, Field.Store.NO));
        d.add(StoredJson.field(s));
        return d;
    }

    static Story fromDocument(Document d) {
        return StoredJson.read(d, Story.class, "stored story");
    }
}
